// Builds the lookups the rules share, in one pass over the map: linear in nodes plus edges.
// No Map of every node is built: a Map of 10,000 entries costs five to ten times more per entry
// than one of 2,000 (its table is a large object of fresh pages). Each id's place sits in an
// Int32Array hash table (position-table.ts), the node of an id is read from the map's own record,
// and the users of a node sit in a list by its position.
import { nodeIds, nodesPending } from '../model/node-table.ts';
import { nodeEntries, type MapNode, type WardleyMap } from '../model/types.ts';
import { CONTAINS, ownFlags, rememberTables, USED, type WholeTables } from './columns.ts';
import type { PositionEdges } from './edges.ts';
import type { RuleContext } from './finding.ts';
import { ReadOnlyLookup } from './lookup.ts';
import { PositionTable } from './position-table.ts';
import { stageBoundaries } from './stages.ts';

type Entries = readonly (readonly [string, MapNode])[];

const NO_USES: readonly string[] = [];

export function ruleContext(map: WardleyMap): RuleContext {
  const { entries, ids } = entriesOf(map);
  const positions = new PositionTable(ids);
  const members = new Map<string, string[]>();
  const tables = wholeTablesOf(entries, positions, members);
  const usedBy = new ListsByPosition(entries, positions, tables.edges);
  const index = new RecordIndex(map.nodes, entries);
  const context = { map, entries, index, positions, boundaries: stageBoundaries(map), usedBy, members };
  rememberTables(context, tables);
  return context;
}

/**
 * [id, node] in file order, as nodeEntries gives them, from the ids the map's record lists once
 * (the loader has listed them already: no Object.keys of every id, which at 10,000 keys costs
 * twenty times its cost at 2,000) into a list made at its length (not grown push by push).
 */
function entriesOf(map: WardleyMap): { entries: Entries; ids: readonly string[] } {
  if (nodesPending(map)) {
    const entries = nodeEntries(map);
    return { entries, ids: entries.map(([id]) => id) };
  }
  const ids = nodeIds(map);
  const nodes = map.nodes;
  const entries = new Array<readonly [string, MapNode]>(ids.length);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const node = nodes[id];
    if (node) entries[n++] = [id, node];
  }
  if (n === ids.length) return { entries, ids };
  entries.length = n;
  return { entries, ids: entries.map(([id]) => id) };
}

/**
 * The edges by position and the columns of `entries`, in one pass over the nodes (one look-up
 * per use); fills `members` with the ids inside each monolith.
 */
