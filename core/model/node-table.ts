// A map's nodes read by id without its `nodes` record. An edit does not copy the record of the map
// before it (at 10,000 nodes a copy took 3-5 ms, over half of an edit, and grew faster than the
// map): the map it makes holds its nodes in a table layered over the one before (layered-map.ts)
// plus the ids in order, and makes its `nodes` record only when something reads it. The edit path
// (the edit and its checks, doctrine's re-check, undo) and the store's change detection read
// through these functions, so an edit costs what it changes whatever the map's size.
import { LayeredMap } from './layered-map.ts';
import { readPendingNodesWith, type MapNode, type WardleyMap } from './types.ts';

type Nodes = WardleyMap['nodes'];

/** A map's nodes by id, and their ids in the record's order. */
export interface NodeTable {
  readonly lookup: ReadonlyMap<string, MapNode>;
  readonly ids: readonly string[];
}

// Tables of the maps edits made (their record may not exist yet), and of the records made from them.
const mapTables = new WeakMap<WardleyMap, NodeTable>();
const recordTables = new WeakMap<Nodes, NodeTable>();

/**
 * The table of a plain record (a loaded map's), kept on the record under this symbol, not
 * enumerable (Object.keys, for-in, JSON, structuredClone and spreading never see it). Not in a
 * WeakMap: its lookup holds the record, and the young-generation collector keeps a WeakMap's value
 * alive while its key is young, even a key nothing else holds: every record listed since the
 * last collection (each load's whole map) was copied by it, 5 MB per load of 10,000 nodes.
 */
const TABLE = Symbol('node table');
type Held = Nodes & { [TABLE]?: NodeTable };

/** The node `id` of `map`, never an Object.prototype member; does not make a lazy record. */
export function nodeOf(map: WardleyMap, id: string): MapNode | undefined {
  const table = mapTables.get(map);
  if (table) return table.lookup.get(id);
  const nodes = map.nodes;
  return Object.hasOwn(nodes, id) ? nodes[id] : undefined;
}

export function hasNode(map: WardleyMap, id: string): boolean {
  return nodeOf(map, id) !== undefined;
}

/** The ids of `map`'s nodes in the record's order (the same as Object.keys(map.nodes)). */
export function nodeIds(map: WardleyMap): readonly string[] {
  return tableOf(map).ids;
}

/**
 * An object standing for `map`'s nodes, the same for maps that hold the same nodes (a map an edit
 * made, and any copy of it or of its record), to key what is worked out from the nodes.
 */
export function nodeTableKey(map: WardleyMap): object {
  return tableOf(map);
}

export function nodeCount(map: WardleyMap): number {
  return tableOf(map).ids.length;
}

/**
 * `map`'s nodes as a ReadonlyMap in the record's order, without making a lazy record: a map an
 * edit made reads through its table, any other map through its record.
 */
export function nodeLookup(map: WardleyMap): ReadonlyMap<string, MapNode> {
  const table = tableOf(map);
  if (table.lookup instanceof RecordLookup) return table.lookup;
  let ordered = orderedLookups.get(table);
  if (!ordered) {
    ordered = new TableLookup(table);
    orderedLookups.set(table, ordered);
  }
  return ordered;
}

const orderedLookups = new WeakMap<NodeTable, ReadonlyMap<string, MapNode>>();

/**
 * Visits `map`'s nodes in the record's order (an empty entry is skipped), through its table: a loaded
 * map's nodes are walked as a list, without a look-up per id.
 */
export function visitNodes(map: WardleyMap, visit: (node: MapNode, id: string) => void): void {
  const { lookup, ids } = tableOf(map);
  const inOrder = lookup instanceof RecordLookup ? lookup.nodesInOrder() : undefined;
  for (let i = 0; i < ids.length; i++) {
    const node = inOrder ? inOrder[i] : lookup.get(ids[i]!);
    if (node) visit(node, ids[i]!);
  }
}

/** Whether `map`'s `nodes` record is still to be made (for tests and the bench). */
export function nodesPending(map: WardleyMap): boolean {
  return typeof Object.getOwnPropertyDescriptor(map, 'nodes')?.get === 'function';
}

function tableOf(map: WardleyMap): NodeTable {
  return mapTables.get(map) ?? recordTable(map.nodes);
}

// Records are never changed in place once a map holds them (the core makes new ones), so their
// ids are listed once.
function recordTable(nodes: Nodes): NodeTable {
  let table = heldTable(nodes);
  if (!table) {
    const ids = Object.keys(nodes);
    table = { lookup: new RecordLookup(nodes, ids), ids };
    if (Object.isExtensible(nodes)) Object.defineProperty(nodes, TABLE, { value: table, configurable: true });
    else recordTables.set(nodes, table);
  }
  return table;
}

