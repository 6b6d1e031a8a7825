// Undo keeps up to 500 documents. Each holds its own `map.nodes` record: for a 2,000-node map that
// record alone is ~95 kB, though an edit changes one or two of its entries. A document put aside
// in history drops its record and keeps only what differs from a neighbour it will be reached
// from (the next document for undo, the previous one for redo); the record is rebuilt, with the
// same node objects in the same order, the first time the document's map is read again once
// nothing else holds the old one.
import type { MapDocument } from '../format/parse.ts';
import { dropLineIndex } from './line-index.ts';
import { dropNodesRecord, nodeIds, nodeOf, nodesPending } from './node-table.ts';
import type { MapNode, WardleyMap } from './types.ts';

interface NodesDelta {
  /** Ids whose node object differs from the neighbour's (or that the neighbour lacks). */
  readonly own: ReadonlyMap<string, MapNode>;
  /** The ids in order, kept only when they are not the neighbour's ids in the neighbour's order. */
  readonly order: readonly string[] | undefined;
}

/**
 * Lets `resting`'s node record be rebuilt from `neighbour` instead of kept. `neighbour` must keep
 * its own map while `resting` rests: history passes the document that becomes current.
 */
export function restAgainst(resting: MapDocument, neighbour: MapDocument): void {
  if (resting === neighbour) return;
  holdMap(neighbour);
  dropLineIndex(resting);
  // A map an edit made keeps its nodes in a table shared with its neighbours: only its record goes.
  if (dropNodesRecord(resting.map)) return;
  // Worked out in a function of its own: the getter below must not keep the old map alive.
  const { fields, delta } = restingPlan(resting.map, neighbour.map);
  let from: MapDocument | undefined = neighbour;
  // While something else still holds the old map or its node record (the store's listeners
  // comparing the maps before and after an edit, the canvas's labels keyed by node record), they
  // are given back themselves: a rebuilt record read there looked like another map's, and a
  // 2,000-node canvas redrew every node after each edit. Held weakly, so resting still frees them.
  const heldMap = new WeakRef(resting.map);
  const heldNodes = new WeakRef(resting.map.nodes);
  Object.defineProperty(resting, 'map', {
    configurable: true,
    enumerable: true,
    get(): WardleyMap {
      const map = heldMap.deref();
      if (map) return map;
      const nodes = heldNodes.deref();
      if (nodes) return mapWith(fields, nodes);
      const rebuilt = mapWith(fields, rebuiltNodes(delta, (from as MapDocument).map));
      from = undefined;
      Object.defineProperty(resting, 'map', { configurable: true, enumerable: true, writable: false, value: rebuilt });
      return rebuilt;
    },
  });
}

/**
 * Makes a resting document hold its own map again: one given back by undo or redo (it may still
 * rest, its map kept by a holder, see restAgainst) becomes the one others rest against.
 */
export function holdMap(document: MapDocument): void {
  if (!isResting(document)) return;
  const map = document.map;
  Object.defineProperty(document, 'map', { configurable: true, enumerable: true, writable: false, value: map });
}

function restingPlan(map: WardleyMap, other: WardleyMap): { fields: [string, unknown][]; delta: NodesDelta } {
  const record = map as unknown as Record<string, unknown>;
  const fields = Object.keys(record).map((key): [string, unknown] => [key, key === 'nodes' ? undefined : record[key]]);
  return { fields, delta: deltaFrom(map.nodes, other) };
}

/** True while a document's node record is not held (for the bench and tests). */
export function isResting(document: MapDocument): boolean {
  if (typeof Object.getOwnPropertyDescriptor(document, 'map')?.get === 'function') return true;
  return nodesPending(document.map);
}

// Read through the neighbour's table (node-table.ts): its record may not have been made.
function deltaFrom(nodes: WardleyMap['nodes'], other: WardleyMap): NodesDelta {
  const ids = Object.keys(nodes);
  const otherIds = nodeIds(other);
  const own = new Map<string, MapNode>();
  for (const id of ids) {
    const node = nodes[id] as MapNode;
    if (nodeOf(other, id) !== node) own.set(id, node);
  }
  const sameOrder = ids.length === otherIds.length && ids.every((id, i) => id === otherIds[i]);
  return { own, order: sameOrder ? undefined : ids };
}

function rebuiltNodes(delta: NodesDelta, other: WardleyMap): WardleyMap['nodes'] {
  const nodes: WardleyMap['nodes'] = {};
  for (const id of delta.order ?? nodeIds(other)) nodes[id] = delta.own.get(id) ?? (nodeOf(other, id) as MapNode);
  return nodes;
}

// The map's own keys in their order, so a rebuilt map lists its fields as the original did.
function mapWith(fields: readonly [string, unknown][], nodes: WardleyMap['nodes']): WardleyMap {
  const map: Record<string, unknown> = {};
  for (const [key, value] of fields) map[key] = key === 'nodes' ? nodes : value;
  return map as unknown as WardleyMap;
}
