// The editor a session serves is the built renderer (dist/renderer). Right after `npm install`
// it is not built yet: build it once, as `npm run web` does, instead of serving nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function ensureEditorBuilt(editorDir: string, log: (line: string) => void = () => undefined): void {
  if (existsSync(join(editorDir, 'index.html'))) return;
  log('serve: building the editor…');
  // Only `mapwright serve` from a source checkout gets here; the desktop app ships its editor built.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(join(editorDir, 'index.html'))) throw new Error('the editor could not be built');
}
