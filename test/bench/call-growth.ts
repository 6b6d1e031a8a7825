// Growth (large ÷ small map) per call as the app and the CLI make one: `npm run bench`'s growth
// figures. The tight loop of measure.ts interleavedFigures, still printed beside them, favours
// the small map twice:
// - CPU cache: one call of a 2,000-node path reads about 1 MB, which stays in this machine's 1 MB
//   second-level cache from one call to the next; 10,000 nodes never do. In use a call follows a
//   gesture, a paint or a process start, and finds nothing of the map in the cache at either size.
//   Here every timed call is preceded by a sweep through `flushMb` of memory (untimed).
// - Garbage: a 2,000-node load takes one young-generation collection in five, a 10,000-node load
//   one in two (each copies what is alive then). A batch of one call each and the median of the
//   ratios set a large call that pays for its collection against a small one that did not.
//   Here a batch holds calls over the same number of nodes at both sizes (25 of 2,000, 5 of
//   10,000), so each pays for its garbage in proportion, and starts with one untimed call, so the
//   other size's last results (doctrine's last document) are garbage before it.
import { cpuMs, median, type Probe } from './measure.ts';

export interface CallRounds {
  min: number;
  max: number;
  /** About this many CPU ms per path, both sizes together. */
  budgetMs: number;
  /** Nodes a batch covers at either size: its calls are this ÷ the map's nodes. */
  batchNodes: number;
  /** Calls of a batch stop at this many CPU ms of the last warm-up (a 6 s export is one call). */
  batchMs: number;
  /** MB swept before each timed call; 64 is more than this machine's caches hold of one map. */
  flushMb: number;
}

let sweep: Int32Array | undefined;
let swept = 0;

/** Reads and writes one word of every cache line of `mb` MB, so what the last call read is gone. */
function flushCaches(mb: number): void {
  if (mb <= 0) return;
  const words = (mb * 1024 * 1024) / 4;
  if (sweep?.length !== words) sweep = new Int32Array(words);
  let sum = swept;
  for (let i = 0; i < words; i += 16) {
    sum = (sum + (sweep[i] ?? 0)) | 0;
    sweep[i] = sum & 7;
  }
  swept = sum;
}

/** The calls of one batch: the map's share of `batchNodes`, fewer when one call is long. */
function callsPerBatch(probe: Probe, lastMs: number, rounds: CallRounds): number {
  const byNodes = Math.max(1, Math.round(rounds.batchNodes / probe.nodes));
  return Math.max(1, Math.min(byNodes, Math.floor(rounds.batchMs / lastMs)));
}

/** Warm-up calls (as the probe's timing asks, at least 2); the last one's CPU ms. */
function warmed(probe: Probe): number {
  let last = 0;
  for (let w = 0; w < Math.max(2, probe.timing?.warmups ?? 1); w++) {
    const t0 = cpuMs();
    probe.work();
    last = Math.max(0.05, cpuMs() - t0);
  }
  return last;
}

/**
 * CPU ms per run over one batch: a settling call (not for a call longer than a batch: it collects
 * its own garbage many times over), then `calls` calls each from cold caches.
 */
function batch(probe: Probe, calls: number, settle: boolean, flushMb: number): number {
  probe.prepare?.();
  if (settle) {
    probe.work();
    probe.prepare?.();
  }
  let ms = 0;
  for (let c = 0; c < calls; c++) {
    flushCaches(flushMb);
    const t0 = cpuMs();
    probe.work();
    ms += cpuMs() - t0;
  }
  return ms / calls / (probe.timing?.runsPerCall ?? 1);
}

/**
 * Growth large ÷ small of one path: batches alternating between the sizes (small, large, then
 * large, small, …) so both see the same minutes of a shared machine; the median of the rounds'
 * ratios, with each size's median ms per run.
 */
export function callGrowth(
  small: Probe,
  large: Probe,
  rounds: CallRounds,
): { growth: number; ms: [number, number]; rounds: number } {
  const probes = [small, large] as const;
  const last = probes.map(warmed);
  const calls = probes.map((p, i) => callsPerBatch(p, last[i] ?? 1, rounds));
  const settle = last.map((ms) => ms < rounds.batchMs);
  const roundMs = probes.reduce((sum, _, i) => sum + ((calls[i] ?? 1) + Number(settle[i])) * (last[i] ?? 1), 0);
  const count = Math.max(rounds.min, Math.min(rounds.max, Math.round(rounds.budgetMs / roundMs)));
  const samples: [number[], number[]] = [[], []];
  const ratios: number[] = [];
  for (let r = 0; r < count; r++) {
    for (const i of r % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const))
      samples[i].push(batch(probes[i], calls[i] ?? 1, settle[i] ?? true, rounds.flushMb));
    ratios.push((samples[1][r] ?? 0) / (samples[0][r] ?? 1));
  }
  return { growth: median(ratios), ms: [median(samples[0]), median(samples[1])], rounds: count };
}
