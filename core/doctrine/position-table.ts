// Each node id's place in a list of ids, as a read-only Map made without a Map: the places sit in
// one Int32Array, an open-addressing table found by a hash of the id's characters. A Map of
// 10,000 ids cost 40 to 80 times one of 2,000 to fill (its table, made again each time it grows,
// is a large object of fresh pages); this table is made once at its final size and costs about
// five times as much for five times the ids.
import { fnv1a as hashOf } from '../model/string-hash.ts';
import { ReadOnlyLookup } from './lookup.ts';

const EMPTY = -1;

export class PositionTable extends ReadOnlyLookup<number> {
  readonly #ids: readonly string[];
  readonly #slots: Int32Array;
  /** The hash of the id at each place: a probe reads an id's text only when its hash is the same. */
  readonly #hashes: Int32Array;
  readonly #mask: number;

  /** The places of `ids` (no id twice). */
  constructor(ids: readonly string[]) {
    super();
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(EMPTY);
    const hashes = new Int32Array(ids.length);
    const mask = capacity - 1;
    for (let i = 0; i < ids.length; i++) {
      const hash = hashOf(ids[i] as string);
      hashes[i] = hash;
      let slot = hash & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = i;
    }
    [this.#ids, this.#slots, this.#hashes, this.#mask] = [ids, slots, hashes, mask];
  }

  /** The place of `id`, or -1 when no id is `id`. */
  at(id: string): number {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const mask = this.#mask;
    const hash = hashOf(id);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot] as number;
      if (at === EMPTY || (hashes[at] === hash && this.#ids[at] === id)) return at;
    }
  }

  get(id: string): number | undefined {
    const at = this.at(id);
    return at === EMPTY ? undefined : at;
  }

  override get size(): number {
    return this.#ids.length;
  }

  protected orderedKeys(): readonly string[] {
    return this.#ids;
  }
}
