// Which old node is which new node. The same id is the same node; of the rest, a removed node
// and an added one are the same node renamed when they have the same name, or the same kind and
// at least half of their uses / used-by in common (an id change is not a remove plus an add).
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries, nodeIndex } from '../model/types.ts';
import type { Renamed } from './model.ts';

export interface NodeMatch {
  /** Old id → new id, for every node present in both versions. */
  oldToNew: Map<string, string>;
  renamed: Renamed[];
  removed: string[];
  added: string[];
}

export function matchNodes(before: WardleyMap, after: WardleyMap): NodeMatch {
  const afterIndex = nodeIndex(after);
  const beforeIndex = nodeIndex(before);
  const oldToNew = new Map<string, string>();
  for (const [id] of nodeEntries(before)) if (afterIndex.has(id)) oldToNew.set(id, id);
  let removed = nodeEntries(before).filter(([id]) => !afterIndex.has(id));
  let added = nodeEntries(after).filter(([id]) => !beforeIndex.has(id));
  const renamed: Renamed[] = [];
  const pair = (oldId: string, newId: string, by: Renamed['by']) => {
    oldToNew.set(oldId, newId);
    renamed.push({ from: oldId, to: newId, name: afterIndex.get(newId)?.name ?? newId, by });
    removed = removed.filter(([id]) => id !== oldId);
    added = added.filter(([id]) => id !== newId);
  };
  for (const [oldId, oldNode] of [...removed]) {
    const same = added.filter(([, n]) => sameName(n, oldNode));
    const [only] = same;
    if (same.length === 1 && only) pair(oldId, only[0], 'name');
  }
  // Neighbours are compared through the ids matched so far, so run until nothing new pairs up.
  for (let progress = true; progress;) {
    progress = false;
    for (const [oldId, oldNode] of [...removed]) {
      const candidate = bestByLinks(oldId, oldNode, added, before, after, oldToNew);
      if (candidate !== undefined) {
        pair(oldId, candidate, 'links');
        progress = true;
      }
    }
  }
  return { oldToNew, renamed, removed: removed.map(([id]) => id), added: added.map(([id]) => id) };
}

function sameName(a: MapNode, b: MapNode): boolean {
  return a.kind === b.kind && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

function bestByLinks(
  oldId: string,
  oldNode: MapNode,
  added: [string, MapNode][],
  before: WardleyMap,
  after: WardleyMap,
  oldToNew: ReadonlyMap<string, string>,
): string | undefined {
  const translated = [...neighbours(before, oldId)].map((id) => oldToNew.get(id));
  const oldNeighbours = new Set(translated.filter((id): id is string => id !== undefined));
  if (oldNeighbours.size === 0) return undefined;
  let best: { id: string; common: number } | undefined;
  for (const [newId, newNode] of added) {
    if (newNode.kind !== oldNode.kind) continue;
    const newNeighbours = neighbours(after, newId);
    const common = [...newNeighbours].filter((id) => oldNeighbours.has(id)).length;
    const needed = Math.max(oldNeighbours.size, newNeighbours.size) / 2;
    if (common > 0 && common >= needed && (!best || common > best.common)) best = { id: newId, common };
  }
  return best?.id;
}

/** Ids the node uses and ids that use it. */
function neighbours(map: WardleyMap, id: string): Set<string> {
  const out = new Set(nodeIndex(map).get(id)?.uses ?? []);
  for (const [other, node] of nodeEntries(map)) if (node.uses?.includes(id)) out.add(other);
  out.delete(id);
  return out;
}
