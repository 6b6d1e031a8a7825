// The browser version serves dist/renderer/: build it with vite when it is missing or older than
// its sources, so `npm run web` on a fresh clone needs no separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root; a function, since the desktop app's CommonJS bundle has no import.meta.url to evaluate at load. */
export function projectRoot(): string {
  return resolve(fileURLToPath(new URL('..', import.meta.url)));
}

export function rendererDist(): string {
  return join(projectRoot(), 'dist', 'renderer');
}
const SOURCES = ['renderer', 'core', 'schema', 'maps', 'vite.config.ts'];

function newestSource(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, entry)));
  return newest;
}

export function buildIfStale(): void {
  const root = projectRoot();
  const index = join(rendererDist(), 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestSource(join(root, s))));
  if (builtAt > changedAt) return;
  console.log('web: building the renderer…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // What users run is the production build, also when the build starts under vitest (NODE_ENV=test
  // would ship React's development build, 2–2.5x slower, to every end-to-end test).
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('web: the renderer build failed');
}
