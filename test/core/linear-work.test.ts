// Nothing quadratic: the blocks of JavaScript one call of each path runs, counted by V8's precise
// coverage (test/bench/work-growth.ts), grow with the map as the map grows, and no function that
// does a real share of the work grows faster than a sort. Counts, not times: the same on any
// machine, so this can be asserted where a time ratio cannot.
import type { Session } from 'node:inspector/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceReport } from '../../core/compliance/report-model.ts';
import { exportBackstage } from '../../core/export/backstage/index.ts';
import { exportCompose } from '../../core/export/compose/index.ts';
import { exportMermaid } from '../../core/export/mermaid/export.ts';
import { importMermaid } from '../../core/export/mermaid/import.ts';
import { exportOwm } from '../../core/export/owm/export.ts';
import { importOwm } from '../../core/export/owm/import.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { probePairs } from '../bench/core-figures.ts';
import { realisticMap } from '../bench/generate.ts';
import type { Probe } from '../bench/measure.ts';
import { countingSession, steepFunctions, workGrowth, type WorkGrowth } from '../bench/work-growth.ts';

const SMALL = 1000;
const LARGE = 5000;
/** A sort's comparisons grow about 6 times here; a search of a list per node, 25 times. */
const STEEPEST = 8;
/** Functions below this share of the large call's blocks are not judged (their counts are small). */
const SHARE = 0.01;

/** The exports, imports and report the bench does not time: each gives the call counted on a map. */
const OTHER_PATHS: Record<string, (map: WardleyMap) => () => unknown> = {
  compose: (map) => () => exportCompose(map),
  backstage: (map) => () => exportBackstage(map),
  mermaid: (map) => () => exportMermaid(map),
  owm: (map) => () => exportOwm(map),
  'owm import': (map) => {
    const text = exportOwm(map).text;
    return () => importOwm(text);
  },
  'mermaid import': (map) => {
    const text = exportMermaid(map).text;
    return () => importMermaid(text);
  },
  compliance: (map) => () => complianceReport(map),
};

const pairs = new Map<string, { small: Probe; large: Probe }>();
let session: Session;

beforeAll(async () => {
  // Counting first: code that ran before it started is not counted reliably.
  session = await countingSession();
  for (const { path, small, large } of probePairs(SMALL, LARGE)) pairs.set(path, { small, large });
  const [small, large] = [realisticMap(SMALL), realisticMap(LARGE)];
  const probe = (key: string, map: WardleyMap, work: (map: WardleyMap) => () => unknown): Probe => ({
    key,
    name: key,
    nodes: Object.keys(map.nodes).length,
    work: work(map),
  });
  for (const [path, work] of Object.entries(OTHER_PATHS))
    pairs.set(path, { small: probe(path, small, work), large: probe(path, large, work) });
});

afterAll(async () => {
  await session.post('Profiler.stopPreciseCoverage');
  session.disconnect();
});

async function counted(path: string): Promise<WorkGrowth> {
  const pair = pairs.get(path);
  if (!pair) throw new Error(`no probe for ${path}`);
  return workGrowth(session, pair.small, pair.large);
}

const steepNames = (work: WorkGrowth) =>
  steepFunctions(work, STEEPEST, SHARE).map((f) => `${f.name}: ${f.small} → ${f.large}`);

describe(`the work of one call, ${LARGE.toLocaleString('en')} nodes against ${SMALL.toLocaleString('en')}`, () => {
  it.each(['load', 'doctrine', 'plan', 'export', 'diff', 'render', ...Object.keys(OTHER_PATHS)])(
    'of %s grows as the map grows, in every function that does a share of it',
    async (path) => {
      const work = await counted(path);
      expect(steepNames(work)).toEqual([]);
      // The bound on the time ratio, here on the work: linear gives 5, a sort about 6.
      expect(work.growth).toBeLessThanOrEqual(6);
      expect(work.growth).toBeGreaterThan(3);
    },
  );

  it('of an edit grows far less than the map: it works on what changed', async () => {
    const work = await counted('edit');
    expect(work.growth).toBeLessThan(2.5);
  });

  it('is seen to grow as the square of the map where a path compares every pair of nodes', async () => {
    const work = await counted('pairs');
    expect(work.growth).toBeGreaterThan(20);
    expect(steepNames(work).join('\n')).toMatch(/closePairs/);
  });
});
