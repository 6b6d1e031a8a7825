// A value worked out once per object and kept as long as the object lives: the per-object memo
// of the loader, the checks and the plan. It is kept on the object itself under a hidden symbol
// (not enumerable: Object.keys, for-in, JSON, structuredClone and spreading never see it), not in
// a WeakMap. V8's young-generation collector keeps a WeakMap's value alive while its key is young,
// even a key nothing else holds, so a memo of a map loaded since the last collection (its indexes,
// tables, caller lists) was copied by that collection although the map was already garbage.
// Objects that cannot take a property (frozen, sealed, non-extensible) fall back to a WeakMap.

export interface ObjectMemo<K extends object, V> {
  /** The value kept for `key`, if one was set. */
  get(key: K): V | undefined;
  /** Keeps `value` for `key` (replacing any earlier one) and gives it back. */
  set(key: K, value: V): V;
  /** The value kept for `key`, made by `make` the first time it is asked for. */
  of(key: K, make: (key: K) => V): V;
}

export function objectMemo<K extends object, V>(description: string): ObjectMemo<K, V> {
  const slot = Symbol(description);
  let fallback: WeakMap<K, V> | undefined;
  const held = (key: K) => key as K & { [slot]?: V };
  const memo: ObjectMemo<K, V> = {
    get(key) {
      if (Object.hasOwn(key, slot)) return held(key)[slot];
      return fallback?.get(key);
    },
    set(key, value) {
      if (Object.hasOwn(key, slot) || Object.isExtensible(key))
        Object.defineProperty(key, slot, { value, writable: true, configurable: true, enumerable: false });
      else (fallback ??= new WeakMap()).set(key, value);
      return value;
    },
    of(key, make) {
      const kept = memo.get(key);
      return kept !== undefined ? kept : memo.set(key, make(key));
    },
  };
  return memo;
}
