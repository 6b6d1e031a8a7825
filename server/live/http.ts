// HTTP for a live session: every path lives under /s/<token>/ (the built editor's assets are
// relative, so they carry the token too); the only data served is this session's map.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileText, type MapDocument } from '../../core/format/parse.ts';
import { requestAllowed, roleOf, splitSessionPath, type Role, type SessionTokens } from './access.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface SessionHttp {
  tokens: SessionTokens;
  hosts: Set<string>;
  /** The built editor (dist/renderer). */
  editor: string;
  mapPath: string;
  current: () => MapDocument;
}

/** Host, Origin and token of a request: the role it may act in, or the status that refuses it. */
export function admit(http: SessionHttp, req: IncomingMessage): { role: Role; rest: string } | { status: number } {
  if (!requestAllowed(http.hosts, req.headers.host, req.headers.origin)) return { status: 403 };
  const url = new URL(req.url ?? '/', 'http://session');
  const split = splitSessionPath(url.pathname);
  if (!split) return { status: 401 };
  const role = roleOf(http.tokens, split.token);
  return role ? { role, rest: split.rest } : { status: 403 };
}

export function answerHttp(http: SessionHttp, req: IncomingMessage, res: ServerResponse): void {
  const admitted = admit(http, req);
  if ('status' in admitted) {
    send(res, admitted.status, 'text/plain; charset=utf-8', admitted.status === 401 ? 'token required' : 'forbidden');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'read only');
    return;
  }
  const { rest, role } = admitted;
  if (rest === '') {
    res.writeHead(308, { location: `${new URL(req.url ?? '/', 'http://session').pathname}/` }).end();
    return;
  }
  if (rest === '/live/session') {
    const body = { file: basename(http.mapPath), text: fileText(http.current()), role };
    send(res, 200, 'application/json', JSON.stringify(body));
    return;
  }
  serveEditorFile(http.editor, rest === '/' ? '/index.html' : rest, res, req.headers.host ?? '');
}

function serveEditorFile(editor: string, path: string, res: ServerResponse, host: string): void {
  let file: string;
  try {
    file = normalize(join(editor, decodeURIComponent(path)));
  } catch {
    send(res, 400, 'text/plain; charset=utf-8', 'bad path');
    return;
  }
  // Only files of the built editor, never `..` outside it.
  if (!file.startsWith(editor + sep) || !existsSync(file) || statSync(file).isDirectory()) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    ...cspFor(host),
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(res);
}

// The token is in the URL: never send it on as a referrer; nothing is cached.
const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

function cspFor(host: string): Record<string, string> {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ws://${host}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return { 'content-security-policy': policy.join('; ') };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type }).end(body);
}
