// Child of hostile-load.ts: reads one file as bytes, parses it twice, prints one JSON line with the
// CPU time of each parse and the answer (ok and node count, or the first error).
import { readFileSync } from 'node:fs';
import { parseMap } from '../../core/format/parse.ts';

const file = process.argv[2] ?? '';
const bytes = new Uint8Array(readFileSync(file));
const runs: number[] = [];
let answer = '';
for (let run = 0; run < 2; run++) {
  const before = process.cpuUsage();
  const r = parseMap(bytes);
  const used = process.cpuUsage(before);
  runs.push(Math.round((used.user + used.system) / 1000));
  const first = r.ok ? undefined : r.errors[0];
  answer = r.ok
    ? `ok, ${Object.keys(r.map.nodes).length} nodes`
    : `${r.errors.length} errors, first ${first?.rule ?? ''} at ${first?.line ?? 0}:${first?.column ?? 0}`;
}
process.stdout.write(`${JSON.stringify({ runs, answer })}\n`);
