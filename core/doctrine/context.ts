// Builds the lookups the rules share, in one pass over the map: linear in nodes plus edges.
// No Map of every node is built: a Map of 10,000 entries costs five to ten times more per entry
// than one of 2,000 (its table is a large object of fresh pages). Each id's place sits in an
// Int32Array hash table (position-table.ts), the node of an id is read from the map's own record,
// and the users of a node sit in a list by its position.
import { grownInt32 } from '../model/grown.ts';
import { appendTo } from '../model/lists.ts';
import { nodeIds, nodeLookup, nodesPending } from '../model/node-table.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { CONTAINS, ownFlags, rememberTables, USED, type WholeTables } from './columns.ts';
import type { PositionEdges } from './edges.ts';
import type { RuleContext } from './finding.ts';
import { ReadOnlyLookup } from './lookup.ts';
import { PositionTable } from './position-table.ts';
import { stageBoundaries } from './stages.ts';

/** The nodes in file order as two lists by position (RuleContext's `ids` and `nodes`). */
interface NodeLists {
  readonly ids: readonly string[];
  readonly nodes: readonly MapNode[];
}

const NO_USES: readonly string[] = [];

export function ruleContext(map: WardleyMap): RuleContext {
  const lists = listsOf(map);
  const { ids, nodes } = lists;
  const positions = new PositionTable(ids);
  const members = new Map<string, string[]>();
  const tables = wholeTablesOf(lists, positions, members);
  const usedBy = new ListsByPosition(lists, positions, tables.edges);
  const index = new RecordIndex(map.nodes, ids);
  const context = { map, ids, nodes, index, positions, boundaries: stageBoundaries(map), usedBy, members };
  rememberTables(context, tables);
  return context;
}

/**
 * The ids in file order, as the map's record lists them once (the loader has listed them already:
 * no Object.keys of every id, which at 10,000 keys costs twenty times its cost at 2,000), and
 * their nodes in a list made at its length (not grown push by push). A map an edit made is read
 * through its table, without making its record.
 */
function listsOf(map: WardleyMap): NodeLists {
  const ids = nodeIds(map);
  const nodeOf = nodeReader(map);
  const nodes = new Array<MapNode>(ids.length);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const node = nodeOf(ids[i] as string);
    if (node) nodes[n++] = node;
  }
  if (n === ids.length) return { ids, nodes };
  // Some id of a caller's record holds no node: those ids are left out of both lists.
  const kept = ids.filter((id) => nodeOf(id));
  return { ids: kept, nodes: kept.map((id) => nodeOf(id) as MapNode) };
}

/** Reads a node by one of the map's own ids: through the table of a map whose record is still to be made. */
function nodeReader(map: WardleyMap): (id: string) => MapNode | undefined {
  if (nodesPending(map)) {
    const lookup = nodeLookup(map);
    return (id) => lookup.get(id);
  }
  const record = map.nodes;
  return (id) => record[id];
}

/**
 * The edges by position and the columns of the nodes, in one pass over the nodes (one look-up
 * per use); fills `members` with the ids inside each monolith.
 */
function wholeTablesOf(
  { ids, nodes }: NodeLists,
  positions: PositionTable,
  members: Map<string, string[]>,
): WholeTables {
  const n = nodes.length;
  const start = new Int32Array(n + 1);
  let targets: Int32Array = new Int32Array(2 * n + 16);
  const inside = new Int32Array(n).fill(-1);
  const flags = new Uint16Array(n);
  const evolution = new Float64Array(n);
  const visibility = new Float64Array(n);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as MapNode;
    flags[i] = (flags[i] as number) | ownFlags(node);
    evolution[i] = node.evolution;
    visibility[i] = node.visibility;
    const uses = node.uses ?? NO_USES;
    if (used + uses.length > targets.length) targets = grownInt32(targets, used + uses.length);
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
    appendTo(members, node.inside, ids[i] as string);
  }
  const edges = { start, targets: targets.subarray(0, used), inside };
  return { edges, columns: { flags, evolution, visibility } };
}

/** The nodes by id, as a Map of the ids to their nodes would hold them, read from the record itself. */
class RecordIndex extends ReadOnlyLookup<MapNode> {
  readonly #nodes: WardleyMap['nodes'];
  readonly #ids: readonly string[];

  constructor(nodes: WardleyMap['nodes'], ids: readonly string[]) {
    super();
    this.#nodes = nodes;
    this.#ids = ids;
  }

  override get size(): number {
    return this.#ids.length;
  }

  get(id: string): MapNode | undefined {
    return Object.hasOwn(this.#nodes, id) ? this.#nodes[id] || undefined : undefined;
  }

  protected orderedKeys(): readonly string[] {
    return this.#ids;
  }
}

/**
 * The users of each id, read as a Map of lists (in the order ids were first used, each list in
 * file order) from the edges by position: a node's users sit by its position in one Int32Array,
 * made into a list of ids only when asked for; uses of ids no node has are kept aside.
 */
class ListsByPosition extends ReadOnlyLookup<readonly string[]> {
  readonly #lists: NodeLists;
  readonly #positions: ReadonlyMap<string, number>;
  readonly #edges: PositionEdges;
  /** The users of the node at position i are `#users[#from[i]]` … `#users[#from[i + 1] - 1]`. */
  readonly #from: Int32Array;
  readonly #users: Int32Array;
  readonly #others = new Map<string, string[]>();
  readonly #size: number;
  #made: (readonly string[] | undefined)[] | undefined;
  #order: string[] | undefined;

  constructor(lists: NodeLists, positions: ReadonlyMap<string, number>, edges: PositionEdges) {
    super();
    [this.#lists, this.#positions, this.#edges] = [lists, positions, edges];
    const { start, targets } = edges;
    const n = lists.ids.length;
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
    const { ids, nodes } = this.#lists;
    appendTo(this.#others, ((nodes[user] as MapNode).uses as string[])[k] as string, ids[user] as string);
  }

  #listAt(at: number): readonly string[] | undefined {
    const [from, to] = [this.#from[at] as number, this.#from[at + 1] as number];
    if (from === to) return undefined;
    const ids = this.#lists.ids;
    this.#made ??= new Array<readonly string[] | undefined>(ids.length).fill(undefined);
    let list = this.#made[at];
    if (list === undefined) {
      list = Array.from(this.#users.subarray(from, to), (u) => ids[u] as string);
      this.#made[at] = list;
    }
    return list;
  }

  /** The ids used, in the order the nodes first use them. */
  #firstUses(): string[] {
    const { start, targets } = this.#edges;
    const { ids, nodes } = this.#lists;
    const seen = new Uint8Array(ids.length);
    const others = new Set<string>();
    const order: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const t = targets[k] as number;
        if (t >= 0 && seen[t] === 0) {
          seen[t] = 1;
          order.push(ids[t] as string);
        } else if (t < 0) {
          const use = ((nodes[i] as MapNode).uses as string[])[k - (start[i] as number)] as string;
          if (!others.has(use)) order.push(use);
          others.add(use);
        }
      }
    }
    return order;
  }
}
