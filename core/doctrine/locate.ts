// Places findings in the file. positionOf walks the document from the top for every path, which
// on a 20,000-node map with a finding per node is quadratic; this indexes the nodes once.
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { nodeShift } from '../format/layout.ts';
import { nodePositions } from '../model/node-index.ts';
import { hasPlaces, placesOf, positionOf, type MapDocument } from '../format/parse.ts';
import type { FindingPath } from './finding.ts';

export interface Position {
  line: number;
  column: number;
}

export type Locator = (path: FindingPath) => Position;

/**
 * A locator for findings of `document`; given `only`, it places findings about those nodes (others
 * are found the slow way), and stops looking through the nodes once it has found them all. `only`
 * may be given as a function, called only when the document has no value places to read.
 */
export function findingLocator(
  document: Pick<MapDocument, 'yaml' | 'lineCounter' | 'layout'>,
  nodeIds?: ReadonlySet<string> | (() => ReadonlySet<string>),
): Locator {
  // A document as loaded has its value places (indexed on the first finding placed); its yaml
  // Document may not exist yet.
  if (!document.layout && hasPlaces(document)) return placedLocator(document);
  const only = typeof nodeIds === 'function' ? nodeIds() : nodeIds;
  const nodes = document.yaml.get('nodes', true);
  const items = isMap(nodes) ? nodes.items : [];
  // After an edit the mapping knows where each id sits (node-index.ts): the pair of each finding
  // is looked up there, with no table of the pairs asked for made first.
  const positions = only !== undefined && isMap(nodes) ? nodePositions(nodes) : undefined;
  const pairAt = positions ? (id: string) => positions.get(id) ?? -1 : pairsByScan(items, only);
  const at = (offset: number): Position => {
    const { line, col } = document.lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path) => {
    const index = path[0] === 'nodes' && typeof path[1] === 'string' ? pairAt(path[1]) : -1;
    if (index < 0) return positionOf(document, path);
    const offset = offsetWithin(items[index] as Pair, path);
    return offset === undefined ? positionOf(document, path) : at(offset + nodeShift(document, index));
  };
}

/**
 * The index of each id's first pair, found by reading the keys in order (given `only`, those ids
 * alone, reading no further once all are found); -1 for an id not found.
 */
function pairsByScan(items: readonly unknown[], only: ReadonlySet<string> | undefined): (id: string) => number {
  const found = new Map<string, number>();
  for (let i = 0; i < items.length && (only === undefined || found.size < only.size); i++) {
    const key = (items[i] as Pair).key;
    const id = isScalar(key) ? String(key.value) : undefined;
    if (id === undefined || found.has(id) || (only !== undefined && !only.has(id))) continue;
    found.set(id, i);
  }
  return (id) => found.get(id) ?? -1;
}

const NO_REST: readonly (string | number)[] = [];

function placedLocator(document: Pick<MapDocument, 'yaml' | 'lineCounter' | 'layout'>): Locator {
  return (path) => {
    // As offsetWithin below: the node's key, then each key or item found along the rest.
    const id = path[0] === 'nodes' && typeof path[1] === 'string' ? path[1] : undefined;
    // Most findings are about a node itself (['nodes', id]): no list of the rest made for them.
    const rest = path.length === 2 ? NO_REST : path.slice(2);
    const offset = id === undefined ? undefined : placesOf(document)?.nodeOffset(id, rest);
    if (offset === undefined) return positionOf(document, path);
    const { line, col } = document.lineCounter.linePos(offset);
    return { line, column: col };
  };
}

/** Offset of the value at `path` (from its third part on) below a node's pair, else of the nearest enclosing key. */
function offsetWithin(pair: Pair, path: FindingPath): number | undefined {
  let best = rangeStart(pair.key);
  let current: unknown = pair.value;
  for (let k = 2; k < path.length; k++) {
    const seg = path[k] as string | number;
    if (isMap(current)) {
      const inner = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!inner) break;
      best = rangeStart(inner.key) ?? best;
      current = inner.value;
    } else if (isSeq(current) && typeof seg === 'number') {
      current = current.items[seg];
    } else break;
    best = rangeStart(current) ?? best;
  }
  return best;
}

function rangeStart(value: unknown): number | undefined {
  const node = value as YamlNode | null | undefined;
  return node && typeof node === 'object' && 'range' in node && node.range ? node.range[0] : undefined;
}
