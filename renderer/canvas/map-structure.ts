// The canvas's lists of node ids and `uses` links, in the node table's order. An edit that keeps
// every id in place and every node's `uses` (a drop, a re-source) keeps both lists, found by
// comparing the nodes it changed (node-table-change.ts: an edit says which; unchanged nodes keep
// their objects) without rebuilding, or walking, a large map's thousands of ids and links on
// every edit; memoized layers given the same list then skip re-rendering.
import type { WardleyMap } from '../../core/model/types.ts';
import { nodeTableChange } from '../store/node-table-change.ts';

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

/** Whether `next` holds the ids of `prev` in the same order and the same `uses` on every node. */
function sameStructure(prev: Nodes, next: Nodes): boolean {
  const { changed, sameIds } = nodeTableChange(prev, next);
  return sameIds && changed.every((id) => sameUses(prev[id]?.uses, next[id]?.uses));
}

function built(nodes: Nodes, ids: readonly string[]): MapStructure {
  const links = ids.flatMap((id) => (nodes[id]?.uses ?? []).map((to) => [id, to] as const));
  return { ids, links };
}

/** The ids and links of `nodes`; the same object as last time when neither changed. */
export function mapStructure(nodes: Nodes): MapStructure {
  const known = byNodes.get(nodes);
  if (known) return known;
  const structure = last && sameStructure(last.nodes, nodes) ? last.structure : built(nodes, Object.keys(nodes));
  byNodes.set(nodes, structure);
  last = { nodes, structure };
  return structure;
}
