// The built renderer (dist/renderer/) as static files. A path is percent-decoded defensively, then
// must resolve (links included) inside the folder. index.html carries the per-start token in a meta
// tag, which only a script running on our own origin can read.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { isInside } from './maps-folder.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.yaml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export const TOKEN_META = 'mapwright-token';

/** `%E0%A4%A` and friends are a 400, not an exception; a NUL never reaches the file system. */
export function decodedPath(pathname: string): string | null {
  try {
    const path = decodeURIComponent(pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

/** The real path of a file to serve from `root` (already real), or null. */
export async function staticFile(root: string, pathname: string): Promise<string | null> {
  const path = decodedPath(pathname);
  if (path === null) return null;
  const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const candidate = join(root, ...relative.split('/'));
  if (!candidate.startsWith(root + sep) || !(await isInside(root, candidate))) return null;
  try {
    const real = await realpath(candidate);
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export function withToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META}" content="${token}">`;
  return html.includes('</head>') ? html.replace('</head>', `${meta}</head>`) : `${meta}${html}`;
}

export async function sendStatic(res: ServerResponse, file: string, token: string, cookie: string): Promise<void> {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (extname(file) === '.html') {
    const html = withToken(await readFile(file, 'utf8'), token);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'set-cookie': cookie });
    res.end(html);
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
