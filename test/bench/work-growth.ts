// How a path's work grows with the map, counted rather than timed: V8's precise coverage counts
// how many times each block of JavaScript ran (ours and the libraries'), so the figure is the same
// on any machine and in any run. A time ratio also carries the machine's memory: on this one a
// loop that only reads both versions of a map grows 7 times where the map grows 5, and a change
// that made the plan faster at every size raised its time ratio. The count does not; it found a
// search per dependency in the export (26 times the blocks for 5 times the nodes) that the time
// ratio hid. Built-in functions (a sort, `includes`) are not counted, only the loops around them.
//
// Counting slows every function and keeps them from being optimised, so the bench runs this in a
// child process of its own (workGrowthsInProcess), never beside a time figure.
import { Session } from 'node:inspector/promises';
import { childFigures, childInput } from './child-figures.ts';
import { probePairs } from './core-figures.ts';
import type { Probe } from './measure.ts';

/** The blocks one function ran in one call of a path, at the small and the large size. */
export interface FunctionWork {
  /** Its name (or `(anonymous)`), file and offset in the file as loaded. */
  name: string;
  small: number;
  large: number;
}

export interface WorkGrowth {
  small: number;
  large: number;
  /** large ÷ small: linear work gives the ratio of the sizes. */
  growth: number;
  functions: FunctionWork[];
}

/**
 * A session counting every block run in this process from now on. Start it before the code it
 * counts first runs: a function V8 optimised before counting began may run uncounted.
 */
export async function countingSession(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  return session;
}

/**
 * Blocks each function ran in one call of `probe`, after one call not counted (what a first call
 * does once: a module's tables, a record's lists).
 */
async function blocksOfOneCall(session: Session, probe: Probe): Promise<Map<string, number>> {
  probe.prepare?.();
  probe.work();
  await session.post('Profiler.takePreciseCoverage');
  probe.work();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const out = new Map<string, number>();
  for (const script of result) {
    if (!script.url.startsWith('file://')) continue;
    const file = script.url.replace(/^.*?\/(core|renderer|test|node_modules)\//, '$1/');
    for (const f of script.functions) {
      const name = `${f.functionName || '(anonymous)'} ${file}@${f.ranges[0]?.startOffset ?? 0}`;
      out.set(name, (out.get(name) ?? 0) + f.ranges.reduce((sum, r) => sum + r.count, 0));
    }
  }
  return out;
}

/** The blocks one call of each probe runs, in total and per function. */
export async function workGrowth(session: Session, small: Probe, large: Probe): Promise<WorkGrowth> {
  const a = await blocksOfOneCall(session, small);
  const b = await blocksOfOneCall(session, large);
  const functions = [...new Set([...a.keys(), ...b.keys()])].map((name) => ({
    name,
    small: a.get(name) ?? 0,
    large: b.get(name) ?? 0,
  }));
  const total = (side: 'small' | 'large') => functions.reduce((sum, f) => sum + f[side], 0);
  return { small: total('small'), large: total('large'), growth: total('large') / total('small'), functions };
}

/**
 * The functions whose blocks grow more than `limit` times and that hold at least `share` of the
 * large call's blocks, steepest first: where a path stops being linear. A function that runs only
 * at the large size (the parser's early scan of files over 1 MB) has no growth to judge; the
 * path's total still counts its blocks.
 */
export function steepFunctions(work: WorkGrowth, limit: number, share: number): FunctionWork[] {
  return work.functions
    .filter((f) => f.small > 0 && f.large >= share * work.large && f.large > limit * f.small)
    .sort((x, y) => y.large / Math.max(y.small, 1) - x.large / Math.max(x.small, 1));
}

const CHILD = '--work-growth-child';

/** Every path's work growth large ÷ small, counted in a fresh child process (tsx and the shipped yaml). */
export function workGrowthsInProcess(sizes: readonly [number, number]): Map<string, number> {
  return new Map(Object.entries(childFigures(import.meta.url, CHILD, sizes)));
}

const sizes = childInput<[number, number]>(CHILD);
if (sizes) {
  const [small, large] = sizes;
  const session = await countingSession();
  const out: Record<string, number> = {};
  for (const pair of probePairs(small, large)) {
    const work = await workGrowth(session, pair.small, pair.large);
    // Built-in work only (JSON.parse): nothing of ours ran, no figure.
    if (work.small > 100) out[pair.path] = work.growth;
  }
  console.log(JSON.stringify(out));
}
