// Domain names for the types generated from schema/map.schema.json (the single source of truth).
import type {
  Agreement,
  Annotation,
  DataClass,
  DataHeld,
  DeployHints,
  DeploymentSettings,
  Environment,
  Node,
  PlanHints,
  SensitiveSettings,
  Sourcing,
  Stages,
  WardleyMap,
} from '../../schema/map-types.ts';

export type {
  Agreement,
  Annotation,
  DataClass,
  DataHeld,
  DeployHints,
  DeploymentSettings,
  Environment,
  PlanHints,
  SensitiveSettings,
  Sourcing,
  Stages,
  WardleyMap,
};
export type MapNode = Node;
export type NodeKind = Node['kind'];

export const SOURCINGS: readonly Sourcing[] = ['build', 'buy', 'outsource'];
export const NODE_KINDS: readonly NodeKind[] = ['user', 'need', 'component'];

export type Severity = 'error' | 'warning' | 'info';

/** A finding about a map file: a parse error, a schema error or a doctrine check. */
export interface Diagnostic {
  /** 1-based line in the file (0 when the finding has no place in the file). */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `yaml/alias`, `schema/unknown-field`, `source/build-commodity`. */
  rule: string;
  message: string;
  /** The node the finding is about, when there is one. */
  node?: string;
}

/**
 * The nodes of a map an edit made whose `nodes` record is still to be made, read through its table
 * in the record's order (node-table.ts sets this when loaded: no map has a table before); undefined
 * for any other map.
 */
let pendingNodes: (map: WardleyMap) => ReadonlyMap<string, MapNode> | undefined = () => undefined;

export function readPendingNodesWith(lookup: (map: WardleyMap) => ReadonlyMap<string, MapNode> | undefined): void {
  pendingNodes = lookup;
}

/** The nodes of a map as [id, node] pairs, in file order. */
export function nodeEntries(map: WardleyMap): [string, MapNode][] {
  const out: [string, MapNode][] = [];
  // A map an edit made reads its table, in the record's order, without making the record.
  const pending = pendingNodes(map);
  if (pending) {
    for (const entry of pending) out.push(entry);
    return out;
  }
  for (const id of Object.keys(map.nodes)) {
    const node = map.nodes[id];
    if (node) out.push([id, node]);
  }
  return out;
}

/**
 * The node an id names, never an Object.prototype member (`constructor`, `toString`): through the
 * table of a map an edit made, else the record itself (no Map is built: a load looks up each
 * reference once, and a Map of 10,000 nodes cost more than the look-ups).
 */
export function nodeLookup(map: WardleyMap): (id: string) => MapNode | undefined {
  const table = pendingNodes(map);
  if (table) return (id) => table.get(id);
  const nodes = map.nodes;
  return (id) => (Object.hasOwn(nodes, id) ? nodes[id] : undefined);
}

// The last lookup built for a nodes record. The plan and the exporters ask for one per phase and
// per helper: at 10,000 nodes building a Map costs several times more per entry than at 2,000
// (the large table's fresh pages), so a plan built it about 20 times over, a third of its time.
const indexOf = new WeakMap<object, Map<string, MapNode>>();

/** A lookup that never finds Object.prototype members (`constructor`, `toString`). */
export function nodeIndex(map: WardleyMap): ReadonlyMap<string, MapNode> {
  const pending = pendingNodes(map);
  if (pending) return pending;
  const kept = indexOf.get(map.nodes);
  if (kept && holdsSame(kept, map.nodes)) return kept;
  const index = new Map(nodeEntries(map));
  indexOf.set(map.nodes, index);
  return index;
}

/**
 * Whether `index` still holds exactly the record's nodes, in its order: records are not changed
 * in place by the core, but a caller may; reading every entry again costs a lookup each.
 */
function holdsSame(index: ReadonlyMap<string, MapNode>, nodes: WardleyMap['nodes']): boolean {
  const held = index.entries();
  for (const id of Object.keys(nodes)) {
    const node = nodes[id];
    if (!node) continue;
    const next = held.next();
    if (next.done === true || next.value[0] !== id || next.value[1] !== node) return false;
  }
  return held.next().done === true;
}
