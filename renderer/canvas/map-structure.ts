// The canvas's lists of node ids and `uses` links, in the node table's order. An edit that keeps
// every id in place and every node's `uses` (a drop, a re-source) keeps both lists, found by
// comparing the nodes it changed (node-table-change.ts: an edit says which; unchanged nodes keep
// their objects) without rebuilding, or walking, a large map's thousands of ids and links on
// every edit; memoized layers given the same list then skip re-rendering. Maps are read through
// their node table (core/model/node-table.ts), never their `nodes` record: an edit's map makes
// that record, a key per node, only when something reads it.
import { mapNodeChange } from '../store/node-table-change.ts';
import { nodeIds, nodeOf, nodeTableKey } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';

export interface MapStructure {
  ids: readonly string[];
  links: readonly (readonly [from: string, to: string])[];
}

/** Structures by the maps' node tables (nodeTableKey). */
const byNodes = new WeakMap<object, MapStructure>();
let last: { map: WardleyMap; structure: MapStructure } | null = null;

function sameUses(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((to, i) => to === y[i]);
}

/** Whether `next` holds the ids of `prev` in the same order and the same `uses` on every node. */
function sameStructure(prev: WardleyMap, next: WardleyMap): boolean {
  const { changed, sameIds } = mapNodeChange(prev, next);
  return sameIds && changed.every((id) => sameUses(nodeOf(prev, id)?.uses, nodeOf(next, id)?.uses));
}

function built(map: WardleyMap): MapStructure {
  const ids = nodeIds(map);
  const links = ids.flatMap((id) => (nodeOf(map, id)?.uses ?? []).map((to) => [id, to] as const));
  return { ids, links };
}

/** The ids and links of `map`'s nodes; the same object as last time when neither changed. */
export function mapStructure(map: WardleyMap): MapStructure {
  const key = nodeTableKey(map);
  const known = byNodes.get(key);
  if (known) return known;
  const structure = last && sameStructure(last.map, map) ? last.structure : built(map);
  byNodes.set(key, structure);
  last = { map, structure };
  return structure;
}
