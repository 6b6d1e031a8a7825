// spanningBands (core/render/spanning-bands.ts) finds each member's nearest later members and the
// nodes near a band through grids; on random members and other nodes (on a small lattice, so many
// distances tie, with repeated points and points in a line) its bands are exactly, and in the same
// order, those of the plain definition: every member against every later member, every band
// against every other node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../core/render/frame.ts';
import type { Band, Disc } from '../../../core/render/region-field.ts';
import { BAND, blocks, NEIGHBOURS, spanningBands } from '../../../core/render/spanning-bands.ts';

function plainBands(discs: readonly Disc[], holes: readonly Disc[]): Band[] {
  const candidates = discs.flatMap((d, i) =>
    discs
      .map((e, j) => ({ i, j, length: Math.hypot(e.x - d.x, e.y - d.y) }))
      .filter((c) => c.j > i)
      .sort((a, b) => a.length - b.length)
      .slice(0, NEIGHBOURS),
  );
  candidates.sort((a, b) => a.length - b.length);
  const parent = discs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const bands: Band[] = [];
  for (const { i, j } of candidates) {
    if (root(i) === root(j)) continue;
    const [a, b] = [discs[i]!, discs[j]!];
    if (holes.some((h) => blocks(h, a, b))) continue;
    parent[root(i)] = root(j);
    bands.push({ a, b, r: BAND });
  }
  return bands;
}

const disc = (spread: number) =>
  fc.record({
    x: fc.integer({ min: 0, max: spread }).map((n) => n * 7),
    y: fc.integer({ min: 0, max: spread }).map((n) => n * 5),
    r: fc.constantFrom(10, 16, 22),
  });

const line = fc
  .array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 })
  .map((xs) => xs.map((x) => ({ x: x * 9, y: 100, r: 16 })));

describe('spanningBands', () => {
  it('joins the same members, in the same order, as the plain definition', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(disc(12), { maxLength: 40 }), fc.array(disc(200), { maxLength: 60 }), line),
        fc.oneof(fc.array(disc(12), { maxLength: 60 }), fc.array(disc(200), { maxLength: 120 })),
        (discs: Disc[], holes: Disc[]) => {
          const at = (p: Point) => discs.findIndex((d) => d === p);
          const bands = spanningBands(discs, holes);
          const plain = plainBands(discs, holes);
          expect(bands.map((b) => [at(b.a), at(b.b)])).toEqual(plain.map((b) => [at(b.a), at(b.b)]));
          expect(bands).toEqual(plain);
        },
      ),
      { numRuns: 400 },
    );
  });
});
