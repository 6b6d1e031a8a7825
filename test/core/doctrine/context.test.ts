// The rules' shared lookups are read from the nodes record and kept by position rather than built
// as Maps of every node: they must read exactly as those Maps would, order included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleContext } from '../../../core/doctrine/context.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

const ID_POOL = ['a', 'b', 'c', 'd', 'e', 'constructor', 'toString', 'gone', 'far'];

const randomMap = fc
  .uniqueArray(fc.constantFrom(...ID_POOL.slice(0, 7)), { minLength: 1 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.uniqueArray(fc.constantFrom(...ID_POOL), { maxLength: 4 }), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      fc.array(fc.option(fc.constantFrom(...ID_POOL)), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, uses, inside]): WardleyMap => {
    const nodes: Record<string, MapNode> = {};
    ids.forEach((id, i) => {
      const node: MapNode = { kind: 'component', name: id, evolution: 0.5, visibility: 0.5 };
      if (uses[i]!.length > 0) node.uses = uses[i];
      if (inside[i] !== null) node.inside = inside[i];
      nodes[id] = node;
    });
    return { version: 1, title: 'Lookups', nodes };
  });

function plainLookups(map: WardleyMap) {
  const entries = Object.keys(map.nodes).map((id) => [id, map.nodes[id]!] as const);
  const usedBy = new Map<string, string[]>();
  for (const [id, node] of entries)
    for (const target of node.uses ?? []) usedBy.set(target, [...(usedBy.get(target) ?? []), id]);
  return { index: new Map(entries), usedBy, positions: new Map(entries.map(([id], i) => [id, i])) };
}

describe('ruleContext lookups', () => {
  it('read as Maps built of every node would: values, absent keys, size and order', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const context = ruleContext(map);
        const plain = plainLookups(map);
        expect([...context.index]).toEqual([...plain.index]);
        expect([...context.usedBy]).toEqual([...plain.usedBy]);
        expect([context.index.size, context.usedBy.size]).toEqual([plain.index.size, plain.usedBy.size]);
        expect([...context.positions]).toEqual(Object.keys(map.nodes).map((id, i) => [id, i]));
        for (const id of [...ID_POOL, 'hasOwnProperty', '__proto__']) {
          expect(context.index.get(id)).toBe(plain.index.get(id));
          expect(context.index.has(id)).toBe(plain.index.has(id));
          expect(context.usedBy.get(id)).toEqual(plain.usedBy.get(id));
          expect(context.usedBy.has(id)).toBe(plain.usedBy.has(id));
          expect(context.positions.get(id)).toBe(plain.positions.get(id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
