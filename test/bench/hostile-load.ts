// `npm run bench:hostile [-- shape…]`: each shape of hostile-shapes.ts (10 MB, the cap) written to a
// temporary folder and read by a fresh Node process that parses it twice (hostile-probe.ts), as the
// hostile corpus test does; prints the CPU time of each parse and the answer. Target (issue #12):
// every file answered in under 2 s. Asserts nothing; run it on a quiet machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_SHAPES } from './hostile-shapes.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIMIT_MS = 120_000;
const only = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'mapwright-hostile-load-'));
try {
  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const text = make();
    const path = join(dir, `${name}.yaml`);
    writeFileSync(path, text);
    const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(2);
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/bench/hostile-probe.ts', path], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: LIMIT_MS,
    });
    rmSync(path);
    const line = child.stdout.trim().split('\n').pop() ?? '';
    const result = line.startsWith('{') ? (JSON.parse(line) as { runs: number[]; answer: string }) : undefined;
    const runs = result ? result.runs.map((ms) => `${ms} ms`).join(' / ') : `no answer in ${LIMIT_MS / 1000} s`;
    console.log(`${name.padEnd(28)} ${mb} MB  ${runs.padEnd(18)} ${result?.answer ?? child.stderr.slice(0, 200)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
