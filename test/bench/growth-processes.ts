// Per-call growth (call-growth.ts) of every path, measured in several fresh processes one after
// another: `npm run bench` prints each process's figure and their median. One process's figure
// depends on where its maps happen to sit in memory: the same code measured the same way gave
// diff's growth anywhere from 4.2 to 7.1, and read_both's from 5.0 to 14.7, in different
// processes on a quiet machine. The median of a few processes is the figure of the code.
import { callGrowth, type CallRounds } from './call-growth.ts';
import { childFigures, childInput } from './child-figures.ts';
import { probePairs } from './core-figures.ts';

const CHILD = '--call-growth-child';

/** Every path's per-call growth large ÷ small, measured in this process. */
export function callGrowths(sizes: readonly [number, number], rounds: CallRounds): Map<string, number> {
  const out = new Map<string, number>();
  for (const { path, small, large } of probePairs(...sizes)) out.set(path, callGrowth(small, large, rounds).growth);
  return out;
}

/**
 * Per path, the growth each of `processes` fresh processes measured, in the order they ran (each
 * a child of this one with its flags: tsx and the yaml build as shipped).
 */
export function growthsInProcesses(
  sizes: readonly [number, number],
  rounds: CallRounds,
  processes: number,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let p = 0; p < processes; p++) {
    for (const [path, growth] of Object.entries(childFigures(import.meta.url, CHILD, { sizes, rounds })))
      out.set(path, [...(out.get(path) ?? []), growth]);
  }
  return out;
}

const input = childInput<{ sizes: [number, number]; rounds: CallRounds }>(CHILD);
if (input) {
  const { sizes, rounds } = input;
  console.log(JSON.stringify(Object.fromEntries(callGrowths(sizes, rounds))));
}