function wholeTablesOf(entries: Entries, positions: PositionTable, members: Map<string, string[]>): WholeTables {
  const n = entries.length;
  const start = new Int32Array(n + 1);
  let targets: Int32Array = new Int32Array(2 * n + 16);
  const inside = new Int32Array(n).fill(-1);
  const flags = new Uint16Array(n);
  const evolution = new Float64Array(n);
  const visibility = new Float64Array(n);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const entry = entries[i] as readonly [string, MapNode];
    const node = entry[1];
    flags[i] = (flags[i] as number) | ownFlags(node);
    evolution[i] = node.evolution;
    visibility[i] = node.visibility;
    const uses = node.uses ?? NO_USES;
    if (used + uses.length > targets.length) targets = grown(targets, used + uses.length);
    for (let k = 0; k < uses.length; k++) {
      const at = positions.at(uses[k] as string);
      targets[used++] = at;
      if (at >= 0) flags[at] = (flags[at] as number) | USED;
    }
    start[i + 1] = used;
    if (node.inside === undefined) continue;
    const container = positions.at(node.inside);
    inside[i] = container;
    if (container >= 0) flags[container] = (flags[container] as number) | CONTAINS;
    appendTo(members, node.inside, entry[0]);
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

/** The nodes by id, as `new Map(entries)` would hold them, read from the record itself. */
class RecordIndex extends ReadOnlyLookup<MapNode> {
  readonly #nodes: WardleyMap['nodes'];
  readonly #entries: Entries;
  #ids: readonly string[] | undefined;

  constructor(nodes: WardleyMap['nodes'], entries: Entries) {
    super();
    this.#nodes = nodes;
    this.#entries = entries;
  }

  override get size(): number {
    return this.#entries.length;
  }

  get(id: string): MapNode | undefined {
    return Object.hasOwn(this.#nodes, id) ? this.#nodes[id] || undefined : undefined;
  }

  protected orderedKeys(): readonly string[] {
    this.#ids ??= this.#entries.map(([id]) => id);
    return this.#ids;
  }
}

/**
 * The users of each id, read as a Map of lists (in the order ids were first used, each list in
 * file order) from the edges by position: a node's users sit by its position in one Int32Array,
 * made into a list of ids only when asked for; uses of ids no node has are kept aside.
 */
class ListsByPosition extends ReadOnlyLookup<readonly string[]> {
  readonly #entries: Entries;
  readonly #positions: ReadonlyMap<string, number>;
  readonly #edges: PositionEdges;
  /** The users of the node at position i are `#users[#from[i]]` … `#users[#from[i + 1] - 1]`. */
  readonly #from: Int32Array;
  readonly #users: Int32Array;
  readonly #others = new Map<string, string[]>();
  readonly #size: number;
  #lists: (readonly string[] | undefined)[] | undefined;
  #order: string[] | undefined;

  constructor(entries: Entries, positions: ReadonlyMap<string, number>, edges: PositionEdges) {
    super();
    [this.#entries, this.#positions, this.#edges] = [entries, positions, edges];
    const { start, targets } = edges;
    const n = entries.length;
    // Counted into from[t + 2], summed, then filled through from[t + 1]: a counting sort by target.
    const from = new Int32Array(n + 2);
    let used = 0;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k] as number;
      if (t >= 0 && (from[t + 2] = (from[t + 2] as number) + 1) === 1) used++;
    }
    for (let i = 2; i < n + 2; i++) from[i] = (from[i] as number) + (from[i - 1] as number);
    const users = new Int32Array(from[n + 1] as number);
    for (let i = 0; i < n; i++) {
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const t = targets[k] as number;
        if (t >= 0) users[(from[t + 1] = (from[t + 1] as number) + 1) - 1] = i;
        else this.#useOfNone(i, k - (start[i] as number));
      }
    }
    [this.#from, this.#users, this.#size] = [from, users, used + this.#others.size];
  }

  override get size(): number {
    return this.#size;
  }

  get(key: string): readonly string[] | undefined {
    const at = this.#positions.get(key);
    return at === undefined ? this.#others.get(key) : this.#listAt(at);
  }

  override has(key: string): boolean {
    const at = this.#positions.get(key);
    return at === undefined ? this.#others.has(key) : (this.#from[at] as number) < (this.#from[at + 1] as number);
  }

  protected orderedKeys(): readonly string[] {
    this.#order ??= this.#firstUses();
    return this.#order;
  }

  #useOfNone(user: number, k: number): void {
    const [id, node] = this.#entries[user] as readonly [string, MapNode];
    appendTo(this.#others, (node.uses as string[])[k] as string, id);
  }

  #listAt(at: number): readonly string[] | undefined {
    const [from, to] = [this.#from[at] as number, this.#from[at + 1] as number];
    if (from === to) return undefined;
    this.#lists ??= new Array<readonly string[] | undefined>(this.#entries.length).fill(undefined);
    let list = this.#lists[at];
    if (list === undefined) {
      list = Array.from(this.#users.subarray(from, to), (u) => (this.#entries[u] as readonly [string, MapNode])[0]);
      this.#lists[at] = list;
    }
    return list;
  }

  /** The ids used, in the order the nodes first use them. */
  #firstUses(): string[] {
    const { start, targets } = this.#edges;
    const seen = new Uint8Array(this.#entries.length);
    const others = new Set<string>();
    const order: string[] = [];
    for (let i = 0; i < this.#entries.length; i++) {
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const t = targets[k] as number;
        if (t >= 0 && seen[t] === 0) {
          seen[t] = 1;
          order.push((this.#entries[t] as readonly [string, MapNode])[0]);
        } else if (t < 0) {
          const use = ((this.#entries[i] as readonly [string, MapNode])[1].uses as string[])[
            k - (start[i] as number)
          ] as string;
          if (!others.has(use)) order.push(use);
          others.add(use);
        }
      }
    }
    return order;
  }
}
