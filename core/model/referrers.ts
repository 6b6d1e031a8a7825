// Who refers to each node: the ids whose `uses` or `inside` name it. A rename or a removal rewrites
// only those nodes, and checks only those references; without this index every node of the map
// would be read on each such edit. Built once for a node record and handed on to the record an
// edit makes from it: the edit moves the index (updated for the nodes it wrote), so the record
// before gives it up and builds it again only if it is ever edited again (after an undo).
import { nodeIds, nodeOf, nodeTableKey } from './node-table.ts';
import type { MapNode, WardleyMap } from './types.ts';

type Index = Map<string, Set<string>>;

// Keyed by the map's node table (node-table.ts), which maps sharing their nodes share.
const indexes = new WeakMap<object, Index>();
const NONE: ReadonlySet<string> = new Set();

/** The ids of the nodes of `map` whose `uses` or `inside` name `id` (in no particular order). */
export function referrersOf(map: WardleyMap, id: string): ReadonlySet<string> {
  return indexOf(map).get(id) ?? NONE;
}

/**
 * Hands the index of `before` (if built) on to `after`, the record an edit made from it: the ids
 * in `written` are the nodes the edit wrote, took away or added (under their ids before and after);
 * every other node is the same object in both maps, so its references are as they were.
 */
export function handOnReferrers(
  before: WardleyMap,
  after: WardleyMap,
  written: { before: Iterable<string>; after: Iterable<string> },
): void {
  const from = nodeTableKey(before);
  const to = nodeTableKey(after);
  const index = indexes.get(from);
  if (!index || from === to) return;
  indexes.delete(from);
  for (const id of written.before) {
    const node = nodeOf(before, id);
    if (node) forEachTarget(node, (target) => dropReferrer(index, target, id));
  }
  for (const id of written.after) {
    const node = nodeOf(after, id);
    if (node) forEachTarget(node, (target) => addReferrer(index, target, id));
  }
  indexes.set(to, index);
}

function indexOf(map: WardleyMap): Index {
  const key = nodeTableKey(map);
  let index = indexes.get(key);
  if (!index) {
    const built: Index = new Map();
    for (const id of nodeIds(map)) {
      const node = nodeOf(map, id);
      if (node) forEachTarget(node, (target) => addReferrer(built, target, id));
    }
    index = built;
    indexes.set(key, index);
  }
  return index;
}

function forEachTarget(node: MapNode, visit: (target: string) => void): void {
  const uses = node.uses;
  if (Array.isArray(uses)) for (const target of uses) if (typeof target === 'string') visit(target);
  if (typeof node.inside === 'string') visit(node.inside);
}

function addReferrer(index: Index, target: string, id: string): void {
  const set = index.get(target);
  if (set) set.add(id);
  else index.set(target, new Set([id]));
}

function dropReferrer(index: Index, target: string, id: string): void {
  const set = index.get(target);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) index.delete(target);
}
