// Where the values of a file read by the first pass (fast-yaml.ts) sit: the index positions are
// read from while yaml's Document has not been built.
//
// One flat array of numbers in file order, not an object per value: a 10,000-node map has
// 300,000 values and keys, and a Map per mapping with an object per key held 15 MB (twice the
// map's own data) that every load made and the garbage collector copied. The slots:
//   a scalar value        its start (>= 0)
//   a mapping or list     -(start + 1), its entries so far * 2 + MAPPING or LIST, the slot
//                         after its last entry (OPEN until it closes)
//   a mapping's entry     its key (the key's length where the text at its start is the key,
//                         else -(its index in `names` + 1)), the key's start, then the value's slots

import { grownInt32 } from '../model/grown.ts';
import { fnv1a } from '../model/string-hash.ts';

const MAPPING = 0;
const LIST = 1;
const OPEN = -1;
/** A collection of more entries than this is looked up through an index, built when first asked. */
const INDEXED_FROM = 32;

export class Places {
  private slots: Int32Array;
  private used = 0;
  /**
   * Keys the text does not hold as they read (quoted, or resolved otherwise). A key the text holds
   * is read from the text: an array of a 10,000-node map's 100,000 keys, grown push by push, was
   * a tenth of what its load allocated.
   */
  private readonly names: string[] = [];
  /**
   * Per large mapping or list (its first slot): a mapping's entry slots in a table by the hash of
   * their keys (open addressing), a list's item slots in order. Int32Arrays, not a Map: a Map of
   * a 10,000-node map's ids cost about 14 times one of 2,000 (its large table's fresh pages).
   */
  private readonly indexes = new Map<number, Int32Array>();

  /** The places of values in `text` (the slots array, sized from it, doubles when it runs out). */
  constructor(private readonly text: string) {
    this.slots = new Int32Array(Math.max(64, expectedSlots(text)));
  }

  /** A scalar value starting at `start`. */
  scalar(start: number): void {
    this.room(1);
    this.slots[this.used++] = start;
  }

  /** A mapping or list opening at `start`: its first slot, for close. */
  open(start: number, list: boolean): number {
    this.room(3);
    const at = this.used;
    this.slots[at] = -(start + 1);
    this.slots[at + 1] = list ? LIST : MAPPING;
    this.slots[at + 2] = OPEN;
    this.used += 3;
    return at;
  }

  /** The key of the open mapping's next entry; its value comes next. */
  key(name: string, start: number): void {
    this.room(2);
    const inText = name.length > 0 && this.text.startsWith(name, start);
    this.slots[this.used] = inText ? name.length : -(this.names.length + 1);
    this.slots[this.used + 1] = start;
    this.used += 2;
    if (!inText) this.names.push(name);
  }

  /** The mapping or list whose first slot is `at` has one more entry (its key and value placed). */
  counted(at: number): void {
    this.slots[at + 1] = (this.slots[at + 1] as number) + 2;
  }

  /** The mapping or list whose first slot is `at` has no more entries. */
  close(at: number): void {
    this.slots[at + 2] = this.used;
  }

  private room(count: number): void {
    if (this.used + count <= this.slots.length) return;
    this.slots = grownInt32(this.slots, this.used + count);
  }

  /**
   * Offset of the value at `path` (or of the key `extraKey` inside it); where the path leaves the
   * file, the offset of the deepest key or value it reaches (as yaml-paths.ts offsetOf).
   */
  offsetOf(path: readonly (string | number)[], extraKey?: string): number {
    if (this.used === 0) return 0;
    let at = 0;
    let best = this.startAt(0);
    for (const segment of path) {
      if (this.isScalar(at)) return best;
      let next: number;
      if (this.isMapping(at)) {
        const entry = this.entryOf(at, String(segment));
        if (entry < 0) return best;
        best = this.slots[entry + 1] as number;
        next = entry + 2 < this.used ? entry + 2 : -1;
      } else next = this.itemOf(at, Number(segment));
      if (next < 0) return best;
      best = this.startAt(next);
      at = next;
    }
    return this.keyStartIn(at, extraKey) ?? best;
  }

  /**
   * Offset of the value at `rest` below node `id`'s entry, else of the nearest key or value found
   * on the way, from the node's key on; undefined where the map has no node `id`.
   */
  nodeOffset(id: string, rest: readonly (string | number)[]): number | undefined {
    const nodes = this.used === 0 || !this.isMapping(0) ? -1 : this.entryOf(0, 'nodes');
    if (nodes < 0 || !this.isMapping(nodes + 2)) return undefined;
    const entry = this.entryOf(nodes + 2, id);
    if (entry < 0) return undefined;
    let best = this.slots[entry + 1] as number;
    let at = entry + 2;
    for (const segment of rest) {
      if (this.isScalar(at) || (!this.isMapping(at) && typeof segment !== 'number')) break;
      if (this.isMapping(at)) {
        const inner = this.entryOf(at, String(segment));
        if (inner < 0) break;
        best = this.slots[inner + 1] as number;
        at = inner + 2;
      } else {
        at = this.itemOf(at, segment as number);
        if (at < 0) break;
      }
      best = this.startAt(at);
    }
    return best;
  }

  /**
   * Whether what is placed so far answers for `path` (and `extraKey`) as the whole file would:
   * it is there, or its nearest collection is closed (fast-places.ts reads a file only so far).
   */
  settled(path: readonly (string | number)[], extraKey?: string): boolean {
    if (this.used === 0) return false;
    let at = 0;
    for (const segment of path) {
      // A scalar's place is final, and nothing is below it.
      if (this.isScalar(at)) return true;
      let next: number;
      if (this.isMapping(at)) {
        const entry = this.entryOf(at, String(segment));
        // A key whose value is still to come: its mapping is open.
        if (entry >= 0 && entry + 2 >= this.used) return false;
        next = entry < 0 ? -1 : entry + 2;
      } else next = this.itemOf(at, Number(segment));
      if (next < 0) return !this.isOpen(at);
      at = next;
    }
    if (extraKey !== undefined && this.isMapping(at) && this.entryOf(at, extraKey) < 0) return !this.isOpen(at);
    return true;
  }

