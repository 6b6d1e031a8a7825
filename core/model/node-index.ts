// Where each node id sits in the `nodes` mapping, so an edit finds the few pairs it changes
// without reading every key. Built once for a mapping and handed on to the mapping an edit makes
// when the ids and their order stay (a move, a field, a link): such an edit then costs what it
// changes, not a pass over the map.
import { isScalar, type Pair, type YAMLMap } from 'yaml';
import { LayeredMap } from './layered-map.ts';

const indexes = new WeakMap<YAMLMap, ReadonlyMap<string, number>>();

/** Each id's position, or undefined when some key is not a plain id or appears twice. */
export function nodePositions(nodes: YAMLMap): ReadonlyMap<string, number> | undefined {
  let index = indexes.get(nodes);
  if (!index) {
    const built = new Map<string, number>();
    nodes.items.forEach((pair, i) => {
      const key = (pair as Pair).key;
      if (isScalar(key)) built.set(String(key.value), i);
    });
    index = built;
    indexes.set(nodes, index);
  }
  return index.size === nodes.items.length ? index : undefined;
}

/** `to` has the same keys as `from`, in the same order. */
export function keepNodePositions(from: YAMLMap, to: YAMLMap): void {
  const index = indexes.get(from);
  if (index) indexes.set(to, index);
}

/** `to` has the keys of `from` in the same order, some renamed (`renamed`: old id → new id). */
export function renamedNodePositions(from: YAMLMap, to: YAMLMap, renamed: ReadonlyMap<string, string>): void {
  const index = indexes.get(from);
  if (!index) return;
  // Layered over the index of `from`, which may be shared with the mappings before it.
  const changes = new Map<string, number | undefined>();
  for (const old of renamed.keys()) changes.set(old, undefined);
  for (const [old, id] of renamed) {
    const at = index.get(old);
    if (at === undefined) return;
    changes.set(id, at);
  }
  indexes.set(to, LayeredMap.changed(index, changes));
}
