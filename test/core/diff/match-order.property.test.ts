// matchNodes walks the new file's ids with a cursor in the old file's order and looks an id up
// only where the two orders part: whatever order the new file lists its nodes in (kept, moved
// about, removed, added anywhere, ids that are Object.prototype members), the ids both versions
// have pair up with their own nodes, and the removed and added ones are exactly the rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchNodes } from '../../../core/diff/match.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

const ID_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'constructor', 'valueOf', 'toString'];

const nodeOf = (i: number, uses: string[], name: string): MapNode => ({
  kind: 'component',
  name,
  evolution: (i % 10) / 10,
  visibility: 0.5,
  ...(uses.length > 0 ? { uses } : {}),
});

const versions = fc
  .record({
    old: fc.uniqueArray(fc.constantFrom(...ID_POOL), { maxLength: ID_POOL.length }),
    kept: fc.array(fc.boolean(), { minLength: ID_POOL.length, maxLength: ID_POOL.length }),
    added: fc.uniqueArray(fc.constantFrom('n1', 'n2', 'n3', 'hasOwnProperty'), { maxLength: 4 }),
    uses: fc.array(fc.constantFrom(...ID_POOL), { maxLength: 6 }),
    order: fc.array(fc.nat(), { minLength: 15, maxLength: 15 }),
  })
  .map(({ old, kept, added, uses, order }) => {
    const before: WardleyMap = { version: 1, title: 'Before', nodes: {} };
    // Old nodes use one another (and ids that are not there); added ones have no neighbours and
    // names of their own, so nothing pairs up as a rename.
    old.forEach((id, i) => (before.nodes[id] = nodeOf(i, uses.slice(i % 3), `Old ${id}`)));
    const listed = [...old.filter((_, i) => kept[i]), ...added];
    const shuffled = listed
      .map((id, i) => ({ id, key: order[i] ?? i }))
      .sort((x, y) => x.key - y.key)
      .map(({ id }) => id);
    const after: WardleyMap = { version: 1, title: 'After', nodes: {} };
    shuffled.forEach((id, i) => {
      const was = Object.hasOwn(before.nodes, id) ? before.nodes[id] : undefined;
      after.nodes[id] = was ? { ...was, evolution: (i % 7) / 7 } : nodeOf(i, [], `New ${id}`);
    });
    return { before, after };
  });

describe('matchNodes on a new file in any order', () => {
  it('pairs every id both versions have with its nodes; the rest are removed or added', () => {
    fc.assert(
      fc.property(versions, ({ before, after }) => {
        const has = (map: WardleyMap, id: string) => Object.hasOwn(map.nodes, id);
        const oldIds = Object.keys(before.nodes);
        const newIds = Object.keys(after.nodes);
        const match = matchNodes(before, after);
        expect(match.pairs.map((p) => [p.from, p.to, p.was, p.now])).toEqual(
          oldIds.filter((id) => has(after, id)).map((id) => [id, id, before.nodes[id], after.nodes[id]]),
        );
        expect(match.removed).toEqual(oldIds.filter((id) => !has(after, id)));
        expect(match.added).toEqual(newIds.filter((id) => !has(before, id)));
        expect(match.renamed).toEqual([]);
        for (const id of oldIds) expect(match.newIdOf(id)).toBe(has(after, id) ? id : undefined);
        for (const id of [...oldIds, 'elsewhere']) expect(match.renamedTo(id)).toBe(id);
      }),
      { numRuns: 500 },
    );
  });
});
