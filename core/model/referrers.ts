// Who refers to each node: the ids whose `uses` or `inside` name it. A rename or a removal rewrites
// only those nodes, and checks only those references; without this index every node of the map
// would be read on each such edit. Built once for a node record and handed on to the record an
// edit makes from it: the edit moves the index (updated for the nodes it wrote), so the record
// before gives it up and builds it again only if it is ever edited again (after an undo).
import type { MapNode } from './types.ts';

type Nodes = Readonly<Record<string, MapNode | undefined>>;
type Index = Map<string, Set<string>>;

const indexes = new WeakMap<Nodes, Index>();
const NONE: ReadonlySet<string> = new Set();

/** The ids of the nodes of `nodes` whose `uses` or `inside` name `id` (in no particular order). */
export function referrersOf(nodes: Nodes, id: string): ReadonlySet<string> {
  return indexOf(nodes).get(id) ?? NONE;
}

/**
 * Hands the index of `before` (if built) on to `after`, the record an edit made from it: the ids
 * in `written` are the nodes the edit wrote, took away or added (under their ids before and after);
 * every other node is the same object in both records, so its references are as they were.
 */
export function handOnReferrers(
  before: Nodes,
  after: Nodes,
  written: { before: Iterable<string>; after: Iterable<string> },
): void {
  const index = indexes.get(before);
  if (!index || before === after) return;
  indexes.delete(before);
  for (const id of written.before) {
    const node = Object.hasOwn(before, id) ? before[id] : undefined;
    if (node) forEachTarget(node, (target) => dropReferrer(index, target, id));
  }
  for (const id of written.after) {
    const node = Object.hasOwn(after, id) ? after[id] : undefined;
    if (node) forEachTarget(node, (target) => addReferrer(index, target, id));
  }
  indexes.set(after, index);
}

function indexOf(nodes: Nodes): Index {
  let index = indexes.get(nodes);
  if (!index) {
    const built: Index = new Map();
    for (const id in nodes) {
      const node = nodes[id];
      if (node) forEachTarget(node, (target) => addReferrer(built, target, id));
    }
    index = built;
    indexes.set(nodes, index);
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
