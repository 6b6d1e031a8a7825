// Timing and printing for `npm run bench`: each figure is the median of several runs after one
// warm-up run (JIT, caches), in milliseconds.

export interface Figure {
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

/** Runs `work` once to warm up, then `runs` times; the result of the last run is returned too. */
export function measure<T>(name: string, nodes: number, runs: number, work: () => T): { figure: Figure; result: T } {
  let result = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { figure: { name, nodes, medianMs: median(times), runs }, result };
}

/** A fixed-width table: one row per figure. */
export function figureTable(figures: readonly Figure[]): string {
  const nameWidth = Math.max(9, ...figures.map((f) => f.name.length));
  const header = `${'operation'.padEnd(nameWidth)}  ${'nodes'.padStart(6)}  ${'median ms'.padStart(10)}  runs`;
  const rows = figures.map(
    (f) =>
      `${f.name.padEnd(nameWidth)}  ${String(f.nodes).padStart(6)}  ${f.medianMs.toFixed(1).padStart(10)}  ${String(f.runs).padStart(4)}`,
  );
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}
