// Timing and printing for `npm run bench`. Seven other processes may share this machine's two
// cores, so each figure is CPU time of this process (user + system), not wall time: the median of
// several batches after one warm-up run, each batch long enough that the kernel's 4 ms accounting
// tick does not dominate. Milliseconds per run.

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

/** CPU ms per call of `work`: warm-up, then `batches` batches of enough calls to last ~20 ms each. */
export function cpuTime(work: () => unknown, batches = 5, timing: Timing = {}): { ms: number; runs: number } {
  let last = 0;
  for (let w = 0; w < Math.max(1, timing.warmups ?? 1); w++) {
    const t0 = cpuMs();
    work();
    last = Math.max(0.05, cpuMs() - t0);
  }
  const perBatch = Math.max(1, Math.min(200, Math.ceil(20 / last)));
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = cpuMs();
    for (let i = 0; i < perBatch; i++) work();
    samples.push((cpuMs() - start) / perBatch);
  }
  const per = timing.runsPerCall ?? 1;
  return { ms: median(samples) / per, runs: batches * perBatch * per };
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
