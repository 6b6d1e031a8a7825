// `npm run bench [-- --json] [-- --smoke] [-- --drag] [-- --no-browser]`: how long each path takes
// on generated maps of 200, 2,000 and 10,000 nodes (CPU time, see measure.ts), undo memory, CLI
// start-up, what a user waits for in Chromium at 200 and 2,000 nodes (browser-figures.ts, and
// typing in the source pane at 2,000: source-typing.ts; not in the smoke run), and with --drag
// the drag frame times (drag.ts). Prints a table and the growth 10,000 ÷ 2,000 of each path, the
// median ratio of batches alternating between the two sizes: per call as the app makes one, from
// cold caches with each size's garbage in proportion (call-growth.ts), the median of three fresh
// processes (growth-processes.ts), and beside it in a tight loop (measure.ts interleavedFigures,
// the table's ms), and the growth of the blocks of JavaScript one call runs, counted (work-growth.ts:
// the same on any machine). With --json the last line is one JSON object of the figures
// (growth_<path>, growth_min_<path>, growth_max_<path> over the processes, growth_loop_<path> and
// work_growth_<path>: ratios, no unit).
// Asserts nothing.
import { cpus, loadavg } from 'node:os';
import type { CallRounds } from './call-growth.ts';
import { cliFigures } from './cli-figures.ts';
import { PROBE_GROUPS, probePairs, undoMemoryMb } from './core-figures.ts';
import { callGrowths, growthsInProcesses } from './growth-processes.ts';
import { figureTable, interleavedFigures, median, probeFigure, type Figure, type Rounds } from './measure.ts';
import { owmFigures } from './owm-figures.ts';
import { workGrowthsInProcess } from './work-growth.ts';

export interface BenchOptions {
  sizes: readonly number[];
  /** Batches per figure at a size measured alone. */
  batches: number;
  /** Two of `sizes`, measured in alternating batches for each path: the growth large ÷ small. */
  growth: readonly [number, number];
  rounds: Rounds;
  /** The per-call growth's rounds (call-growth.ts). */
  callRounds: CallRounds;
  /** Fresh processes measuring the per-call growth, one after another (growth-processes.ts); 1: in this one. */
  growthProcesses: number;
  /** The blocks counted per call at both growth sizes, in a child process (work-growth.ts). */
  work: boolean;
  undo: { nodes: number; edits: number };
  cli: boolean;
  /** OnlineWardleyMaps' engine side by side (owm-figures.ts), when installed. */
  owm: boolean;
  /** Map sizes for the Chromium figures; none in the smoke run. */
  browser: readonly number[];
}

export const FULL: BenchOptions = {
  sizes: [200, 2000, 10_000],
  batches: 5,
  growth: [2000, 10_000],
  // At least 5 rounds; paths that cost little at both sizes get up to 15 in ~3 s of CPU.
  rounds: { min: 5, max: 15, budgetMs: 3000 },
  // 25 calls of 2,000 nodes against 5 of 10,000 (one of a call over a second), 7 to 15 rounds.
  callRounds: { min: 7, max: 15, budgetMs: 8000, batchNodes: 50_000, batchMs: 1000, flushMb: 64 },
  growthProcesses: 3,
  work: true,
  undo: { nodes: 2000, edits: 500 },
  cli: true,
  owm: true,
  browser: [200, 2000],
};
export const SMOKE: BenchOptions = {
  sizes: [20, 40],
  batches: 1,
  growth: [20, 40],
  rounds: { min: 2, max: 2, budgetMs: 0 },
  callRounds: { min: 2, max: 2, budgetMs: 0, batchNodes: 80, batchMs: 50, flushMb: 1 },
  growthProcesses: 1,
  work: false,
  undo: { nodes: 20, edits: 5 },
  cli: false,
  owm: false,
  browser: [],
};

export interface CoreFigures {
  figures: Figure[];
  /** Path (`load`, `edit`, …) → median ratio large ÷ small per call (call-growth.ts), over the processes. */
  growth: Map<string, number>;
  /** Path → each process's per-call growth, in the order they ran. */
  growthRuns: Map<string, number[]>;
  /** The same in a tight loop (measure.ts interleavedFigures). */
  loopGrowth: Map<string, number>;
  /** Path → growth of the blocks one call runs, counted (work-growth.ts); empty when not counted. */
  workGrowth: Map<string, number>;
  extra: Record<string, number | null>;
}

export async function benchFigures(options: BenchOptions): Promise<CoreFigures> {
  const figures: Figure[] = [];
  const growth = new Map<string, number>();
  const loopGrowth = new Map<string, number>();
  const [small, large] = options.growth;
  for (const size of options.sizes.filter((n) => n !== small && n !== large))
    for (const probes of PROBE_GROUPS) figures.push(...probes(size).map((p) => probeFigure(p, options.batches)));
  for (const pair of probePairs(small, large)) {
    const measured = interleavedFigures(pair.small, pair.large, options.rounds);
    figures.push(...measured.figures);
    loopGrowth.set(pair.path, measured.growth);
  }
  const growthRuns =
    options.growthProcesses > 1
      ? growthsInProcesses(options.growth, options.callRounds, options.growthProcesses)
      : new Map([...callGrowths(options.growth, options.callRounds)].map(([path, g]) => [path, [g]]));
  for (const [path, runs] of growthRuns) growth.set(path, median(runs));
  const workGrowth = options.work ? workGrowthsInProcess(options.growth) : new Map<string, number>();
  // The table reads by size, each size's paths in the order measured.
  figures.sort((a, b) => a.nodes - b.nodes);
  if (options.owm) figures.push(...owmFigures(options.sizes, options.batches));
  const { nodes, edits } = options.undo;
  const extra: Record<string, number | null> = {
    [`undo_mb_${edits}_edits_${nodes}`]: await undoMemoryMb(nodes, edits),
  };
  if (options.cli) Object.assign(extra, cliFigures(7));
  return { figures, growth, growthRuns, loopGrowth, workGrowth, extra };
}

