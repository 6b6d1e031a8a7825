// Writes the compiled CLI's V8 code cache (bin/compiled-cli.js) after running it the way most runs
// do: `--help` and `validate` of a map. The cache then holds the code those runs compiled. Run in a
// process of its own by scripts/build-cli.mjs, right after the bundle is written.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCompiledCli } from '../bin/compiled-cli.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const MAP = 'maps/conference.yaml';
const runs = [['--help'], ...(existsSync(root + MAP) ? [['validate', root + MAP]] : [])];

const cli = loadCompiledCli(root);
const write = { out: process.stdout.write, err: process.stderr.write };
process.stdout.write = () => true;
process.stderr.write = () => true;
try {
  for (const args of runs) await cli.main(['node', 'mapwright', ...args]);
} finally {
  process.stdout.write = write.out;
  process.stderr.write = write.err;
}
cli.saveCodeCache();
