// Where the values of a file read by the first pass (fast-yaml.ts) sit: the index positions are
// read from while yaml's Document has not been built.

/** Where a value starts in the text, and for a mapping or sequence where its entries are. */
export interface Placed {
  start: number;
  keys?: Map<string, { keyStart: number; value: Placed }>;
  items?: Placed[];
}

/**
 * Offset of the value at `path` (or of the key `extraKey` inside it); where the path leaves the
 * file, the offset of the deepest key or value it reaches (as yaml-paths.ts offsetOf).
 */
export function placedOffset(placed: Placed, path: readonly (string | number)[], extraKey?: string): number {
  let node = placed;
  let best = node.start;
  for (const segment of path) {
    let next: Placed | undefined;
    if (node.keys) {
      const entry = node.keys.get(String(segment));
      if (!entry) return best;
      best = entry.keyStart;
      next = entry.value;
    } else if (node.items) {
      next = node.items[Number(segment)];
    }
    if (!next) return best;
    best = next.start;
    node = next;
  }
  if (extraKey !== undefined && node.keys) {
    const entry = node.keys.get(extraKey);
    if (entry) return entry.keyStart;
  }
  return best;
}
