// Finds the YAML node behind a path into the loaded data (['nodes', 'tickets', 'uses', 0]) in
// time proportional to the path's length: a file with a mistake in each of 20,000 nodes gives
// 40,000 errors to place, and a linear search of the nodes mapping per error is quadratic.
import { isMap, isScalar, isSeq, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';

/** The property name a scalar key becomes in the loaded object (yaml's toJS turns null into ''). */
export function jsKeyOf(key: Scalar): string {
  return key.value === null ? '' : String(key.value);
}

interface PairIndex {
  size: number;
  pairs: Map<string, Pair>;
}

// Built once per mapping on first use. Parsed documents are not mutated (an edit clones what it
// changes and re-parses the result); the size check catches a mapping that grew or shrank anyway.
const indexes = new WeakMap<YAMLMap, PairIndex>();

/** The pair whose key loads as `key` (the first, if a broken file repeats it). */
export function pairNamed(map: YAMLMap, key: string): Pair | undefined {
  let index = indexes.get(map);
  if (!index || index.size !== map.items.length) {
    const pairs = new Map<string, Pair>();
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const name = jsKeyOf(pair.key);
      if (!pairs.has(name)) pairs.set(name, pair);
    }
    index = { size: map.items.length, pairs };
    indexes.set(map, index);
  }
  return index.pairs.get(key);
}

/**
 * Offset of the YAML node at `path` (or of the key `extraKey` inside it); where the path leaves
 * the file, the offset of the deepest key or node it reaches.
 */
export function offsetOf(doc: Document.Parsed, path: readonly (string | number)[], extraKey?: string): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = pairNamed(node, String(segment));
      if (!pair) return best;
      best = (isScalar(pair.key) ? rangeStart(pair.key) : undefined) ?? best;
      next = pair.value;
    } else if (isSeq(node)) {
      next = node.items[Number(segment)];
    }
    const start = rangeStart(next);
    if (start === undefined) return best;
    best = start;
    node = next;
  }
  if (extraKey !== undefined && isMap(node)) {
    const pair = pairNamed(node, extraKey);
    const keyStart = pair && isScalar(pair.key) ? rangeStart(pair.key) : undefined;
    if (keyStart !== undefined) return keyStart;
  }
  return best;
}

function rangeStart(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('range' in value)) return undefined;
  const range = (value as { range?: readonly number[] | null }).range;
  return range?.[0];
}
