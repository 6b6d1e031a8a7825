// The browser version serves dist/renderer/: build it with vite when it is missing or older than
// its sources, so `npm run web` on a fresh clone needs no separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const RENDERER_DIST = join(PROJECT_ROOT, 'dist', 'renderer');
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
  const index = join(RENDERER_DIST, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestSource(join(PROJECT_ROOT, s))));
  if (builtAt > changedAt) return;
  console.log('web: building the renderer…');
  const vite = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web: the renderer build failed');
}
