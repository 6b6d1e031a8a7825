// The editor a session serves is the built renderer (dist/renderer). Right after `npm install`
// it is not built yet: build it once, as `npm run web` does, instead of serving nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from '../renderer-build.ts';

export function ensureEditorBuilt(editorDir: string, log: (line: string) => void = () => undefined): void {
  if (existsSync(join(editorDir, 'index.html'))) return;
  // Only `mapwright serve` from a source checkout gets here; the desktop app ships its editor built.
  log('serve: building the editor…');
  buildIfStale();
  if (!existsSync(join(editorDir, 'index.html'))) throw new Error('the editor could not be built');
}
