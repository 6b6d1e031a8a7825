// Who uses each node, from one pass over the map: the plan asks this for every candidate, and a
// scan of every node per candidate made planning quadratic in the map's size.
import { objectMemo } from '../model/memo.ts';
import type { MapNode } from '../model/types.ts';

const indexes = objectMemo<ReadonlyMap<string, MapNode>, ReadonlyMap<string, readonly string[]>>('callers');

function callerIndex(nodes: ReadonlyMap<string, MapNode>): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const [id, node] of nodes) {
    for (const used of new Set(node.uses ?? [])) {
      const callers = index.get(used);
      if (callers === undefined) index.set(used, [id]);
      else callers.push(id);
    }
  }
  return index;
}

/**
 * The ids of the nodes whose `uses` name `id`, each once, in the order of `nodes`. The index is
 * kept per `nodes` object: the plan's node lookups are built once per plan and never changed.
 */
export function callersOf(nodes: ReadonlyMap<string, MapNode>, id: string): readonly string[] {
  return indexes.of(nodes, callerIndex).get(id) ?? [];
}