function growthLines(figures: Pick<CoreFigures, 'growth' | 'growthRuns' | 'loopGrowth' | 'workGrowth'>): string[] {
  const ratio = (r: number | undefined) => (r === undefined ? '-' : r.toFixed(2));
  const head = `  ${'path'.padEnd(14)} ${'per call'.padStart(8)}  ${'each process'.padEnd(20)} ${'loop'.padStart(6)} ${'work'.padStart(6)}`;
  const rows = [...figures.growth].map(([path, r]) => {
    const runs = (figures.growthRuns.get(path) ?? []).map(ratio).join(' ');
    const [loop, work] = [figures.loopGrowth.get(path), figures.workGrowth.get(path)];
    return `  ${path.padEnd(14)} ${ratio(r).padStart(8)}  ${runs.padEnd(20)} ${ratio(loop).padStart(6)} ${ratio(work).padStart(6)}`;
  });
  return [head, ...rows];
}

/** Mapwright ÷ OWM on the same maps: load (parseMap + doctrine) ÷ Converter.parse, edit ÷ edit. */
function owmLines(figures: readonly Figure[]): string[] {
  const at = (key: string) => figures.find((f) => f.key === key)?.medianMs;
  return [200, 2000, 10_000].flatMap((n) => {
    const [load, owmLoad, edit, owmEdit] = [
      at(`load_${n}`),
      at(`owm_parse_${n}`),
      at(`edit_${n}`),
      at(`owm_edit_${n}`),
    ];
    if (!load || !owmLoad || !edit || !owmEdit) return [];
    return [`  ${String(n).padStart(6)}  load ${(load / owmLoad).toFixed(2)}×  edit ${(edit / owmEdit).toFixed(2)}×`];
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = args.includes('--smoke') ? SMOKE : FULL;
  console.log(`Mapwright benchmark: node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}`);
  // The app and the CLI ship yaml's browser build (yaml-as-shipped.mjs); say which one ran.
  const yamlBuild = import.meta.resolve('yaml').includes('/browser/') ? 'browser (as shipped)' : 'Node';
  console.log(`yaml: ${yamlBuild} build`);
  const core = await benchFigures(options);
  const { figures, growth, growthRuns, loopGrowth, workGrowth, extra } = core;
  if (options.browser.length > 0 && !args.includes('--no-browser')) {
    const { browserFigures } = await import('./browser-figures.ts');
    Object.assign(extra, await browserFigures(options.browser));
    if (options.browser.includes(2000)) {
      const { typingFigures } = await import('./source-typing.ts');
      Object.assign(extra, await typingFigures());
    }
  }
  console.log(figureTable(figures));
  const [small, large] = options.growth;
  console.log(
    `\nGrowth ${large.toLocaleString('en')} ÷ ${small.toLocaleString('en')} nodes (linear is ${large / small}), median of alternating rounds,`,
  );
  console.log(
    `per call from cold caches (call-growth.ts; the median of ${options.growthProcesses} fresh processes, growth-processes.ts)`,
  );
  console.log("and in a tight loop in this process (the table's ms); work: the blocks of JavaScript one call runs,");
  console.log('counted, not timed (work-growth.ts; the same on any machine):');
  for (const line of growthLines(core)) console.log(line);
  const owm = owmLines(figures);
  if (options.owm) {
    console.log('\nMapwright ÷ OnlineWardleyMaps (wmlandscape 3.0.1), same maps:');
    for (const line of owm.length > 0 ? owm : ['  not measured: npm install --prefix test/bench/owm'])
      console.log(line);
  }
  for (const [key, value] of Object.entries(extra))
    console.log(`${key}: ${value === null ? 'not measured' : value.toFixed(1)}`);
  if (args.includes('--drag')) {
    const { dragBench } = await import('./drag.ts');
    console.log(await dragBench());
  }
  if (args.includes('--json')) {
    const json: Record<string, number | null> = { ...extra };
    for (const f of figures) json[f.key] = Number(f.medianMs.toFixed(3));
    for (const [path, ratio] of growth) json[`growth_${path}`] = Number(ratio.toFixed(3));
    for (const [path, ratio] of loopGrowth) json[`growth_loop_${path}`] = Number(ratio.toFixed(3));
    for (const [path, ratio] of workGrowth) json[`work_growth_${path}`] = Number(ratio.toFixed(3));
    for (const [path, runs] of growthRuns) {
      json[`growth_min_${path}`] = Number(Math.min(...runs).toFixed(3));
      json[`growth_max_${path}`] = Number(Math.max(...runs).toFixed(3));
    }
    console.log(JSON.stringify(json));
  }
}

if (process.argv[1]?.endsWith('run.ts')) await main();
