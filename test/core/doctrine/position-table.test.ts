// The rule context's positions are an Int32Array hash table, not a Map: it must read exactly as
// `new Map(ids.map((id, i) => [id, i]))` would, for any ids, including ids whose hashes are equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PositionTable } from '../../../core/doctrine/position-table.ts';

function plain(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function expectSame(table: PositionTable, ids: readonly string[], probes: readonly string[]): void {
  const map = plain(ids);
  expect([...table]).toEqual([...map]);
  expect(table.size).toBe(map.size);
  for (const id of [...ids, ...probes]) {
    expect(table.get(id)).toBe(map.get(id));
    expect(table.has(id)).toBe(map.has(id));
    expect(table.at(id)).toBe(map.get(id) ?? -1);
  }
}

describe('PositionTable', () => {
  it('reads as a Map of each id to its place: any ids, present and absent', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(
      fc.property(fc.uniqueArray(text, { maxLength: 300 }), fc.array(text, { maxLength: 40 }), (ids, probes) =>
        expectSame(new PositionTable(ids), ids, [...probes, '', '__proto__', 'constructor']),
      ),
      { numRuns: 200 },
    );
  });

  it('tells apart ids whose hashes are equal (the text decides, not the hash)', () => {
    // 'node-522789' and 'node-739192' have the same 32-bit FNV-1a hash.
    expectSame(new PositionTable(['node-522789']), ['node-522789'], ['node-739192']);
    expectSame(new PositionTable(['node-739192', 'node-522789']), ['node-739192', 'node-522789'], []);
  });

  it('finds every one of 20,000 ids at its place', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `n${(i * 7919) % 20_000}-${i % 13}`);
    const table = new PositionTable(ids);
    expect(ids.every((id, i) => table.at(id) === i)).toBe(true);
    expect(table.at('n1-2x')).toBe(-1);
  });
});