/** The table listed for `nodes` already, if any (one a copy of another record carries is not its own). */
function heldTable(nodes: Nodes): NodeTable | undefined {
  const own = (nodes as Held)[TABLE];
  if (own !== undefined && own.lookup instanceof RecordLookup && own.lookup.reads(nodes)) return own;
  return recordTables.get(nodes);
}

/**
 * The table of `map` with `written` nodes in place of the old ones, renamed ones (`renamed`: old
 * id -> new id) under their new id at their old place; undefined when a new id is already taken.
 */
export function changedTable(
  map: WardleyMap,
  written: ReadonlyMap<string, MapNode>,
  renamed: ReadonlyMap<string, string>,
): NodeTable | undefined {
  const table = tableOf(map);
  const targets = new Set(renamed.values());
  if (targets.size !== renamed.size) return undefined;
  for (const id of targets) if (table.lookup.has(id) && !renamed.has(id)) return undefined;
  const changes = new Map<string, MapNode | undefined>();
  for (const old of renamed.keys()) changes.set(old, undefined);
  for (const [id, node] of written) changes.set(id, node);
  let ids = table.ids;
  if (renamed.size > 0) {
    ids = ids.slice();
    for (const [old, id] of renamed) {
      const at = table.ids.indexOf(old);
      if (at < 0) return undefined;
      (ids as string[])[at] = id;
    }
  }
  const next = { lookup: LayeredMap.changed(table.lookup, changes), ids };
  madeFrom.set(next, { parent: table, written: [...written.keys()], renamed });
  return next;
}

// How each table an edit made differs from the one it was made from (held weakly: undo keeps the
// tables it needs, nothing here keeps a parent alive longer than its child).
const madeFrom = new WeakMap<
  NodeTable,
  { parent: NodeTable; written: readonly string[]; renamed: ReadonlyMap<string, string> }
>();

/** What differs between two node records, as node-table-change.ts tells it. */
export interface RecordChange {
  /** Ids whose node differs: changed and new ones in the new record's order, then removed ones. */
  readonly changed: readonly string[];
  /** Whether both hold the same ids in the same order. */
  readonly sameIds: boolean;
  readonly size: number;
}

/**
 * The change between two records when an edit made one's table from the other's (either way:
 * undo goes back), from what the edit wrote; undefined otherwise (the caller compares them).
 */
export function recordChange(prev: Nodes, next: Nodes): RecordChange | undefined {
  const before = heldTable(prev);
  const after = heldTable(next);
  return before && after ? tableChange(before, after) : undefined;
}

/**
 * The change between the nodes of two maps when an edit made one's table from the other's, as
 * recordChange tells it, without making either map's record; undefined otherwise.
 */
export function mapNodesChange(prev: WardleyMap, next: WardleyMap): RecordChange | undefined {
  return tableChange(tableOf(prev), tableOf(next));
}

function tableChange(before: NodeTable, after: NodeTable): RecordChange | undefined {
  const forward = madeFrom.get(after);
  if (forward?.parent === before) return changeOf(after, forward.written, forward.renamed.keys(), forward.renamed.size);
  const back = madeFrom.get(before);
  if (back?.parent !== after) return undefined;
  const oldName = new Map<string, string>();
  for (const [old, id] of back.renamed) oldName.set(id, old);
  const written = back.written.map((id) => oldName.get(id) ?? id);
  return changeOf(after, written, back.renamed.values(), back.renamed.size);
}

/** Above this many written nodes, finding their places costs more than comparing the records. */
const MAX_WRITTEN = 64;

function changeOf(
  table: NodeTable,
  written: readonly string[],
  gone: Iterable<string>,
  renames: number,
): RecordChange | undefined {
  if (written.length > MAX_WRITTEN) return undefined;
  const placed = written.map((id) => ({ id, at: table.ids.indexOf(id) })).filter((p) => p.at >= 0);
  const changed = placed.sort((x, y) => x.at - y.at).map((p) => p.id);
  for (const id of gone) if (!table.lookup.has(id) && !changed.includes(id)) changed.push(id);
  return { changed, sameIds: renames === 0, size: table.ids.length };
}

/** `fields` (a map without its nodes) with the nodes of `table`, its record made when first read. */
export function mapWithTable(fields: Omit<WardleyMap, 'nodes'>, table: NodeTable): WardleyMap {
  const map = { ...fields } as WardleyMap;
  mapTables.set(map, table);
  makeLater(map, table);
  return map;
}

