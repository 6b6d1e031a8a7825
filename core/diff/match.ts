// Which old node is which new node. The same id is the same node; of the rest, a removed node
// and an added one are the same node renamed when they have the same name, or the same kind, at
// least half of their uses / used-by in common and more evidence than one shared neighbour (two
// shared neighbours, a nearby position or a similar name): an id change is not a remove plus an
// add, but an unrelated node added where another was removed is not a rename either.
//
// Linear in nodes plus links, with no table of every node: a collection of 10,000 entries costs
// several times more per entry than one of 2,000 (its storage is a large object of fresh pages),
// so only the removed and added nodes, usually few, get tables of their own.
import type { MapNode, WardleyMap } from '../model/types.ts';
import type { Renamed } from './model.ts';

export interface NodeMatch {
  /** Every node present in both versions: same ids in the old file's order, then renames. */
  pairs: Pair[];
  /** The new id of an old node present in both versions. */
  newIdOf: (oldId: string) => string | undefined;
  renamed: Renamed[];
  removed: string[];
  added: string[];
}

export interface Pair {
  from: string;
  to: string;
  was: MapNode;
  now: MapNode;
}

/** The node of `map` with that id; never an Object.prototype member (`constructor`, `toString`). */
export function nodeOf(map: WardleyMap, id: string): MapNode | undefined {
  return Object.hasOwn(map.nodes, id) ? map.nodes[id] : undefined;
}

type Entry = [string, MapNode];

export function matchNodes(before: WardleyMap, after: WardleyMap): NodeMatch {
  const old = oneSide(before, after);
  const fresh = oneSide(after, before);
  const pairs = old.same.map((id, k): Pair => ({ from: id, to: id, was: old.present[k]!, now: old.partners[k]! }));
  const renames = new Map<string, string>();
  // Only the old version's own nodes can be renamed; any other id it has is kept as it is.
  const newIdOf = (oldId: string) =>
    old.alone.has(oldId) ? renames.get(oldId) : nodeOf(before, oldId) ? oldId : undefined;
  const taken = new Set<string>();
  const renamed: Renamed[] = [];
  const pair = ([oldId, was]: Entry, [newId, now]: Entry, by: Renamed['by']) => {
    renames.set(oldId, newId);
    taken.add(newId);
    renamed.push({ from: oldId, to: newId, name: now.name, by });
    pairs.push({ from: oldId, to: newId, was, now });
  };
  const open = () => old.only.filter(([id]) => !renames.has(id));
  const candidates = () => fresh.only.filter(([id]) => !taken.has(id));
  for (const entry of old.only) {
    const same = candidates().filter(([, n]) => sameName(n, entry[1]));
    const [only] = same;
    if (same.length === 1 && only) pair(entry, only, 'name');
  }
  const links = { before: old.links, after: fresh.links };
  // Neighbours are compared through the ids matched so far, so run until nothing new pairs up.
  for (let progress = true; progress;) {
    progress = false;
    for (const entry of open()) {
      const candidate = bestByLinks(entry[0], entry[1], candidates(), links, newIdOf);
      if (candidate) {
        pair(entry, candidate, 'links');
        progress = true;
      }
    }
  }
  const idsOf = (entries: Entry[]) => entries.map(([id]) => id);
  return { pairs, newIdOf, renamed, removed: idsOf(open()), added: idsOf(candidates()) };
}

/**
 * One version's nodes against the other's: the ids both have (in file order) with this version's
 * node and the other's (one look-up per id in each record), the nodes only this one has, and their
 * neighbours (the ids each uses and the ids that use it). Neighbours are read for those nodes only,
 * so a use is looked for among them, not in the other version's record (a look-up in a record of
 * 10,000 ids costs several times one in a small Set).
 */
function oneSide(map: WardleyMap, other: WardleyMap) {
  const same: string[] = [];
  const present: MapNode[] = [];
  const partners: MapNode[] = [];
  const only: Entry[] = [];
  const nodes = map.nodes;
  for (const id of Object.keys(nodes)) {
    const node = nodes[id];
    if (!node) continue;
    const partner = nodeOf(other, id);
    if (partner) {
      same.push(id);
      present.push(node);
      partners.push(partner);
    } else only.push([id, node]);
  }
  const alone = new Set(only.map(([id]) => id));
  const links = new Map<string, Set<string>>();
  const at = (id: string) => links.get(id) ?? links.set(id, new Set()).get(id)!;
  const addUses = (id: string, node: MapNode) => {
    for (const used of node.uses ?? []) {
      if (used === id) continue;
      if (alone.has(id)) at(id).add(used);
      if (alone.has(used)) at(used).add(id);
    }
  };
  present.forEach((node, k) => addUses(same[k] as string, node));
  for (const [id, node] of only) addUses(id, node);
  return { same, present, partners, only, alone, links };
}

function sameName(a: MapNode, b: MapNode): boolean {
  return a.kind === b.kind && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

interface Links {
  /** The neighbours of each node only the old version has. */
  before: ReadonlyMap<string, Set<string>>;
  /** The neighbours of each node only the new version has. */
  after: ReadonlyMap<string, Set<string>>;
}

function bestByLinks(
  oldId: string,
  oldNode: MapNode,
  added: Entry[],
  links: Links,
  newIdOf: (oldId: string) => string | undefined,
): Entry | undefined {
  const translated = [...(links.before.get(oldId) ?? [])].map(newIdOf);
  const oldNeighbours = new Set(translated.filter((id): id is string => id !== undefined));
  if (oldNeighbours.size === 0) return undefined;
  let best: { entry: Entry; common: number } | undefined;
  let tied = false;
  for (const entry of added) {
    const [newId, newNode] = entry;
    if (newNode.kind !== oldNode.kind) continue;
    const newNeighbours = links.after.get(newId) ?? new Set<string>();
    const common = [...newNeighbours].filter((id) => oldNeighbours.has(id)).length;
    const needed = Math.max(oldNeighbours.size, newNeighbours.size) / 2;
    if (common === 0 || common < needed) continue;
    if (common < 2 && !nearby(oldNode, newNode) && !similarName(oldNode, newNode)) continue;
    if (best && common === best.common) tied = true;
    else if (!best || common > best.common) {
      best = { entry, common };
      tied = false;
    }
  }
  return tied ? undefined : best?.entry;
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
