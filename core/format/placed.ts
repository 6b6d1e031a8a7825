// Where the values of a file read by the first pass (fast-yaml.ts) sit: the index positions are
// read from while yaml's Document has not been built.

/**
 * Where a value starts in the text: a scalar's start alone (a 10,000-node map has 200,000 of
 * them: a number each, not an object), or for a mapping or sequence where its entries are.
 */
export type Placed = number | PlacedCollection;

export interface PlacedCollection {
  start: number;
  keys?: Map<string, { keyStart: number; value: Placed }>;
  items?: Placed[];
}

/** Where `placed` starts. */
export function startOf(placed: Placed): number {
  return typeof placed === 'number' ? placed : placed.start;
}

/**
 * Offset of the value at `path` (or of the key `extraKey` inside it); where the path leaves the
 * file, the offset of the deepest key or value it reaches (as yaml-paths.ts offsetOf).
 */
export function placedOffset(placed: Placed, path: readonly (string | number)[], extraKey?: string): number {
  let node = placed;
  let best = startOf(node);
  for (const segment of path) {
    if (typeof node === 'number') return best;
    let next: Placed | undefined;
    if (node.keys) {
      const entry = node.keys.get(String(segment));
      if (!entry) return best;
      best = entry.keyStart;
      next = entry.value;
    } else if (node.items) {
      next = node.items[Number(segment)];
    }
    if (next === undefined) return best;
    best = startOf(next);
    node = next;
  }
  if (extraKey !== undefined && typeof node !== 'number' && node.keys) {
    const entry = node.keys.get(extraKey);
    if (entry) return entry.keyStart;
  }
  return best;
}
