// A layered map reads as a plain Map given the same changes, whichever earlier version the next
// changes are made from (as after an undo), through every fold of its layer into a new base.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../../core/model/layered-map.ts';

const key = fc.integer({ min: 0, max: 120 }).map((n) => `k${n}`);
const change = fc.tuple(key, fc.option(fc.integer(), { nil: undefined }));
const step = fc.record({ from: fc.nat(), changes: fc.array(change, { maxLength: 40, size: 'max' }) });

function applied(
  map: ReadonlyMap<string, number>,
  changes: readonly [string, number | undefined][],
): Map<string, number> {
  const out = new Map(map);
  for (const [k, v] of changes) {
    if (v === undefined) out.delete(k);
    else out.set(k, v);
  }
  return out;
}

function sameAs(layered: ReadonlyMap<string, number>, plain: ReadonlyMap<string, number>): void {
  expect(layered.size).toBe(plain.size);
  for (let n = 0; n <= 120; n++) {
    expect(layered.get(`k${n}`)).toBe(plain.get(`k${n}`));
    expect(layered.has(`k${n}`)).toBe(plain.has(`k${n}`));
  }
  expect(new Map(layered)).toEqual(plain);
  expect([...layered.keys()].sort()).toEqual([...plain.keys()].sort());
}

describe('LayeredMap', () => {
  it('reads as a Map with the same changes, from any earlier version', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer()), { maxLength: 80, size: 'max' }),
        fc.array(step, { maxLength: 60 }),
        (start, steps) => {
          const base = new Map(start);
          const versions: { layered: ReadonlyMap<string, number>; plain: Map<string, number> }[] = [
            { layered: base, plain: new Map(start) },
          ];
          for (const { from, changes } of steps) {
            const before = versions[from % versions.length]!;
            const last = new Map<string, number | undefined>(changes);
            const layered = LayeredMap.changed(before.layered, last);
            versions.push({ layered, plain: applied(before.plain, [...last]) });
          }
          // Every version still reads as it did: making one from it changed nothing it shows.
          for (const { layered, plain } of versions) sameAs(layered, plain);
          expect(new Map(base)).toEqual(new Map(start));
        },
      ),
      { numRuns: 200 },
    );
  });
});
