// The renderer is served from `app://mapwright/` rather than file:// (RELIABILITY.md §3): only files
// below the built renderer folder, paths normalised and contained, every response with the CSP.
import path from 'node:path';
import { APP_ORIGIN } from '../../core/host/contract.ts';

/** ajv's compile needs `new Function`, which this blocks: the renderer uses prebuilt validators. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The file under `root` that an `app://mapwright/...` request asks for, or null when it is not allowed. */
export function fileForAppRequest(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  const app = new URL(APP_ORIGIN);
  if (url.protocol !== app.protocol || url.host !== app.host) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const normalised = path.posix.normalize(relative === '/' || relative === '' ? '/index.html' : relative);
  if (normalised.split('/').includes('..')) return null;
  const target = path.resolve(root, `.${normalised}`);
  const back = path.relative(path.resolve(root), target);
  if (back === '' || back.startsWith('..') || path.isAbsolute(back)) return null;
  return target;
}

export function responseHeaders(file: string): Record<string, string> {
  return {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** `• clinic.yaml — Mapwright` while there is unsaved work (close-guard.ts). */
export function windowTitle(name: string, dirty: boolean): string {
  return `${dirty ? '• ' : ''}${name} — Mapwright`;
}
