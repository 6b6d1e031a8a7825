// The groups of nodes whose names have the same key (names.ts), found without a Map of every name
// and without making a key string per name. At 10,000 nodes a Map of every key cost far more per
// entry than one of 2,000, and so did the look-ups in the cache of keys. An ASCII name's key (its
// letters and digits, lowercased) is hashed as it is read; any other name's key is made as before.
// Nodes are grouped in an Int32Array hash table: names whose keys hash alike are told apart by
// their keys, made only then. The table reads as the Map of groups the rule kept before.
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../model/string-hash.ts';
import type { MapNode } from '../model/types.ts';
import { ReadOnlyLookup } from './lookup.ts';

// Keys of names seen before: the rule runs over every name after each edit that renames a node,
// and normalising is most of its cost. Bounded, so a long session of typing names cannot grow it.
const keys = new Map<string, string>();
const MAX_KEYS = 50_000;

/** A name reduced to its letters and digits, lowercased: "Patient-Record " → "patientrecord". */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const EMPTY = -1;
/** The hash of a name whose key is empty (such names are in no group). */
const NO_KEY = -1;

/** FNV-1a of `key`'s UTF-16 code units, kept to 31 bits (never NO_KEY). */
function keyHash(key: string): number {
  return key.length === 0 ? NO_KEY : fnv1a(key) & 0x7fffffff;
}

/** keyHash(nameKey(name)); for an ASCII name without making the key. */
function nameHash(name: string): number {
  let hash = FNV_OFFSET;
  let length = 0;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code >= 0x80) return keyHash(nameKey(name));
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    else if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) continue;
    hash = Math.imul(hash ^ code, FNV_PRIME);
    length++;
  }
  return length === 0 ? NO_KEY : hash & 0x7fffffff;
}

/** The ids of the nodes with each name key, in file order: one id, or several when names clash. */
export class NameGroupTable extends ReadOnlyLookup<string | readonly string[]> {
  readonly #ids: readonly string[];
  readonly #nodes: readonly MapNode[];
  /** The hash of each node's name key, by position. */
  readonly #hashes: Int32Array;
  /** The first node of each group, in the hash table. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  /** The next node of each node's group, by position; EMPTY after its last. */
  readonly #next: Int32Array;
  /** The first node of each group, in order. */
  readonly #firsts: Int32Array;
  #keys: readonly string[] | undefined;

  /** `nodes[i]` is the node of `ids[i]`, in file order. */
  constructor(ids: readonly string[], nodes: readonly MapNode[]) {
    super();
    const n = ids.length;
    let capacity = 16;
    while (capacity < n * 2) capacity *= 2;
    [this.#ids, this.#nodes, this.#mask] = [ids, nodes, capacity - 1];
    [this.#hashes, this.#next] = [new Int32Array(n), new Int32Array(n).fill(EMPTY)];
    this.#slots = new Int32Array(capacity).fill(EMPTY);
    const last = new Int32Array(n);
    const firsts = new Int32Array(n);
    let groups = 0;
    for (let at = 0; at < n; at++) {
      const hash = nameHash(this.#nameAt(at));
      this.#hashes[at] = hash;
      if (hash === NO_KEY) continue;
      const first = this.#firstOf(hash, at);
      if (first === at) {
        firsts[groups++] = at;
        last[at] = at;
      } else {
        this.#next[last[first] as number] = at;
        last[first] = at;
      }
    }
    this.#firsts = firsts.subarray(0, groups);
  }

  /** The first node of the group of names with `key` (not empty), or EMPTY. */
  #find(key: string): number {
    const hash = keyHash(key);
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const first = this.#slots[slot] as number;
      if (first === EMPTY || (this.#hashes[first] === hash && this.#keyAt(first) === key)) return first;
    }
  }

  /** The first node of the group of node `at` (hash `hash`), which starts it if there is none. */
  #firstOf(hash: number, at: number): number {
    let key: string | undefined;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const first = this.#slots[slot] as number;
      if (first === EMPTY) {
        this.#slots[slot] = at;
        return at;
      }
      if (this.#hashes[first] !== hash) continue;
      key ??= this.#keyAt(at);
      if (this.#keyAt(first) === key) return first;
    }
  }

  #nameAt(at: number): string {
    return (this.#nodes[at] as MapNode).name;
  }

  #keyAt(at: number): string {
    return nameKey(this.#nameAt(at));
  }

  #idAt(at: number): string {
    return this.#ids[at] as string;
  }

  #group(first: number): string | readonly string[] {
    if (this.#next[first] === EMPTY) return this.#idAt(first);
    const ids: string[] = [];
    for (let at = first; at !== EMPTY; at = this.#next[at] as number) ids.push(this.#idAt(at));
    return ids;
  }

  get(key: string): string | readonly string[] | undefined {
    if (key === '') return undefined;
    const first = this.#find(key);
    return first === EMPTY ? undefined : this.#group(first);
  }

  override get size(): number {
    return this.#firsts.length;
  }

  protected orderedKeys(): readonly string[] {
    this.#keys ??= Array.from(this.#firsts, (first) => this.#keyAt(first));
    return this.#keys;
  }

  /** The groups of two or more nodes, in the order of their first nodes. */
  clashes(): string[][] {
    const out: string[][] = [];
    // By index: a for-of over the typed array made an iterator result per group when not optimised.
    for (let k = 0; k < this.#firsts.length; k++) {
      const first = this.#firsts[k] as number;
      if (this.#next[first] !== EMPTY) out.push(this.#group(first) as string[]);
    }
    return out;
  }
}
