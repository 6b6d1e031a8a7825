// `npm run build`: the renderer with vite (vite.config.ts: renderer/ → dist/renderer/), then the
// Electron main process and preload bundled by esbuild into CommonJS (Electron loads the preload of
// a sandboxed window as a script; only `electron` itself stays external).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function buildRenderer() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // The production build, whatever NODE_ENV the caller runs under.
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error('build: the renderer build failed');
}

export async function buildElectron(outDir = 'dist/electron') {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  };
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: join(outDir, 'main.cjs') });
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(outDir, 'preload.cjs') });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  try {
    if (only !== '--electron') buildRenderer();
    if (only !== '--renderer') await buildElectron();
    console.log('build: dist/renderer and dist/electron are ready');
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
