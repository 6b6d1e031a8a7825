// Child-process probe for the hostile corpus (RELIABILITY.md §1): reads each file named on the
// command line as bytes, calls parseMap on it twice, and prints one JSON line per file. Run in a
// fresh process because some inputs only crash Node on the second parse in the same process.
import { readFileSync } from 'node:fs';
import { parseMap } from '../../core/format/parse.ts';

export interface ParseOutcome {
  ok: boolean;
  /** The first 50 errors (messages cut to 200 characters), enough to assert on without flooding the pipe. */
  errors: { rule: string; line: number; column: number; message: string }[];
  errorCount: number;
  nodeCount: number;
  /** Objects in the loaded map whose prototype is not the plain Object or Array one. */
  oddPrototypes: number;
  threw?: string;
}

export interface ProbeReport {
  file: string;
  runs: ParseOutcome[];
  /** Names that appeared on Object.prototype or Array.prototype while parsing. */
  pollution: string[];
}

function prototypeNames(): Set<string> {
  return new Set([...Reflect.ownKeys(Object.prototype), ...Reflect.ownKeys(Array.prototype)].map(String));
}

/** Walks the loaded data without recursion (a 20,000-node chain is fine, but data may be deep). */
function countOddPrototypes(root: unknown): number {
  let odd = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype) odd++;
    for (const key of Object.getOwnPropertyNames(value)) {
      stack.push(Object.getOwnPropertyDescriptor(value, key)?.value);
    }
  }
  return odd;
}

function parseOnce(bytes: Uint8Array): ParseOutcome {
  try {
    const r = parseMap(bytes);
    if (r.ok) {
      const nodeCount = Object.keys(r.map.nodes).length;
      return { ok: true, errors: [], errorCount: 0, nodeCount, oddPrototypes: countOddPrototypes(r.map) };
    }
    const errors = r.errors
      .slice(0, 50)
      .map(({ rule, line, column, message }) => ({ rule, line, column, message: message.slice(0, 200) }));
    return { ok: false, errors, errorCount: r.errors.length, nodeCount: 0, oddPrototypes: 0 };
  } catch (e) {
    const threw = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, errors: [], errorCount: 0, nodeCount: 0, oddPrototypes: 0, threw };
  }
}

function probe(file: string): ProbeReport {
  const before = prototypeNames();
  const bytes = new Uint8Array(readFileSync(file));
  const runs = [parseOnce(bytes), parseOnce(bytes)];
  const after = prototypeNames();
  const pollution = [...after].filter((k) => !before.has(k));
  // A polluted prototype shows up as an inherited property on a fresh object, too.
  const probeObject: Record<string, unknown> = {};
  if (probeObject['polluted'] !== undefined) pollution.push('polluted (inherited)');
  return { file, runs, pollution };
}

for (const file of process.argv.slice(2)) {
  process.stdout.write(`${JSON.stringify(probe(file))}\n`);
}
