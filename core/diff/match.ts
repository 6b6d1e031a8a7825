// Which old node is which new node. The same id is the same node; of the rest, a removed node
// and an added one are the same node renamed when they have the same name, or the same kind, at
// least half of their uses / used-by in common and more evidence than one shared neighbour (two
// shared neighbours, a nearby position or a similar name): an id change is not a remove plus an
// add, but an unrelated node added where another was removed is not a rename either.
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
  const links = { before: neighbourTable(before), after: neighbourTable(after) };
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
      const candidate = bestByLinks(oldId, oldNode, added, links, oldToNew);
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

interface Links {
  before: ReadonlyMap<string, Set<string>>;
  after: ReadonlyMap<string, Set<string>>;
}

function bestByLinks(
  oldId: string,
  oldNode: MapNode,
  added: [string, MapNode][],
  links: Links,
  oldToNew: ReadonlyMap<string, string>,
): string | undefined {
  const translated = [...(links.before.get(oldId) ?? [])].map((id) => oldToNew.get(id));
  const oldNeighbours = new Set(translated.filter((id): id is string => id !== undefined));
  if (oldNeighbours.size === 0) return undefined;
  let best: { id: string; common: number } | undefined;
  let tied = false;
  for (const [newId, newNode] of added) {
    if (newNode.kind !== oldNode.kind) continue;
    const newNeighbours = links.after.get(newId) ?? new Set<string>();
    const common = [...newNeighbours].filter((id) => oldNeighbours.has(id)).length;
    const needed = Math.max(oldNeighbours.size, newNeighbours.size) / 2;
    if (common === 0 || common < needed) continue;
    if (common < 2 && !nearby(oldNode, newNode) && !similarName(oldNode, newNode)) continue;
    if (best && common === best.common) tied = true;
    else if (!best || common > best.common) {
      best = { id: newId, common };
      tied = false;
    }
  }
  return tied ? undefined : best?.id;
}

function nearby(a: MapNode, b: MapNode): boolean {
  return Math.abs(a.evolution - b.evolution) <= 0.1 && Math.abs(a.visibility - b.visibility) <= 0.1;
}

/** Names that share a word of three or more letters ("Billing" / "Billing service"). */
function similarName(a: MapNode, b: MapNode): boolean {
  const words = (n: MapNode) =>
    new Set(
      n.name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 3),
    );
  const other = words(b);
  return [...words(a)].some((w) => other.has(w));
}

/** For each node, the ids it uses and the ids that use it. */
function neighbourTable(map: WardleyMap): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>();
  const at = (id: string) => table.get(id) ?? table.set(id, new Set()).get(id)!;
  for (const [id, node] of nodeEntries(map)) {
    for (const used of node.uses ?? []) {
      if (used === id) continue;
      at(id).add(used);
      at(used).add(id);
    }
  }
  return table;
}
