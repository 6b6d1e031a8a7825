// Type-checks every layer with its own tsconfig (its own lib and types), so a Node import in
// core/ or the renderer is a type error, not something a single shared config would hide.
import { spawnSync } from 'node:child_process';

const layers = ['core', 'cli', 'files', 'server', 'electron', 'renderer', 'test'];
let failed = false;
for (const layer of layers) {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${layer}/tsconfig.json`], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error(`typecheck: ${layer} failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
