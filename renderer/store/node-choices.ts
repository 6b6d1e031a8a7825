// What the inspector's choices of other nodes (Inside, Uses) are made of: each node's id, name and
// kind. A drop or a text edit changes a node's object but seldom its name or kind, so the list
// keeps its reference across such edits and the selects' options (thousands on a large map) are
// not filtered and compared again.
import type { MapNode, NodeKind, WardleyMap } from '../../core/model/types.ts';

export type NodeChoice = readonly [id: string, name: string, kind: NodeKind];

type Nodes = WardleyMap['nodes'];

const byNodes = new WeakMap<Nodes, readonly NodeChoice[]>();
let last: { nodes: Nodes; choices: readonly NodeChoice[] } | null = null;

function sameChoices(prev: Nodes, next: Nodes, ids: readonly string[]): boolean {
  if (ids.length !== Object.keys(prev).length) return false;
  return ids.every((id) => {
    const a = prev[id];
    const b = next[id];
    return a === b || (a !== undefined && b !== undefined && a.name === b.name && a.kind === b.kind);
  });
}

/** Every node as [id, name, kind], in the table's order; the same list while those stay the same. */
export function nodeChoices(nodes: Nodes): readonly NodeChoice[] {
  const known = byNodes.get(nodes);
  if (known) return known;
  const ids = Object.keys(nodes);
  const choices =
    last && sameChoices(last.nodes, nodes, ids)
      ? last.choices
      : ids.map((id) => {
          const node = nodes[id] as MapNode;
          return [id, node.name, node.kind] as const;
        });
  byNodes.set(nodes, choices);
  last = { nodes, choices };
  return choices;
}
