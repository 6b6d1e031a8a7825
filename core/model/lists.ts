// Lists gathered per key in a Map: the shape many one-pass gatherings share (the nodes inside each
// monolith, the dependents of each unit, the users of each component, the children of each pipeline).

/** Appends `value` to the list under `key`, made when the key has none yet. */
export function appendTo<K, T>(lists: Map<K, T[]>, key: K, value: T): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** `items` grouped by `key`: each group in the items' order, the groups in the order first met. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) appendTo(out, key(item), item);
  return out;
}
