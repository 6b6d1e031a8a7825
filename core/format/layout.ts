// Where the YAML nodes of an edited document sit in its text. An edit re-parses only the text of
// the node it changed; every later node moved by the edit's change in length, but its parsed
// ranges still hold the offsets of the text it was parsed from. Rather than rewrite thousands of
// ranges on each edit, a document keeps one shift per top-level key and per map node, to be added
// to that pair's ranges when a position is asked for.
import { isMap, isScalar, type Document, type Pair } from 'yaml';

export interface SourceLayout {
  /** Added to the ranges of each pair of the root mapping (for `nodes`, to its key only). */
  readonly root: Int32Array;
  /** Added to the ranges of each pair of the `nodes` mapping, in file order. */
  readonly nodes: Int32Array;
}

/** What a document needs to have positions: its YAML and, after an incremental edit, its layout. */
export interface Laid {
  readonly yaml: Document.Parsed;
  readonly layout?: SourceLayout | undefined;
}

/** The shift of the pair at `index` in the `nodes` mapping (0 for a freshly parsed file). */
export function nodeShift(where: Laid, index: number): number {
  return where.layout?.nodes[index] ?? 0;
}

export function rootShift(where: Laid, index: number): number {
  return where.layout?.root[index] ?? 0;
}

/** The amount to add to the parsed offsets of the YAML node at `path` to place it in the text. */
export function shiftOfPath(where: Laid, path: readonly (string | number)[]): number {
  if (!where.layout || path.length === 0) return 0;
  const root = where.yaml.contents;
  if (!isMap(root)) return 0;
  const top = indexOfKey(root.items, String(path[0]));
  if (top < 0) return 0;
  if (path[0] !== 'nodes' || path.length < 2) return rootShift(where, top);
  const nodes = root.items[top]?.value;
  if (!isMap(nodes)) return 0;
  const at = indexOfKey(nodes.items, String(path[1]));
  return at < 0 ? rootShift(where, top) : nodeShift(where, at);
}

/** Index of the first pair whose key loads as `key`, or -1. */
export function indexOfKey(items: readonly Pair[], key: string): number {
  for (let i = 0; i < items.length; i++) {
    const k = items[i]?.key;
    if (isScalar(k) && (k.value === null ? '' : String(k.value)) === key) return i;
  }
  return -1;
}

/** A layout with no shifts, for `rootSize` top-level pairs and `nodeCount` map nodes. */
export function flatLayout(rootSize: number, nodeCount: number): SourceLayout {
  return { root: new Int32Array(rootSize), nodes: new Int32Array(nodeCount) };
}
