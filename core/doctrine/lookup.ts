// Read-only Map behaviour for the lookups the rule context makes without a Map.

/** Read-only Map behaviour from get and an ordered list of keys. */
export abstract class ReadOnlyLookup<V> implements ReadonlyMap<string, V> {
  abstract get(key: string): V | undefined;
  protected abstract orderedKeys(): readonly string[];

  get size(): number {
    return this.orderedKeys().length;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of this.orderedKeys()) yield [key, this.get(key) as V];
  }

  *keys(): MapIterator<string> {
    yield* this.orderedKeys();
  }

  *values(): MapIterator<V> {
    for (const key of this.orderedKeys()) yield this.get(key) as V;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
