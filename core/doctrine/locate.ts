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
 * are found the slow way), and stops looking through the nodes once it has found them all.
 */
export function findingLocator(
  document: Pick<MapDocument, 'yaml' | 'lineCounter' | 'layout'>,
  only?: ReadonlySet<string>,
): Locator {
  // A document as loaded has its value places (indexed on the first finding placed); its yaml
  // Document may not exist yet.
  if (!document.layout && hasPlaces(document)) return placedLocator(document);
  const nodes = document.yaml.get('nodes', true);
  const items = isMap(nodes) ? nodes.items : [];
  const nodePairs = new Map<string, { pair: Pair; shift: number }>();
  const add = (i: number, only: ReadonlySet<string> | undefined) => {
    const pair = items[i] as Pair;
    const id = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (id === undefined || nodePairs.has(id) || (only !== undefined && !only.has(id))) return;
    nodePairs.set(id, { pair, shift: nodeShift(document, i) });
  };
  // After an edit the mapping knows where each id sits (node-index.ts): the few asked for are
  // looked up, not searched for.
  const positions = only !== undefined && isMap(nodes) ? nodePositions(nodes) : undefined;
  if (only !== undefined && positions !== undefined) {
    for (const id of only) {
      const at = positions.get(id);
      if (at !== undefined) add(at, only);
    }
  } else {
    for (let i = 0; i < items.length && (only === undefined || nodePairs.size < only.size); i++) add(i, only);
  }
  const at = (offset: number): Position => {
    const { line, col } = document.lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path) => {
    const entry = path[0] === 'nodes' && typeof path[1] === 'string' ? nodePairs.get(path[1]) : undefined;
    if (!entry) return positionOf(document, path);
    const offset = offsetWithin(entry.pair, path.slice(2));
    return offset === undefined ? positionOf(document, path) : at(offset + entry.shift);
  };
}

function placedLocator(document: Pick<MapDocument, 'yaml' | 'lineCounter' | 'layout'>): Locator {
  return (path) => {
    // As offsetWithin below: the node's key, then each key or item found along the rest.
    const id = path[0] === 'nodes' && typeof path[1] === 'string' ? path[1] : undefined;
    const offset = id === undefined ? undefined : placesOf(document)?.nodeOffset(id, path.slice(2));
    if (offset === undefined) return positionOf(document, path);
    const { line, col } = document.lineCounter.linePos(offset);
    return { line, column: col };
  };
}

/** Offset of the value at `rest` below a node's pair, else of the nearest enclosing key. */
function offsetWithin(pair: Pair, rest: FindingPath): number | undefined {
  let best = rangeStart(pair.key);
  let current: unknown = pair.value;
  for (const seg of rest) {
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
