// `npm run web`'s HTTP server: the built renderer and the /api/ routes for one maps folder.
// Every request passes the guard (Host, Origin, token) first; a request that cannot be understood
// (bad percent-encoding, a broken header, a huge or malformed body) gets a 4xx, never a crash.
import { mkdir, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sweepDraftsFolder } from '../files/draft-sweep.ts';
import { sweepStaleTemps } from '../files/temp-sweep.ts';
import { answerApi } from './api.ts';
import type { ApiAnswer } from './api-answer.ts';
import { LiveShare } from './live/share.ts';
import { answerLive } from './live-routes.ts';
import type { ServedFolders } from './map-routes.ts';
import { createRequestGuard, type RequestGuard } from './request-guard.ts';
import { decodedPath, sendStatic, staticFile } from './static-files.ts';

export interface WebServerOptions {
  port: number;
  /** Where to listen: 127.0.0.1 unless the user names another address (--host). */
  host: string | null;
  /** The folder of maps the API reads and writes. */
  maps: string;
  drafts: string;
  /** The built renderer (dist/renderer). */
  renderer: string;
  /** Fixed in tests; otherwise a fresh random token per start. */
  token?: string;
  /** "Share live session…"; tests pass one with a fake starter. */
  live?: LiveShare;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  /** `http://localhost:PORT/` (or the --host name). */
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  await mkdir(options.drafts, { recursive: true });
  const folders: ServedFolders = { maps: await realpath(options.maps), drafts: await realpath(options.drafts) };
  // Leftovers of saves and draft writes a crash interrupted (stale temps, old-format drafts).
  await sweepDraftsFolder(folders.drafts);
  await sweepStaleTemps(folders.maps);
  const renderer = await realpath(options.renderer).catch(() => options.renderer);
  const live = options.live ?? new LiveShare({ editorDir: renderer });
  let guard: RequestGuard | null = null;
  const server = createServer((req, res) => {
    answer(req, res, guard, { folders, renderer, live }).catch(() => failSafely(res));
  });
  // Malformed request lines and headers never reach the handler: answer 400 and drop the socket.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => done());
  });
  const port = (server.address() as AddressInfo).port;
  guard = createRequestGuard(port, options.host, options.token);
  const shownHost = options.host === null || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    server,
    port,
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`,
    token: guard.token,
    close: async () => {
      await live.end();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

interface Served {
  folders: ServedFolders;
  renderer: string;
  live: LiveShare;
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  guard: RequestGuard | null,
  { folders, renderer, live }: Served,
): Promise<void> {
  req.on('error', () => res.destroy());
  const url = parsedUrl(req.url);
  if (guard === null || url === null) return sendPlain(res, 400, 'bad request');
  const isApi = url.pathname.startsWith('/api/');
  const refusal = guard.refusal(req, isApi);
  if (refusal !== null) return sendPlain(res, 403, refusal);
  if (url.pathname === '/api/live' || url.pathname.startsWith('/api/live/'))
    return sendAnswer(req, res, await answerLive(live, folders, url, req));
  if (isApi) return sendAnswer(req, res, await answerApi(folders, url, req));
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendPlain(res, 405, 'method not allowed');
  if (decodedPath(url.pathname) === null) return sendPlain(res, 400, 'bad path');
  const file = await staticFile(renderer, url.pathname);
  if (file === null) return sendPlain(res, 404, 'not found');
  const cookie = `${guard.cookieName}=${guard.token}; Path=/; HttpOnly; SameSite=Strict`;
  await sendStatic(res, file, guard.token, cookie);
}

function parsedUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: ApiAnswer): void {
  // A refused body may still be streaming in: close the connection rather than read it all.
  const headers = { 'cache-control': 'no-store', ...(req.complete ? {} : { connection: 'close' }) };
  if ('yaml' in answer) {
    res.writeHead(answer.status, { ...headers, 'content-type': 'application/yaml; charset=utf-8' }).end(answer.yaml);
  } else {
    res.writeHead(answer.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(answer.json));
  }
  if (!req.complete) res.once('finish', () => req.destroy());
}

function sendPlain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}

function failSafely(res: ServerResponse): void {
  if (!res.headersSent) sendPlain(res, 500, 'internal error');
  else res.destroy();
}
