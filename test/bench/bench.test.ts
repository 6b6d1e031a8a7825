// The benchmark's smoke run: every figure is produced on tiny maps, so `npm run bench` cannot rot
// unnoticed. No timing is asserted (the machine is shared); only that the figures exist.
import { describe, expect, it } from 'vitest';
import { benchFigures, SMOKE } from './run.ts';

describe('npm run bench (smoke)', () => {
  it('measures every path on small maps', async () => {
    const { figures, growth, growthRuns, loopGrowth, extra } = await benchFigures(SMOKE);
    const keys = figures.map((f) => f.key);
    for (const prefix of [
      'yaml_parse',
      'parse',
      'load',
      'edit',
      'move',
      'edit_move',
      'edit_resource',
      'edit_rename',
      'edit_link',
      'doctrine',
      'plan',
      'export',
      'diff',
      'render',
      'pairs',
    ]) {
      expect(keys).toContain(`${prefix}_20`);
      expect(keys).toContain(`${prefix}_40`);
      // Growth 40 ÷ 20 from alternating rounds, per call and in a loop, for every path.
      expect(growth.get(prefix)).toBeGreaterThan(0);
      expect(growthRuns.get(prefix)).toEqual([growth.get(prefix)]);
      expect(loopGrowth.get(prefix)).toBeGreaterThan(0);
    }
    for (const f of figures) expect(Number.isFinite(f.medianMs)).toBe(true);
    expect(Object.keys(extra)).toEqual(['undo_mb_5_edits_20']);
  });
});
