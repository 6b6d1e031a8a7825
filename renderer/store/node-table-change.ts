// What changed between two node tables of the map, worked out once per pair. Edits keep the
// object of every node they did not touch, so a node changed when its object did. After each edit
// the store's listeners (node views, link layer, label layout) and the inspector's choices all ask
// this of the same two tables: one walk over a large map's thousands of ids serves them all. Two
// tables an edit made one from the other need no walk: the edit says which nodes it wrote
// (core/model/node-table.ts), so an edit costs the listeners what it changed, not the map's size.
import { mapNodesChange, nodeOf, nodeTableKey, recordChange } from '../../core/model/node-table.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';

type Nodes = WardleyMap['nodes'];

export interface NodeTableChange {
  /** Ids whose node object differs: changed and new ones in the new table's order, then removed ones. */
  readonly changed: readonly string[];
  /** Whether both tables hold the same ids in the same order (nodes themselves may differ). */
  readonly sameIds: boolean;
  /** How many nodes the new table holds. */
  readonly size: number;
}

/** The change from each table to the table it was last compared with. */
const known = new WeakMap<Nodes, { next: Nodes; change: NodeTableChange }>();

function compared(prev: Nodes, next: Nodes): NodeTableChange {
  const before = Object.keys(prev);
  const after = Object.keys(next);
  let sameIds = before.length === after.length;
  const changed: string[] = [];
  for (let i = 0; i < after.length; i++) {
    const id = after[i] as string;
    if (sameIds && before[i] !== id) sameIds = false;
    if (!Object.hasOwn(prev, id) || prev[id] !== next[id]) changed.push(id);
  }
  if (!sameIds) for (const id of before) if (!Object.hasOwn(next, id)) changed.push(id);
  return { changed, sameIds, size: after.length };
}

/** The change from `prev` to `next`; asked again for the same pair, the same answer without a walk. */
export function nodeTableChange(prev: Nodes, next: Nodes): NodeTableChange {
  const last = known.get(prev);
  if (last?.next === next) return last.change;
  const change = recordChange(prev, next) ?? compared(prev, next);
  known.set(prev, { next, change });
  return change;
}

/** The change from each map's nodes (by table) to those it was last compared with. */
const knownTables = new WeakMap<object, { next: object; change: NodeTableChange }>();

/**
 * The change from `prev`'s nodes to `next`'s, as nodeTableChange tells it; when an edit made one
 * map's table from the other's, without making either map's `nodes` record (an edit on a large
 * map must not cost a record of its every node).
 */
export function mapNodeChange(prev: WardleyMap, next: WardleyMap): NodeTableChange {
  const before = nodeTableKey(prev);
  const after = nodeTableKey(next);
  const last = knownTables.get(before);
  if (last?.next === after) return last.change;
  const change = mapNodesChange(prev, next) ?? nodeTableChange(prev.nodes, next.nodes);
  knownTables.set(before, { next: after, change });
  return change;
}

/** A node's fields other than its place; lists compare by value (an edit writes them anew). */
export function samePlaceAside(a: MapNode, b: MapNode): boolean {
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((key) => {
    if (key === 'evolution' || key === 'visibility') return true;
    const x: unknown = Reflect.get(a, key);
    const y: unknown = Reflect.get(b, key);
    return x === y || (typeof x === 'object' && JSON.stringify(x) === JSON.stringify(y));
  });
}

/**
 * Whether `next` is `prev` with some nodes moved and nothing else changed (a drop, a nudge): what
 * does not depend on where nodes sit (the facade's path table) can then be kept.
 */
export function onlyMoved(prev: WardleyMap, next: WardleyMap): boolean {
  if (prev === next) return true;
  const keys = Object.keys(next) as (keyof WardleyMap)[];
  if (keys.length !== Object.keys(prev).length) return false;
  if (keys.some((key) => key !== 'nodes' && prev[key] !== next[key])) return false;
  const { changed, sameIds } = mapNodeChange(prev, next);
  if (!sameIds) return false;
  return changed.every((id) => {
    const a = nodeOf(prev, id);
    const b = nodeOf(next, id);
    return a !== undefined && b !== undefined && samePlaceAside(a, b);
  });
}
