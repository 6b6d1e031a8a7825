// Which old node is which new node. The same id is the same node; of the rest, a removed node
// and an added one are the same node renamed when they have the same name, or the same kind, at
// least half of their uses / used-by in common and more evidence than one shared neighbour (two
// shared neighbours, a nearby position or a similar name): an id change is not a remove plus an
// add, but an unrelated node added where another was removed is not a rename either.
//
// Linear in nodes plus links, with no table of every node: a collection of 10,000 entries costs
// several times more per entry than one of 2,000 (its storage is a large object of fresh pages),
// so only the removed and added nodes, usually few, get tables of their own.
import { nodeIds, nodeOf } from '../model/node-table.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import type { Renamed } from './model.ts';

export interface NodeMatch {
  /** Every node present in both versions: same ids in the old file's order, then renames. */
  pairs: Pair[];
  /** The new id of an old node present in both versions. */
  newIdOf: (oldId: string) => string | undefined;
  /** The id an old id has in the new version: its new id when renamed, else itself (no look-up). */
  renamedTo: (oldId: string) => string;
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

type Entry = [string, MapNode];

export function matchNodes(before: WardleyMap, after: WardleyMap): NodeMatch {
  const matching = new Matching(before, after);
  const tables = matching.linkTables();
  if (tables) {
    for (let k = 0; k < matching.common; k++) tables.add(matching.ids[k]!, matching.was[k]!, matching.now[k]!);
    matching.pairByLinks(tables);
  }
  return matching.result();
}

/**
 * A match in the making: the ids both versions have and the renames by name are found when it is
 * made; renames by links need both versions' neighbours of the removed and added nodes, read from
 * the uses of every pair (linkTables, then pairByLinks). diffMaps reads them while it compares the
 * pairs, so each node's uses are read once (at 10,000 nodes a second walk over them costs
 * several times what it does at 2,000).
 *
 * The pairs are three lists (new id, old node, new node), not an object per pair: at 10,000 nodes
 * those objects were a tenth of what a diff allocates, and alive through the young-generation
 * collections it causes, so copied by each.
 */
export class Matching {
  /** The new id of each node present in both versions: same ids in the old file's order, then renames. */
  readonly ids: string[];
  /** The old node of each of `ids`. */
  readonly was: MapNode[];
  /** The new node of each of `ids`. */
  readonly now: MapNode[];
  /** How many of the pairs are ids both versions have (the renames come after them). */
  readonly common: number;
  readonly renamed: Renamed[] = [];
  readonly #before: WardleyMap;
  readonly #old: Own;
  readonly #fresh: Own;
  readonly #renames = new Map<string, string>();
  readonly #taken = new Set<string>();

  constructor(before: WardleyMap, after: WardleyMap) {
    const newIds = nodeIds(after);
    const old = oldSide(before, after, newIds);
    this.#before = before;
    this.ids = old.ids;
    this.was = old.was;
    this.now = old.now;
    this.common = old.ids.length;
    this.#old = { only: old.only, alone: new Set(old.only.map(([id]) => id)) };
    this.#fresh = newSide(after, newIds, before, old.ids);
    this.#pairByName();
  }

  /** The new id of an old node present in both versions, as matched so far. */
  readonly newIdOf = (oldId: string): string | undefined =>
    // Only the old version's own nodes can be renamed; any other id it has is kept as it is.
    this.#old.alone.has(oldId) ? this.#renames.get(oldId) : nodeOf(this.#before, oldId) ? oldId : undefined;

  /** The id an old id has in the new version as matched so far (without renames, no look-up). */
  renamedTo(): (oldId: string) => string {
    const renames = this.#renames;
    return renames.size === 0 ? (oldId: string) => oldId : (oldId: string) => renames.get(oldId) ?? oldId;
  }

