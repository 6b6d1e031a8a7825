// Builds the lookups the rules share, in one pass over the map: linear in nodes plus edges.
// One table keyed by id is built (positions): a Map of 10,000 entries costs five to ten times
// more per entry than one of 2,000 (its table is a large object of fresh pages), so the node of
// an id is read from the map's own record, and the users of a node sit in a list by its position.
import { nodeEntries, type MapNode, type WardleyMap } from '../model/types.ts';
import { CONTAINS, ownFlags, rememberTables, USED, type WholeTables } from './columns.ts';
import type { PositionEdges } from './edges.ts';
import type { RuleContext } from './finding.ts';
import { stageBoundaries } from './stages.ts';

type Entries = readonly (readonly [string, MapNode])[];

export function ruleContext(map: WardleyMap): RuleContext {
  const entries = nodeEntries(map);
  const positions = new Map<string, number>();
  for (const [id] of entries) positions.set(id, positions.size);
  const members = new Map<string, string[]>();
  const tables = wholeTablesOf(entries, positions, members);
  const usedBy = new ListsByPosition(positions);
  usedBy.fill(entries, tables.edges);
  const index = new RecordIndex(map.nodes, entries);
  const context = { map, entries, index, positions, boundaries: stageBoundaries(map), usedBy, members };
  rememberTables(context, tables);
  return context;
}

/**
 * The edges by position and the columns of `entries`, in one pass over the nodes (one look-up
 * per use); fills `members` with the ids inside each monolith.
 */
function wholeTablesOf(
  entries: Entries,
  positions: ReadonlyMap<string, number>,
  members: Map<string, string[]>,
): WholeTables {
  const n = entries.length;
  const start = new Int32Array(n + 1);
  let targets: Int32Array = new Int32Array(2 * n + 16);
  const inside = new Int32Array(n).fill(-1);
  const flags = new Uint16Array(n);
  const evolution = new Float64Array(n);
  const visibility = new Float64Array(n);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const [id, node] = entries[i] as readonly [string, MapNode];
    flags[i] = (flags[i] as number) | ownFlags(node);
    evolution[i] = node.evolution;
    visibility[i] = node.visibility;
    const uses = node.uses ?? [];
    if (used + uses.length > targets.length) targets = grown(targets, used + uses.length);
    for (const target of uses) {
      const at = positions.get(target) ?? -1;
      targets[used++] = at;
      if (at >= 0) flags[at] = (flags[at] as number) | USED;
    }
    start[i + 1] = used;
    if (node.inside === undefined) continue;
    const container = positions.get(node.inside) ?? -1;
    inside[i] = container;
    if (container >= 0) flags[container] = (flags[container] as number) | CONTAINS;
    appendTo(members, node.inside, id);
  }
  const edges = { start, targets: targets.subarray(0, used), inside };
  return { edges, columns: { flags, evolution, visibility } };
}

function grown(array: Int32Array, least: number): Int32Array {
  const bigger = new Int32Array(Math.max(least, array.length * 2));
  bigger.set(array);
  return bigger;
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

  /** Each node's id on the lists of the nodes it uses, read from the edges by position. */
  fill(entries: Entries, edges: PositionEdges): void {
    const { start, targets } = edges;
    for (let i = 0; i < entries.length; i++) {
      const [id, node] = entries[i] as readonly [string, MapNode];
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const at = targets[k] as number;
        const list = at >= 0 ? this.#lists[at] : undefined;
        if (list !== undefined) list.push(id);
        else if (at >= 0) {
          this.#lists[at] = [id];
          this.#order.push((entries[at] as readonly [string, MapNode])[0]);
        } else this.append((node.uses as string[])[k - (start[i] as number)] as string, id);
      }
    }
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