// `nodes` as a getter that makes the record (or gives back `held`, while something else still
// holds that), then stands as a plain property holding it.
function makeLater(map: WardleyMap, table: NodeTable, held?: WeakRef<Nodes>): void {
  Object.defineProperty(map, 'nodes', {
    configurable: true,
    enumerable: true,
    get(): Nodes {
      const nodes = held?.deref() ?? madeRecord(table);
      Object.defineProperty(map, 'nodes', { configurable: true, enumerable: true, writable: true, value: nodes });
      return nodes;
    },
  });
}

/**
 * Lets a map made by an edit drop its record (undo keeps hundreds of maps): it is made again, the
 * same nodes in the same order, when next read. While something else still holds the record (the
 * store's listeners, the canvas's labels keyed by it), that record itself is given back: a new one
 * would look like another map's. False for a map without a table.
 */
export function dropNodesRecord(map: WardleyMap): boolean {
  const table = mapTables.get(map);
  if (!table) return false;
  if (!nodesPending(map)) makeLater(map, table, new WeakRef(map.nodes));
  return true;
}

// How many records have been made from tables: tests assert an edit's path makes none.
let recordsMade = 0;

/** How many maps' `nodes` records have been made from their tables so far (for tests). */
export function nodeRecordsMade(): number {
  return recordsMade;
}

function madeRecord(table: NodeTable): Nodes {
  recordsMade += 1;
  const nodes: Nodes = {};
  for (const id of table.ids) nodes[id] = table.lookup.get(id) as MapNode;
  recordTables.set(nodes, table);
  return nodes;
}

/** A plain record read as a ReadonlyMap, own keys only. */
class RecordLookup implements ReadonlyMap<string, MapNode> {
  readonly #nodes: Nodes;
  readonly #ids: readonly string[];
  #inOrder: readonly MapNode[] | undefined;

  constructor(nodes: Nodes, ids: readonly string[]) {
    this.#nodes = nodes;
    this.#ids = ids;
  }

  /** Whether this reads `nodes` itself. */
  reads(nodes: Nodes): boolean {
    return this.#nodes === nodes;
  }

  get size(): number {
    return this.#ids.length;
  }

  get(id: string): MapNode | undefined {
    return Object.hasOwn(this.#nodes, id) ? this.#nodes[id] : undefined;
  }

  has(id: string): boolean {
    return Object.hasOwn(this.#nodes, id);
  }

  *entries(): MapIterator<[string, MapNode]> {
    const [ids, nodes] = [this.#ids, this.nodesInOrder()];
    for (let i = 0; i < ids.length; i++) yield [ids[i]!, nodes[i]!];
  }

  *keys(): MapIterator<string> {
    yield* this.#ids;
  }

  *values(): MapIterator<MapNode> {
    yield* this.nodesInOrder();
  }

  [Symbol.iterator](): MapIterator<[string, MapNode]> {
    return this.entries();
  }

  forEach(visit: (node: MapNode, id: string, map: ReadonlyMap<string, MapNode>) => void): void {
    const [ids, nodes] = [this.#ids, this.nodesInOrder()];
    for (let i = 0; i < ids.length; i++) visit(nodes[i]!, ids[i]!, this);
  }

  /**
   * The record's nodes in its order, listed at the first walk (the record never changes): a walk
   * then reads no hash table. Looking each id up in a record of 10,000 costs several times what it
   * does in one of 2,000, and a plan or an export walks the nodes a dozen times.
   */
  nodesInOrder(): readonly MapNode[] {
    const nodes = this.#nodes;
    return (this.#inOrder ??= this.#ids.map((id) => nodes[id] as MapNode));
  }
}

/** A table read as a ReadonlyMap in its ids' order (its own lookup's order is not the record's). */
class TableLookup implements ReadonlyMap<string, MapNode> {
  readonly #table: NodeTable;

  constructor(table: NodeTable) {
    this.#table = table;
  }

  get size(): number {
    return this.#table.ids.length;
  }

  get(id: string): MapNode | undefined {
    return this.#table.lookup.get(id);
  }

  has(id: string): boolean {
    return this.#table.lookup.has(id);
  }

  *entries(): MapIterator<[string, MapNode]> {
    const { ids, lookup } = this.#table;
    for (const id of ids) yield [id, lookup.get(id) as MapNode];
  }

  *keys(): MapIterator<string> {
    yield* this.#table.ids;
  }

  *values(): MapIterator<MapNode> {
    for (const [, node] of this.entries()) yield node;
  }

  [Symbol.iterator](): MapIterator<[string, MapNode]> {
    return this.entries();
  }

  forEach(visit: (node: MapNode, id: string, map: ReadonlyMap<string, MapNode>) => void): void {
    for (const [id, node] of this.entries()) visit(node, id, this);
  }
}

// nodeEntries and nodeIndex (types.ts) read a map whose record is still to be made through here.
readPendingNodesWith((map) => (nodesPending(map) ? nodeLookup(map) : undefined));
