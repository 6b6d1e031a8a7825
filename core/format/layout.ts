// Where the map nodes of an edited document sit in its text. An edit re-parses only the text of
// the node it changed; every later node moved by the edit's change in length, but its parsed
// ranges still hold the offsets of the text it was parsed from. Rather than rewrite thousands of
// ranges on each edit, a document keeps one shift per map node, to be added to that pair's ranges
// when a position is asked for. Top-level pairs always carry exact ranges (an edit re-bases the
// few after `nodes`), so code that splices the map's own settings needs no shifts.
import { isMap, isScalar, type Document, type Pair } from 'yaml';

export interface SourceLayout {
  /** Added to the ranges of each pair of the `nodes` mapping, in file order. */
  readonly nodes: Int32Array;
  /** The text of the last whole parse: the text the ranges of pairs not re-parsed since refer to. */
  readonly source: string;
}

// The text each re-parsed pair was parsed from (its own few lines); its ranges refer to that text.
const pairSources = new WeakMap<Pair, string>();

export function recordPairSource(pair: Pair, text: string): void {
  pairSources.set(pair, text);
}

/**
 * The text `pair`'s parsed ranges refer to. Its own lines read the same there as in the current
 * text, so an edit can find them without building the current text of a large file.
 */
export function sourceOfPair(where: Laid & { readonly text: string }, pair: Pair): string {
  return pairSources.get(pair) ?? where.layout?.source ?? where.text;
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

/** The amount to add to the parsed offsets of the YAML node at `path` to place it in the text. */
export function shiftOfPath(where: Laid, path: readonly (string | number)[]): number {
  if (!where.layout || path.length === 0) return 0;
  const root = where.yaml.contents;
  if (!isMap(root)) return 0;
  if (path[0] !== 'nodes' || path.length < 2) return 0;
  const top = indexOfKey(root.items, 'nodes');
  const nodes = root.items[top]?.value;
  if (!isMap(nodes)) return 0;
  const at = indexOfKey(nodes.items, String(path[1]));
  return at < 0 ? 0 : nodeShift(where, at);
}

/** Index of the first pair whose key loads as `key`, or -1. */
export function indexOfKey(items: readonly Pair[], key: string): number {
  for (let i = 0; i < items.length; i++) {
    const k = items[i]?.key;
    if (isScalar(k) && (k.value === null ? '' : String(k.value)) === key) return i;
  }
  return -1;
}
