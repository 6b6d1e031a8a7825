// The canvas's lists of node ids and `uses` links, in the node table's order. An edit that keeps
// every id in place and every node's `uses` (a drop, a rename) keeps both lists, found by
// comparing node objects (unchanged nodes keep theirs) without rebuilding a large map's thousands
// of links on every edit; memoized layers given the same list then skip re-rendering.
import type { WardleyMap } from '../../core/model/types.ts';

type Nodes = WardleyMap['nodes'];

export interface MapStructure {
  ids: readonly string[];
  links: readonly (readonly [from: string, to: string])[];
}

const byNodes = new WeakMap<Nodes, MapStructure>();
let last: { nodes: Nodes; structure: MapStructure } | null = null;

function sameUses(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((to, i) => to === y[i]);
}

function sameStructure(prev: Nodes, known: readonly string[], next: Nodes, ids: readonly string[]): boolean {
  if (ids.length !== known.length) return false;
  return ids.every((id, i) => {
    if (known[i] !== id) return false;
    const a = prev[id];
    const b = next[id];
    return a === b || sameUses(a?.uses, b?.uses);
  });
}

function built(nodes: Nodes, ids: readonly string[]): MapStructure {
  const links = ids.flatMap((id) => (nodes[id]?.uses ?? []).map((to) => [id, to] as const));
  return { ids, links };
}

/** The ids and links of `nodes`; the same object as last time when neither changed. */
export function mapStructure(nodes: Nodes): MapStructure {
  const known = byNodes.get(nodes);
  if (known) return known;
  const ids = Object.keys(nodes);
  const structure =
    last && sameStructure(last.nodes, last.structure.ids, nodes, ids) ? last.structure : built(nodes, ids);
  byNodes.set(nodes, structure);
  last = { nodes, structure };
  return structure;
}