  private keyStartIn(at: number, extraKey: string | undefined): number | undefined {
    if (extraKey === undefined || this.isScalar(at) || !this.isMapping(at)) return undefined;
    const entry = this.entryOf(at, extraKey);
    return entry < 0 ? undefined : (this.slots[entry + 1] as number);
  }

  private isScalar(at: number): boolean {
    return (this.slots[at] as number) >= 0;
  }

  private isMapping(at: number): boolean {
    return !this.isScalar(at) && ((this.slots[at + 1] as number) & 1) === MAPPING;
  }

  private isOpen(at: number): boolean {
    return !this.isScalar(at) && this.slots[at + 2] === OPEN;
  }

  private startAt(at: number): number {
    const slot = this.slots[at] as number;
    return slot >= 0 ? slot : -slot - 1;
  }

  /** The slot after the value at `at` (the end of what is placed, for one still open). */
  private after(at: number): number {
    if (at >= this.used) return this.used;
    if (this.isScalar(at)) return at + 1;
    const end = this.slots[at + 2] as number;
    return end === OPEN ? this.used : end;
  }

  private endOf(at: number): number {
    return this.isOpen(at) ? this.used : (this.slots[at + 2] as number);
  }

  /** The first slot of the entry with key `name` in the mapping at `at`, or -1. */
  private entryOf(at: number, name: string): number {
    const index = this.indexOf(at);
    if (index) {
      const mask = index.length - 1;
      for (let h = keyHash(name, 0, name.length) & mask; index[h] !== -1; h = (h + 1) & mask) {
        const entry = index[h] as number;
        if (this.isKey(entry, name)) return entry;
      }
      return -1;
    }
    const end = this.endOf(at);
    for (let i = at + 3; i + 1 < end; i = this.after(i + 2)) if (this.isKey(i, name)) return i;
    return -1;
  }

  /** Whether the entry at `entry` has the key `name`. */
  private isKey(entry: number, name: string): boolean {
    const key = this.slots[entry] as number;
    if (key < 0) return this.names[-key - 1] === name;
    return key === name.length && this.text.startsWith(name, this.slots[entry + 1] as number);
  }

  private keyHashAt(entry: number): number {
    const key = this.slots[entry] as number;
    if (key < 0) return keyHash(this.names[-key - 1] as string, 0, (this.names[-key - 1] as string).length);
    const start = this.slots[entry + 1] as number;
    return keyHash(this.text, start, start + key);
  }

  /** The slot of item `n` of the list at `at`, or -1. */
  private itemOf(at: number, n: number): number {
    if (!Number.isInteger(n) || n < 0) return -1;
    const index = this.indexOf(at);
    if (index) return n < index.length ? (index[n] as number) : -1;
    const end = this.endOf(at);
    let i = at + 3;
    for (let k = 0; k < n && i < end; k++) i = this.after(i);
    return i < end ? i : -1;
  }

  /** The index of a large closed collection (made on the first look-up), else undefined. */
  private indexOf(at: number): Int32Array | undefined {
    const count = (this.slots[at + 1] as number) >> 1;
    if (this.isOpen(at) || count <= INDEXED_FROM) return undefined;
    let index = this.indexes.get(at);
    if (!index) {
      index = this.isMapping(at) ? this.entryTable(at, count) : this.itemSlots(at, count);
      this.indexes.set(at, index);
    }
    return index;
  }

  /** The entry slots of the mapping at `at` by key hash, in a table at least twice their count. */
  private entryTable(at: number, count: number): Int32Array {
    const table = new Int32Array(2 ** Math.ceil(Math.log2(count * 2))).fill(-1);
    const mask = table.length - 1;
    const end = this.slots[at + 2] as number;
    for (let i = at + 3; i < end; i = this.after(i + 2)) {
      // A key written twice (never loaded) is found first where it came first, as by walking.
      let h = this.keyHashAt(i) & mask;
      while (table[h] !== -1) h = (h + 1) & mask;
      table[h] = i;
    }
    return table;
  }

  private itemSlots(at: number, count: number): Int32Array {
    const items = new Int32Array(count);
    const end = this.slots[at + 2] as number;
    let k = 0;
    for (let i = at + 3; i < end && k < count; i = this.after(i)) items[k++] = i;
    return items;
  }
}

/** FNV-1a over the UTF-16 units of text[from, to), unsigned. */
function keyHash(text: string, from: number, to: number): number {
  return fnv1a(text, from, to) >>> 0;
}

/**
 * Slots to make room for in the places of `text`: a map writes about one value or key in 7
 * characters (6.9 in generated maps of 200 to 10,000 nodes), so a quarter of its length leaves room
 * to spare. An eighth, as before, was always outgrown: the array made again at twice its size and
 * copied, on every load (at 10,000 nodes 1.6 MB made, 3.3 MB more made and written twice).
 */
export function expectedSlots(text: string): number {
  return text.length >> 2;
}

/**
 * Offset of the value at `path` (or of the key `extraKey` inside it); where the path leaves the
 * file, the offset of the deepest key or value it reaches (as yaml-paths.ts offsetOf).
 */
export function placedOffset(places: Places, path: readonly (string | number)[], extraKey?: string): number {
  return places.offsetOf(path, extraKey);
}
