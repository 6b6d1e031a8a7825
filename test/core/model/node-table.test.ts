// An edit does not copy the map's `nodes` record (core/model/node-table.ts): the edit, its checks,
// doctrine's re-check and the file text read the nodes by id, and the record is made only when
// something reads it, the same as a full parse gives, sharing every node the edit did not write.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../core/doctrine/index.ts';
import { fileText, parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import type { EditResult } from '../../../core/model/commit.ts';
import {
  mapNodesChange,
  nodeIds,
  nodeOf,
  nodeRecordsMade,
  nodesPending,
  visitNodes,
} from '../../../core/model/node-table.ts';
import { link, moveNodes, renameNode, setSourcing } from '../../../core/model/operations.ts';
import { nodeEntries, nodeIndex, type MapNode, type WardleyMap } from '../../../core/model/types.ts';

function startMap(size: number): MapDocument {
  const nodes: Record<string, MapNode> = {};
  for (let i = 0; i < size; i++) {
    const uses = i > 0 ? [`n${Math.floor((i * 7) % i)}`] : undefined;
    nodes[`n${i}`] = { kind: 'component', name: `N ${i}`, evolution: 0.5, visibility: 0.5, sourcing: 'build', uses };
  }
  const parsed = parseMap(stringifyMap({ version: 1, title: 'T', nodes } as WardleyMap));
  if (!parsed.ok) throw new Error('the start map does not load');
  return parsed.document;
}

function done(result: EditResult): MapDocument {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.document;
}

/** One of a move, a re-source, a rename and a link, in turn; reads nodes only by id. */
function step(doc: MapDocument, k: number, ids: string[]): MapDocument {
  const at = (k * 7) % ids.length;
  const id = ids[at] as string;
  const node = nodeOf(doc.map, id) as MapNode;
  switch (k % 4) {
    case 0:
      return done(moveNodes(doc, [{ id, evolution: (node.evolution + 0.01) % 1, visibility: 0.4 }]));
    case 1:
      return done(setSourcing(doc, id, node.sourcing === 'buy' ? 'build' : 'buy'));
    case 2:
      ids[at] = `${id}-r${k}`;
      return done(renameNode(doc, id, `${id}-r${k}`));
    default: {
      const target = ids[(at + 1) % ids.length] as string;
      return (node.uses ?? []).includes(target) ? doc : done(link(doc, id, target));
    }
  }
}

describe('the nodes of a map an edit makes', () => {
  it('are read by id through edits, doctrine and file text without making the record', () => {
    let doc = startMap(60);
    const ids = Object.keys(doc.map.nodes);
    checkDocument(doc);
    // More edits than a table keeps in its top layer before folding it (core/model/layered-map.ts).
    for (let k = 0; k < 120; k++) {
      doc = step(doc, k, ids);
      checkDocument(doc);
      fileText(doc);
      expect(nodesPending(doc.map)).toBe(true);
    }
    expect(nodeIds(doc.map)).toEqual(ids);
    const full = parseMap(doc.text);
    if (!full.ok) throw new Error('the edited text does not load');
    for (const id of ids) expect(nodeOf(doc.map, id)).toEqual(full.document.map.nodes[id]);
    expect(doc.map).toEqual(full.document.map);
    expect(Object.keys(doc.map)).toEqual(Object.keys(full.document.map));
    expect(Object.keys(doc.map.nodes)).toEqual(ids);
    expect(checkDocument(doc)).toEqual(checkDocument(full.document));
  });

  it('make a record that shares every node the edit did not write with the map before', () => {
    const first = startMap(40);
    const before = first.map.nodes;
    const moved = done(moveNodes(first, [{ id: 'n5', evolution: 0.9, visibility: 0.1 }]));
    const renamed = done(renameNode(moved, 'n7', 'seven'));
    const nodes = renamed.map.nodes;
    expect(Object.keys(nodes)).toEqual(Object.keys(before).map((id) => (id === 'n7' ? 'seven' : id)));
    for (const id of Object.keys(before)) {
      if (id === 'n5' || id === 'n7') continue;
      expect(nodes[id]).toBe(before[id]);
    }
    expect(nodes['n5']?.evolution).toBe(0.9);
    expect(nodes['seven']?.name).toBe('N 7');
    expect(nodeOf(renamed.map, 'n7')).toBeUndefined();
    expect(nodeOf(renamed.map, 'constructor')).toBeUndefined();
    // The map before is left as it was.
    expect(moved.map.nodes['n7']?.name).toBe('N 7');
    expect(nodeOf(moved.map, 'seven')).toBeUndefined();
  });

  it("are listed, indexed and compared through the table, in the record's order, without making it", () => {
    let doc = startMap(60);
    const ids = Object.keys(doc.map.nodes);
    const made = nodeRecordsMade();
    for (let k = 0; k < 40; k++) {
      const before = doc;
      doc = step(doc, k, ids);
      const entries = nodeEntries(doc.map);
      const index = nodeIndex(doc.map);
      const change = mapNodesChange(before.map, doc.map);
      expect(nodesPending(doc.map)).toBe(true);
      expect(entries.map(([id]) => id)).toEqual(ids);
      expect([...index.keys()]).toEqual(ids);
      for (const [id, node] of entries) expect(index.get(id)).toBe(node);
      // What the edit wrote, as comparing the two records would tell it (made here, after the reads).
      if (before !== doc) expect(change?.changed.length).toBeGreaterThan(0);
      for (const id of change?.changed ?? []) expect(nodeOf(before.map, id)).not.toBe(nodeOf(doc.map, id));
    }
    expect(nodeRecordsMade()).toBe(made);
    const full = parseMap(doc.text);
    if (!full.ok) throw new Error('the edited text does not load');
    expect(nodeEntries(doc.map)).toEqual(Object.entries(full.document.map.nodes));
    expect(nodeRecordsMade()).toBe(made);
  });

  it("of a loaded record are listed once, never seen as the record's own, and a copy lists its own", () => {
    const doc = startMap(30);
    const nodes = doc.map.nodes;
    const ids = nodeIds(doc.map);
    expect(nodeIds(doc.map)).toBe(ids);
    expect(ids).toEqual(Object.keys(nodes));
    // Listing keeps nothing a reader of the record sees.
    expect(Object.keys(nodes)).toEqual(ids);
    expect(JSON.parse(JSON.stringify(nodes))).toEqual(nodes);
    expect(Object.keys(structuredClone(nodes))).toEqual(ids);
    expect(Object.keys({ ...nodes })).toEqual(ids);
    // A copy of the record with every property (even hidden ones) and one more node lists its own ids.
    const copy = Object.create(Object.prototype, Object.getOwnPropertyDescriptors(nodes)) as WardleyMap['nodes'];
    copy['extra'] = { kind: 'user', name: 'E', evolution: 0.5, visibility: 0.5 };
    expect(nodeIds({ ...doc.map, nodes: copy })).toEqual([...ids, 'extra']);
    // A frozen record is listed too.
    const frozen = Object.freeze({ ...nodes });
    expect(nodeIds({ ...doc.map, nodes: frozen })).toEqual(ids);
  });

  it('are walked in the order listed, each the node its id reads, for a loaded map, a copy and an edit', () => {
    const walk = (map: WardleyMap) => {
      const seen: [string, MapNode][] = [];
      visitNodes(map, (node, id) => seen.push([id, node]));
      return seen;
    };
    const doc = startMap(30);
    expect(walk(doc.map)).toEqual(nodeIds(doc.map).map((id) => [id, nodeOf(doc.map, id)]));
    // Walked twice (the second walk reads the list the first one made): the same nodes.
    expect(walk(doc.map)).toEqual(Object.entries(doc.map.nodes));
    // A copy of the walked record with one node replaced walks its own node, not the first record's.
    const other: MapNode = { kind: 'user', name: 'Other', evolution: 0.1, visibility: 0.9 };
    const copy = { ...doc.map.nodes, n3: other };
    expect(walk({ ...doc.map, nodes: copy })).toEqual(Object.entries(copy));
    // A map an edit made is walked through its table, without making its record.
    const made = nodeRecordsMade();
    const edited = done(setSourcing(doc, 'n5', 'buy'));
    expect(walk(edited.map).map(([id, node]) => [id, node.sourcing])).toEqual(
      nodeIds(edited.map).map((id) => [id, id === 'n5' ? 'buy' : 'build']),
    );
    expect(nodeRecordsMade()).toBe(made);
  });
});
