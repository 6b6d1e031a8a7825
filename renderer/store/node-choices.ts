// What the inspector's choices of other nodes (Inside, Uses) are made of: each node's id, name and
// kind. A drop or a text edit changes a node's object but seldom its name or kind, so the list
// keeps its reference across such edits and the selects' options (thousands on a large map) are
// not filtered and compared again. Maps are read through their node tables: an edit on a large map
// makes no record of its every node for the choices.
import { nodeIds, nodeOf, nodeTableKey } from '../../core/model/node-table.ts';
import type { MapNode, NodeKind, WardleyMap } from '../../core/model/types.ts';
import { mapNodeChange } from './node-table-change.ts';

export type NodeChoice = readonly [id: string, name: string, kind: NodeKind];

const byTable = new WeakMap<object, readonly NodeChoice[]>();
let last: { map: WardleyMap; choices: readonly NodeChoice[] } | null = null;

/** Whether `next` has `prev`'s ids in its order and only nodes of the same name and kind changed. */
export function sameChoices(prev: WardleyMap, next: WardleyMap): boolean {
  const { changed, sameIds } = mapNodeChange(prev, next);
  if (!sameIds) return false;
  return changed.every((id) => {
    const a = nodeOf(prev, id);
    const b = nodeOf(next, id);
    return a !== undefined && b !== undefined && a.name === b.name && a.kind === b.kind;
  });
}

/** Every node of `map` as [id, name, kind], in the table's order; the same list while those stay the same. */
export function nodeChoices(map: WardleyMap): readonly NodeChoice[] {
  const key = nodeTableKey(map);
  const known = byTable.get(key);
  if (known) return known;
  const choices =
    last && sameChoices(last.map, map)
      ? last.choices
      : nodeIds(map).map((id) => {
          const node = nodeOf(map, id) as MapNode;
          return [id, node.name, node.kind] as const;
        });
  byTable.set(key, choices);
  last = { map, choices };
  return choices;
}

const NONE: readonly NodeChoice[] = [];

/** The choices of the map on screen, for a store selector: the same list while they stay the same. */
export function choicesOf(map: WardleyMap | undefined): readonly NodeChoice[] {
  return map ? nodeChoices(map) : NONE;
}
