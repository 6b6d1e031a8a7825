// Builds the lookups the rules share, in one pass over the map: linear in nodes plus edges.
// One table keyed by id is built (positions): a Map of 10,000 entries costs five to ten times
// more per entry than one of 2,000 (its table is a large object of fresh pages), so the node of
// an id is read from the map's own record, and the users of a node sit in a list by its position.
import { nodeEntries, type MapNode, type WardleyMap } from '../model/types.ts';
import type { RuleContext } from './finding.ts';
import { stageBoundaries } from './stages.ts';

export function ruleContext(map: WardleyMap): RuleContext {
  const entries = nodeEntries(map);
  const positions = new Map<string, number>();
  for (const [id] of entries) positions.set(id, positions.size);
  const usedBy = new ListsByPosition(positions);
  const members = new Map<string, string[]>();
  for (const [id, node] of entries) {
    for (const target of node.uses ?? []) usedBy.append(target, id);
    if (node.inside !== undefined) appendTo(members, node.inside, id);
  }
  const index = new RecordIndex(map.nodes, entries);
  const context = { map, entries, index, positions, boundaries: stageBoundaries(map), usedBy, members };
  wholeContexts.add(context);
  return context;
}

// The contexts built here: their entries are every node, each at its position. A rule given
// a part of the nodes (the re-check after an edit) or another context reads nodes by id.
const wholeContexts = new WeakSet<RuleContext>();

/** Whether `context` is one ruleContext built: its `entries[i]` is the node at position i, all nodes. */
export function isWhole(context: RuleContext): boolean {
  return wholeContexts.has(context);
}

function appendTo(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

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

/** The nodes by id, as `new Map(entries)` would hold them, read from the record itself. */
class RecordIndex extends ReadOnlyLookup<MapNode> {
  readonly #nodes: WardleyMap['nodes'];
  readonly #ids: readonly string[];

  constructor(nodes: WardleyMap['nodes'], entries: readonly (readonly [string, MapNode])[]) {
    super();
    this.#nodes = nodes;
    this.#ids = entries.map(([id]) => id);
  }

  get(id: string): MapNode | undefined {
    return Object.hasOwn(this.#nodes, id) ? this.#nodes[id] || undefined : undefined;
  }

  protected orderedKeys(): readonly string[] {
    return this.#ids;
  }
}

/** Lists by key, in the order keys were first given a value: a node's at its position, others aside. */
class ListsByPosition extends ReadOnlyLookup<readonly string[]> {
  readonly #positions: ReadonlyMap<string, number>;
  readonly #lists: (string[] | undefined)[];
  readonly #others = new Map<string, string[]>();
  readonly #order: string[] = [];

  constructor(positions: ReadonlyMap<string, number>) {
    super();
    this.#positions = positions;
    // Filled, so writes at any position keep the array's fast elements.
    this.#lists = new Array<string[] | undefined>(positions.size).fill(undefined);
  }

  get(key: string): readonly string[] | undefined {
    const at = this.#positions.get(key);
    return at === undefined ? this.#others.get(key) : this.#lists[at];
  }

  append(key: string, value: string): void {
    const list = this.get(key) as string[] | undefined;
    if (list) {
      list.push(value);
      return;
    }
    const at = this.#positions.get(key);
    if (at === undefined) this.#others.set(key, [value]);
    else this.#lists[at] = [value];
    this.#order.push(key);
  }

  protected orderedKeys(): readonly string[] {
    return this.#order;
  }
}
