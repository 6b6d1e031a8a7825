// Timing and printing for `npm run bench`. Seven other processes may share this machine's two
// cores, so each figure is CPU time of this process (user + system), not wall time: the median of
// several batches after one warm-up run, each batch long enough that the kernel's 4 ms accounting
// tick does not dominate. Milliseconds per run. Growth (large ÷ small map) is measured with the
// two sizes' batches alternating (interleavedFigures).

export interface Figure {
  /** The key in `--json` output, e.g. `edit_2000`. */
  key: string;
  name: string;
  nodes: number;
  medianMs: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** How a figure is timed, beyond the number of batches. */
export interface Timing {
  /** Calls before timing starts; batches are sized from the last (a first call may do one-off work). */
  warmups?: number;
  /** Runs one call of `work` makes (a call making one edit of each of four kinds is 4): ms per run. */
  runsPerCall?: number;
}

/** One path to time on one map: what `figure` and `interleavedFigures` measure. */
export interface Probe {
  key: string;
  name: string;
  nodes: number;
  work: () => unknown;
  timing?: Timing;
  /**
   * Untimed, before each batch of an interleaved measurement: puts back what the other size's
   * batch displaced (doctrine re-checks an edit against the last document checked, one at a time).
   */
  prepare?: () => void;
}

/** Runs the warm-up calls; gives how many calls make a batch of ~20 ms, and the last call's ms. */
function warmUp(work: () => unknown, timing: Timing): { perBatch: number; lastMs: number } {
  let last = 0;
  for (let w = 0; w < Math.max(1, timing.warmups ?? 1); w++) {
    const t0 = cpuMs();
    work();
    last = Math.max(0.05, cpuMs() - t0);
  }
  return { perBatch: Math.max(1, Math.min(200, Math.ceil(20 / last))), lastMs: last };
}

/** CPU ms per run over one batch of `perBatch` calls. */
function batchMs(work: () => unknown, perBatch: number, timing: Timing): number {
  const start = cpuMs();
  for (let i = 0; i < perBatch; i++) work();
  return (cpuMs() - start) / perBatch / (timing.runsPerCall ?? 1);
}

/** CPU ms per call of `work`: warm-up, then `batches` batches of enough calls to last ~20 ms each. */
export function cpuTime(work: () => unknown, batches = 5, timing: Timing = {}): { ms: number; runs: number } {
  const { perBatch } = warmUp(work, timing);
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) samples.push(batchMs(work, perBatch, timing));
  return { ms: median(samples), runs: batches * perBatch * (timing.runsPerCall ?? 1) };
}

export function figure(
  key: string,
  name: string,
  nodes: number,
  work: () => unknown,
  batches = 5,
  timing: Timing = {},
): Figure {
  const { ms, runs } = cpuTime(work, batches, timing);
  return { key, name, nodes, medianMs: ms, runs };
}

export function probeFigure(probe: Probe, batches: number): Figure {
  return figure(probe.key, probe.name, probe.nodes, probe.work, batches, probe.timing);
}

/** How many rounds an interleaved measurement makes: about `budgetMs` of CPU, within bounds. */
export interface Rounds {
  min: number;
  max: number;
  budgetMs: number;
}

/**
 * The same path on a small and a large map, timed in alternating batches (small, large, then
 * large, small, …) so both see the same minutes of a shared machine, and each round gives one
 * ratio large ÷ small: `growth` is the median of those ratios. Run minutes apart, the two sizes'
 * medians swung by a third under other processes' load, and their quotient with them.
 */
export function interleavedFigures(
  small: Probe,
  large: Probe,
  rounds: Rounds,
): { figures: [Figure, Figure]; growth: number; rounds: number } {
  const timing = [small.timing ?? {}, large.timing ?? {}] as const;
  const warm = [warmUp(small.work, timing[0]), warmUp(large.work, timing[1])] as const;
  const roundMs = warm[0].perBatch * warm[0].lastMs + warm[1].perBatch * warm[1].lastMs;
  const count = Math.max(rounds.min, Math.min(rounds.max, Math.round(rounds.budgetMs / roundMs)));
  const samples: [number[], number[]] = [[], []];
  const ratios: number[] = [];
  for (let r = 0; r < count; r++) {
    const order = r % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const i of order) {
      const probe = i === 0 ? small : large;
      probe.prepare?.();
      samples[i].push(batchMs(probe.work, warm[i].perBatch, timing[i]));
    }
    ratios.push(samples[1][r]! / samples[0][r]!);
  }
  const figureOf = (p: Probe, i: 0 | 1): Figure => ({
    key: p.key,
    name: p.name,
    nodes: p.nodes,
    medianMs: median(samples[i]),
    runs: count * warm[i].perBatch * (timing[i].runsPerCall ?? 1),
  });
  return { figures: [figureOf(small, 0), figureOf(large, 1)], growth: median(ratios), rounds: count };
}

/** A fixed-width table: one row per figure. */
export function figureTable(figures: readonly Figure[]): string {
  const nameWidth = Math.max(9, ...figures.map((f) => f.name.length));
  const header = `${'operation'.padEnd(nameWidth)}  ${'nodes'.padStart(6)}  ${'CPU ms'.padStart(10)}  runs`;
  const rows = figures.map(
    (f) =>
      `${f.name.padEnd(nameWidth)}  ${String(f.nodes).padStart(6)}  ${f.medianMs.toFixed(2).padStart(10)}  ${String(f.runs).padStart(4)}`,
  );
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}
