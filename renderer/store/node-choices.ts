// What the inspector's choices of other nodes (Inside, Uses) are made of: each node's id, name and
// kind. A drop or a text edit changes a node's object but seldom its name or kind, so the list
// keeps its reference across such edits and the selects' options (thousands on a large map) are
// not filtered and compared again.
import type { MapNode, NodeKind, WardleyMap } from '../../core/model/types.ts';
import { nodeTableChange } from './node-table-change.ts';

export type NodeChoice = readonly [id: string, name: string, kind: NodeKind];

type Nodes = WardleyMap['nodes'];

const byNodes = new WeakMap<Nodes, readonly NodeChoice[]>();
let last: { nodes: Nodes; choices: readonly NodeChoice[] } | null = null;

/** Whether `next` has `prev`'s ids in its order and only nodes of the same name and kind changed. */
function sameChoices(prev: Nodes, next: Nodes): boolean {
  const { changed, sameIds } = nodeTableChange(prev, next);
  if (!sameIds) return false;
  return changed.every((id) => {
    const a = prev[id];
    const b = next[id];
    return a !== undefined && b !== undefined && a.name === b.name && a.kind === b.kind;
  });
}

/** Every node as [id, name, kind], in the table's order; the same list while those stay the same. */
export function nodeChoices(nodes: Nodes): readonly NodeChoice[] {
  const known = byNodes.get(nodes);
  if (known) return known;
  const choices =
    last && sameChoices(last.nodes, nodes)
      ? last.choices
      : Object.keys(nodes).map((id) => {
          const node = nodes[id] as MapNode;
          return [id, node.name, node.kind] as const;
        });
  byNodes.set(nodes, choices);
  last = { nodes, choices };
  return choices;
}

const NONE: readonly NodeChoice[] = [];

/** The choices of the map on screen, for a store selector: the same list while they stay the same. */
export function choicesOf(nodes: Nodes | undefined): readonly NodeChoice[] {
  return nodes ? nodeChoices(nodes) : NONE;
}
