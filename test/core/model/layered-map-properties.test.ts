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

/** What a map shows: its size, every key's lookup, and its entries. */
function shown(map: ReadonlyMap<string, number>): unknown {
  const keys = Array.from({ length: 121 }, (_, n) => `k${n}`);
  const entries = [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { size: map.size, got: keys.map((k) => [map.get(k), map.has(k)]), entries };
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
          expect(versions.map(({ layered }) => shown(layered))).toEqual(versions.map(({ plain }) => shown(plain)));
          expect(new Map(base)).toEqual(new Map(start));
        },
      ),
      { numRuns: 200 },
    );
  });
});
