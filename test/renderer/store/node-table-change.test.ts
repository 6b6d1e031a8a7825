// One comparison of two node tables serves every listener after an edit: it names exactly the ids
// whose node object changed, came or went, and tells whether the ids kept their order.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';
import { nodeTableChange, onlyMoved } from '../../../renderer/store/node-table-change.ts';
import { readFileSync } from 'node:fs';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';
import { setMapField } from '../../../core/model/map-fields.ts';

type Nodes = WardleyMap['nodes'];

const node = (name: string): MapNode => ({ kind: 'component', name, evolution: 0.5, visibility: 0.5 });

/** A table, and the next one made from it as edits make them: kept objects, changed, removed, added, reordered. */
const tables = fc
  .record({
    ids: fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnop'.split('')), { maxLength: 12 }),
    fate: fc.array(fc.constantFrom('keep', 'change', 'remove'), { minLength: 12, maxLength: 12 }),
    added: fc.uniqueArray(fc.constantFrom(...'qrstuvwxyz'.split('')), { maxLength: 3 }),
    reversed: fc.boolean(),
  })
  .map(({ ids, fate, added, reversed }) => {
    const prev: Nodes = Object.fromEntries(ids.map((id) => [id, node(id)]));
    const kept = ids.flatMap((id, i): [string, MapNode][] => {
      const f = fate[i];
      if (f === 'remove') return [];
      return [[id, f === 'change' ? node(`${id}!`) : (prev[id] as MapNode)]];
    });
    const entries = [...kept, ...added.map((id) => [id, node(id)] as [string, MapNode])];
    const next: Nodes = Object.fromEntries(reversed ? entries.reverse() : entries);
    return { prev, next };
  });

function expected(prev: Nodes, next: Nodes) {
  const changed = Object.keys(next).filter((id) => prev[id] !== next[id]);
  const removed = Object.keys(prev).filter((id) => !Object.hasOwn(next, id));
  return {
    changed: [...changed, ...removed],
    sameIds: Object.keys(prev).join() === Object.keys(next).join(),
    size: Object.keys(next).length,
  };
}

describe('node table change', () => {
  it('names the changed, new and removed ids and whether the ids kept their order', () => {
    fc.assert(
      fc.property(tables, ({ prev, next }) => {
        expect(nodeTableChange(prev, next)).toEqual(expected(prev, next));
      }),
    );
  });

  it('answers a pair asked again with the same change, and another pair with its own', () => {
    const prev: Nodes = { a: node('a'), b: node('b') };
    const next: Nodes = { ...prev, b: node('B') };
    const other: Nodes = { ...prev, a: node('A') };
    const first = nodeTableChange(prev, next);
    expect(nodeTableChange(prev, next)).toBe(first);
    expect(nodeTableChange(prev, other).changed).toEqual(['a']);
    expect(nodeTableChange(prev, next).changed).toEqual(['b']);
  });

  it('finds nothing changed between a table and itself', () => {
    const nodes: Nodes = { a: node('a') };
    expect(nodeTableChange(nodes, nodes)).toEqual({ changed: [], sameIds: true, size: 1 });
  });
});

function edited(result: ops.EditResult): MapDocument {
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.document;
}

describe('node table change after an edit', () => {
  const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('map does not parse');
  const doc = parsed.document;
  const [a, b, c] = Object.keys(doc.map.nodes) as [string, string, string];
  const steps: ((d: MapDocument) => ops.EditResult)[] = [
    (d) => ops.moveNodes(d, [{ id: a, evolution: 0.11, visibility: 0.22 }]),
    (d) => ops.setSourcing(d, b, 'buy'),
    (d) => ops.renameNode(d, c, 'renamed-one'),
    (d) => ops.link(d, a, b),
    (d) => ops.renameNode(d, a, 'renamed-two'),
    (d) => ops.removeNodes(d, [b]),
  ];

  it('tells what the edit wrote, either way, as comparing the tables would, without listing their ids', () => {
    let before = doc;
    for (const step of steps) {
      const after = edited(step(before));
      const prev = before.map.nodes;
      const next = after.map.nodes;
      const listed = vi.spyOn(Object, 'keys');
      const forward = nodeTableChange(prev, next);
      const back = nodeTableChange(next, prev);
      const calls = listed.mock.calls.filter(([o]) => o === prev || o === next).length;
      listed.mockRestore();
      expect(forward).toEqual(expected(prev, next));
      expect(back).toEqual(expected(next, prev));
      // An edit that adds or removes nodes makes a new record: those are compared.
      if (step !== steps[5]) expect(calls).toBe(0);
      before = after;
    }
  });
});

describe('only moved', () => {
  const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('map does not parse');
  const doc = parsed.document;
  const [a, b] = Object.keys(doc.map.nodes) as [string, string];

  it('tells a drop or a nudge from every other edit', () => {
    const moved = edited(ops.moveNodes(doc, [{ id: a, evolution: 0.11, visibility: 0.22 }]));
    expect(onlyMoved(doc.map, moved.map)).toBe(true);
    expect(onlyMoved(doc.map, edited(ops.setNodeField(moved, a, 'name', 'Elsewhere')).map)).toBe(false);
    expect(onlyMoved(doc.map, edited(ops.link(doc, a, b)).map)).toBe(false);
    expect(onlyMoved(doc.map, edited(setMapField(doc, 'title', 'Another title')).map)).toBe(false);
    expect(onlyMoved(doc.map, edited(ops.removeNodes(doc, [b])).map)).toBe(false);
  });
});