  /**
   * Tables to gather both versions' neighbours of the removed and added nodes in, `add`ing each
   * of the first `common` pairs; undefined when no removed node and added one are left to pair up
   * by links.
   */
  linkTables(): LinkTables | undefined {
    if (this.#open().length === 0 || this.#candidates().length === 0) return undefined;
    const before = neighbourTable(this.#old);
    const after = neighbourTable(this.#fresh);
    const add = (id: string, was: MapNode, now: MapNode) => {
      before.add(id, was.uses, false);
      after.add(id, now.uses, false);
    };
    return { before, after, add };
  }

  /** Pairs up removed and added nodes by links (`tables` filled from the pairs); whether any did. */
  pairByLinks(tables: LinkTables): boolean {
    for (const [id, node] of this.#fresh.only) tables.after.add(id, node.uses, true);
    // Only a removed node and an added one that has neighbours can pair up by links.
    if (tables.after.links.size === 0) return false;
    for (const [id, node] of this.#old.only) tables.before.add(id, node.uses, true);
    const links = { before: tables.before.links, after: tables.after.links };
    const paired = this.renamed.length;
    // Neighbours are compared through the ids matched so far, so run until nothing new pairs up.
    for (let progress = true; progress;) {
      progress = false;
      for (const entry of this.#open()) {
        const candidate = bestByLinks(entry[0], entry[1], this.#candidates(), links, this.newIdOf);
        if (candidate) {
          this.#pair(entry, candidate, 'links');
          progress = true;
        }
      }
    }
    return this.renamed.length > paired;
  }

  result(): NodeMatch {
    const { ids, was, now, common, newIdOf, renamed } = this;
    const pairs = ids.map((to, k): Pair => {
      const from = k < common ? to : renamed[k - common]!.from;
      return { from, to, was: was[k]!, now: now[k]! };
    });
    return { pairs, newIdOf, renamedTo: this.renamedTo(), renamed, removed: this.removed(), added: this.added() };
  }

  /** The ids of the old nodes not matched so far, in the old file's order. */
  removed(): string[] {
    return this.#open().map(([id]) => id);
  }

  /** The ids of the new nodes not matched so far, in the new file's order. */
  added(): string[] {
    return this.#candidates().map(([id]) => id);
  }

  /** Each removed node paired with the one added node of its kind and name, if there is one. */
  #pairByName(): void {
    const added = this.#fresh.only;
    if (added.length === 0) return;
    const names = added.map(([, node]) => plainName(node));
    for (const entry of this.#old.only) {
      const name = plainName(entry[1]);
      let same: Entry | undefined;
      let count = 0;
      for (let k = 0; k < added.length; k++) {
        const [id, node] = added[k]!;
        if (names[k] === name && node.kind === entry[1].kind && !this.#taken.has(id)) {
          same = added[k];
          count++;
        }
      }
      if (count === 1 && same) this.#pair(entry, same, 'name');
    }
  }

  #pair([oldId, was]: Entry, [newId, now]: Entry, by: Renamed['by']): void {
    this.#renames.set(oldId, newId);
    this.#taken.add(newId);
    this.renamed.push({ from: oldId, to: newId, name: now.name, by });
    this.ids.push(newId);
    this.was.push(was);
    this.now.push(now);
  }

  #open(): Entry[] {
    return this.#old.only.filter(([id]) => !this.#renames.has(id));
  }

  #candidates(): Entry[] {
    return this.#fresh.only.filter(([id]) => !this.#taken.has(id));
  }
}

/** The nodes only one version has, in its file order, and their ids. */
interface Own {
  only: Entry[];
  alone: Set<string>;
}

/**
 * The old version's nodes against the new one's: the ids both have (in the old file's order) with
 * each version's node, and the nodes only the old one has. The two files mostly list their common
 * ids in the same order, so a cursor over the new file's ids (`newIds`) finds each partner with
 * one read of the new record, not a membership test and a read (a look-up in a record of 10,000
 * ids costs several times one of 2,000); ids only the new file has are stepped over, and an id
 * out of order is looked up.
 */
function oldSide(before: WardleyMap, after: WardleyMap, newIds: readonly string[]) {
  const oldIds = nodeIds(before);
  // Made at their longest and cut to length: grown one push at a time, the lists' copies were
  // twice as many bytes as the lists.
  const ids = new Array<string>(oldIds.length);
  const was = new Array<MapNode>(oldIds.length);
  const now = new Array<MapNode>(oldIds.length);
  const only: Entry[] = [];
  let count = 0;
  let j = 0;
  for (const id of oldIds) {
    while (j < newIds.length && newIds[j] !== id && !nodeOf(before, newIds[j]!)) j++;
    // One of the new record's own keys: read without the prototype check of nodeOf.
    const partner = newIds[j] === id ? after.nodes[newIds[j++]!] : nodeOf(after, id);
    const node = before.nodes[id];
    // Compared with undefined and null, not tested for truth: that reads the node object (its
    // map), here a cache miss at 10,000 nodes, and it is read again when the pair is compared.
    if (node === undefined || node === null) continue;
    if (partner !== undefined && partner !== null) {
      ids[count] = id;
      was[count] = node;
      now[count++] = partner;
    } else only.push([id, node]);
  }
  ids.length = was.length = now.length = count;
  return { ids, was, now, only };
}

/**
 * The nodes only the new version has, in its file order: its ids are walked with a cursor over the
 * ids both versions have (`same`, in the old file's order), so only an id the cursor does not
 * meet is read and looked up in the old version's record.
 */
function newSide(after: WardleyMap, newIds: readonly string[], before: WardleyMap, same: readonly string[]): Own {
  const only: Entry[] = [];
  let c = 0;
  for (const id of newIds) {
    if (same[c] === id) {
      c++;
      continue;
    }
    const node = after.nodes[id];
    if (node && !nodeOf(before, id)) only.push([id, node]);
  }
  return { only, alone: new Set(only.map(([id]) => id)) };
}

/** Both versions' neighbour tables, `add` reading a pair's old and new uses (`id` both versions have). */
export interface LinkTables {
  readonly before: NeighbourTable;
  readonly after: NeighbourTable;
  add(id: string, was: MapNode, now: MapNode): void;
}

/** Neighbour sets of a version's own nodes, filled from one node's uses at a time. */
interface NeighbourTable {
  readonly links: Map<string, Set<string>>;
  /** Reads the uses of node `id`: its neighbours among the own nodes (and its own, when `alone`). */
  add(id: string, uses: readonly string[] | undefined, alone: boolean): void;
}

function neighbourTable(own: Own): NeighbourTable {
  const links = new Map<string, Set<string>>();
  const at = (id: string) => links.get(id) ?? links.set(id, new Set()).get(id)!;
  const add = (id: string, uses: readonly string[] | undefined, alone: boolean) => {
    if (uses === undefined) return;
    for (let k = 0; k < uses.length; k++) {
      const used = uses[k]!;
      if (Object.is(used, id)) continue;
      if (alone) at(id).add(used);
      if (own.alone.has(used)) at(used).add(id);
    }
  };
  return { links, add };
}

/** A node's name as renames by name compare it (with the node's kind). */
function plainName(node: MapNode): string {
  return node.name.trim().toLowerCase();
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
