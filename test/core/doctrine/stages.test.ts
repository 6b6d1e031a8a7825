import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearBoundary, stageBoundaries, stageLabels, stageOf } from '../../../core/doctrine/stages.ts';

describe('stageOf', () => {
  it('uses the OnlineWardleyMaps boundaries by default', () => {
    expect([0, 0.17, 0.175, 0.39, 0.4, 0.69, 0.7, 1].map((e) => stageOf(e))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('follows boundaries the map chooses', () => {
    expect(stageOf(0.3, [0.25, 0.5, 0.75])).toBe(2);
    expect(stageOf(0.74, [0.25, 0.5, 0.75])).toBe(3);
  });

  it('never decreases as evolution grows', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(stageOf(lo)).toBeLessThanOrEqual(stageOf(hi));
      }),
      { numRuns: 150 },
    );
  });
});

describe('stage settings of a map', () => {
  it('defaults to 0.175 / 0.40 / 0.70 and the activities labels', () => {
    expect(stageBoundaries({})).toEqual([0.175, 0.4, 0.7]);
    expect(stageLabels({})).toEqual(['Genesis', 'Custom-Built', 'Product (+rental)', 'Commodity (+utility)']);
  });

  it('reads a preset name or four labels', () => {
    expect(stageLabels({ stages: { labels: 'practices' } })).toEqual(['Novel', 'Emerging', 'Good', 'Best']);
    expect(stageLabels({ stages: { labels: 'data' } })[0]).toBe('Unmodelled');
    expect(stageLabels({ stages: { labels: 'knowledge' } })[3]).toBe('Accepted');
    expect(stageLabels({ stages: { labels: ['a', 'b', 'c', 'd'] } })).toEqual(['a', 'b', 'c', 'd']);
    expect(stageBoundaries({ stages: { boundaries: [0.25, 0.5, 0.75] } })).toEqual([0.25, 0.5, 0.75]);
  });

  it('counts 0.03 either side of a boundary as near it', () => {
    expect(nearBoundary(0.73)).toBe(true);
    expect(nearBoundary(0.67)).toBe(true);
    expect(nearBoundary(0.74)).toBe(false);
    expect(nearBoundary(0.55)).toBe(false);
  });
});
