// `npm run web`: the renderer in a browser. Builds dist/renderer/ when it is missing or older than
// its sources, then serves it on localhost with a tiny static server and prints the URL.
// Options: --port <n> (default 5173; 0 picks a free port), --no-build, --maps <dir> (the folder
// whose default map the app opens and whose git history /api/ serves; default maps/).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleApi } from './web-api.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist', 'renderer');
const SOURCES = ['renderer', 'core', 'schema', 'maps', 'vite.config.ts'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.yaml': 'application/yaml; charset=utf-8',
};

function newestSource(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, entry)));
  return newest;
}

export function buildIfStale() {
  const index = join(dist, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestSource(join(root, s))));
  if (builtAt > changedAt) return;
  console.log('web: building the renderer…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web: the renderer build failed');
}

export function serve(port, mapsDir = join(root, 'maps')) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/') && (await handleApi(url, res, mapsDir))) return;
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    // Only files under dist/renderer, never `..` outside it.
    if (!file.startsWith(dist + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (!process.argv.includes('--no-build')) buildIfStale();
    const maps = resolve(option('--maps', process.env.MAPWRIGHT_MAPS ?? join(root, 'maps')));
    const server = await serve(Number(option('--port', '5173')), maps);
    const address = server.address();
    console.log(
      `Mapwright (browser mode): http://localhost:${typeof address === 'object' && address ? address.port : ''}/`,
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
