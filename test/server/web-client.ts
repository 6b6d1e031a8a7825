// A small HTTP client for the server tests: node:http, so the Host, Origin and cookie headers are
// exactly what the test sets (fetch would fill some in).
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebServer, type RunningWebServer } from '../../server/web-server.ts';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

export interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function call(port: number, path: string, options: CallOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `localhost:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface ServedSandbox {
  dir: string;
  maps: string;
  drafts: string;
  renderer: string;
  outside: string;
  web: RunningWebServer;
  /** Headers of a same-origin script on our page: the token and our Origin. */
  page: Record<string, string>;
  close(): Promise<void>;
}

export const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';

/** A temp folder with maps/, drafts/, a fake built renderer and a file outside everything. */
export async function startSandbox(maps: Record<string, string>): Promise<ServedSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-server-'));
  const folders = { maps: join(dir, 'maps'), drafts: join(dir, 'drafts'), renderer: join(dir, 'renderer') };
  for (const folder of Object.values(folders)) mkdirSync(folder);
  for (const [name, text] of Object.entries(maps)) writeFileSync(join(folders.maps, name), text);
  writeFileSync(
    join(folders.renderer, 'index.html'),
    '<!doctype html><html><head><title>M</title></head><body></body></html>',
  );
  writeFileSync(join(folders.renderer, 'app.js'), 'console.log(1);');
  const outside = join(dir, 'secret.txt');
  writeFileSync(outside, 'secret: do not serve\n');
  const web = await startWebServer({ port: 0, host: null, ...folders, token: TOKEN });
  const page = { 'x-mapwright-token': TOKEN, origin: `http://localhost:${web.port}` };
  return {
    dir,
    ...folders,
    outside,
    web,
    page,
    close: async () => {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
