// A read-only map made from another by changing a few keys, without copying it: the keys an edit
// changed sit in a small layer over a base that every version made from it shares. Lookups (the
// only use the doctrine lookups and the node positions have) read the layer, then the base. Once
// the layer holds about √size keys it is folded into a new base, so a long run of edits costs
// what they change plus, now and then, one copy: about √size per edit, not size.

/** Marks a key the layer took away from the base. */
const GONE: unique symbol = Symbol('gone');

type Layer<K, V> = ReadonlyMap<K, V | typeof GONE>;

/** The fewest changes kept in a layer before folding, so small maps are not copied on every edit. */
const MIN_LAYER = 32;

export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly size: number;
  readonly #base: ReadonlyMap<K, V>;
  readonly #layer: Layer<K, V>;

  private constructor(base: ReadonlyMap<K, V>, layer: Layer<K, V>, size: number) {
    this.#base = base;
    this.#layer = layer;
    this.size = size;
  }

  /**
   * `source` with `changes` made (a value sets the key, undefined takes it away). `source` is left
   * as it was; the result shares its base.
   */
  static changed<K, V>(source: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V | undefined>): ReadonlyMap<K, V> {
    const base = source instanceof LayeredMap ? (source.#base as ReadonlyMap<K, V>) : source;
    const layer = new Map<K, V | typeof GONE>(source instanceof LayeredMap ? (source.#layer as Layer<K, V>) : []);
    let size = source.size;
    for (const [key, value] of changes) {
      const had = source.has(key);
      if (value === undefined) {
        if (!had) continue;
        size--;
        if (base.has(key)) layer.set(key, GONE);
        else layer.delete(key);
        continue;
      }
      if (!had) size++;
      layer.set(key, value);
    }
    if (layer.size * layer.size > base.size && layer.size > MIN_LAYER) return folded(base, layer);
    return new LayeredMap(base, layer, size);
  }

  get(key: K): V | undefined {
    const value = this.#layer.get(key);
    if (value === undefined) return this.#base.get(key);
    return value === GONE ? undefined : value;
  }

  has(key: K): boolean {
    const value = this.#layer.get(key);
    return value === undefined ? this.#base.has(key) : value !== GONE;
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.#base) {
      const over = this.#layer.get(key);
      if (over === undefined) yield [key, value];
      else if (over !== GONE) yield [key, over];
    }
    for (const [key, value] of this.#layer) if (value !== GONE && !this.#base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(visit: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) visit(value, key, this);
  }
}

function folded<K, V>(base: ReadonlyMap<K, V>, layer: Layer<K, V>): Map<K, V> {
  const out = new Map(base);
  for (const [key, value] of layer) {
    if (value === GONE) out.delete(key);
    else out.set(key, value);
  }
  return out;
}
