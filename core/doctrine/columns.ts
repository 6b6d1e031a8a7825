// What the rules test first about every node, by position, made in the rule context's one pass
// over the nodes: a word of flags and the two coordinates. At 10,000 nodes a rule's pass reading
// the node objects costs ten to twenty times its pass at 2,000 (the objects no longer stay in the
// processor's caches), so the rules that scan every node read these typed arrays and open only
// the nodes their flags let through, which their own tests then judge as before.
import { EVOLUTION_ANSWERS_FIELD } from '../evolution/answers.ts';
import type { MapNode } from '../model/types.ts';
import type { RuleContext } from './finding.ts';

export const USER = 1 << 0;
export const NEED = 1 << 1;
export const COMPONENT = 1 << 2;
export const BUILD = 1 << 3;
export const BUY = 1 << 4;
export const OUTSOURCE = 1 << 5;
/** `inside` is set. */
export const INSIDE = 1 << 6;
/** `uses` names at least one node. */
export const USES = 1 << 7;
/** A node uses it. */
export const USED = 1 << 8;
/** A node sits inside it. */
export const CONTAINS = 1 << 9;
export const EVOLVE = 1 << 10;
/** `inertia: true`. */
export const INERTIA = 1 << 11;
/** `data.classes` names at least one class. */
export const DATA = 1 << 12;
/** `data.residency` is set. */
export const RESIDENCY = 1 << 13;
/** `ignore` is set. */
export const IGNORE = 1 << 14;
/** The workshop's evolution answers are recorded (core/evolution/answers.ts). */
export const ANSWERS = 1 << 15;
/** Any of build, buy, outsource. */
export const SOURCED = BUILD | BUY | OUTSOURCE;

/** The `uses` edges of a whole context by node position (edges.ts). */
export interface PositionEdges {
  /** Node i's uses are `targets[start[i]]` … `targets[start[i + 1] - 1]`, in its order. */
  readonly start: Int32Array;
  /** The position of each use's target; -1 when no node has that id. */
  readonly targets: Int32Array;
  /** The position of each node's monolith (`inside`); -1 when it has none or no node has that id. */
  readonly inside: Int32Array;
}

export interface NodeColumns {
  /** The flags above of the node at each position. */
  readonly flags: Uint16Array;
  readonly evolution: Float64Array;
  readonly visibility: Float64Array;
}

/** A whole context's edges and columns; none for a context of some nodes only. */
export interface WholeTables {
  readonly edges: PositionEdges;
  readonly columns: NodeColumns;
}

const tablesByContext = new WeakMap<RuleContext, WholeTables>();

export function rememberTables(context: RuleContext, tables: WholeTables): void {
  tablesByContext.set(context, tables);
}

/** The tables of a context made by ruleContext of every node (node i at position i), else undefined. */
export function wholeTables(context: RuleContext): WholeTables | undefined {
  return tablesByContext.get(context);
}

// Kind and sourcing are compared with ===, not looked up in a record by the node's string: the
// strings of a copied map are not interned, and each such look-up searched the engine's table of
// interned strings (a pass of ownFlags at 10,000 nodes cost fifteen times the pass at 2,000).
function kindFlag(kind: string): number {
  if (kind === 'component') return COMPONENT;
  if (kind === 'user') return USER;
  return kind === 'need' ? NEED : 0;
}

function sourcingFlag(sourcing: string | undefined): number {
  if (sourcing === undefined) return 0;
  if (sourcing === 'build') return BUILD;
  if (sourcing === 'buy') return BUY;
  return sourcing === 'outsource' ? OUTSOURCE : 0;
}

/** The flags a node has of itself (USED and CONTAINS come from the other nodes' edges). */
export function ownFlags(node: MapNode): number {
  let flags = kindFlag(node.kind) | sourcingFlag(node.sourcing);
  if (node.inside !== undefined) flags |= INSIDE;
  if ((node.uses?.length ?? 0) > 0) flags |= USES;
  if (node.evolve !== undefined) flags |= EVOLVE;
  if (node.inertia === true) flags |= INERTIA;
  if (node.ignore !== undefined) flags |= IGNORE;
  if (node[EVOLUTION_ANSWERS_FIELD] !== undefined) flags |= ANSWERS;
  const data = node.data;
  if (data !== undefined) {
    if ((data.classes?.length ?? 0) > 0) flags |= DATA;
    if (data.residency) flags |= RESIDENCY;
  }
  return flags;
}

/** Which flags a node must have for a rule to look at it. */
export interface Wanted {
  /** Every one of these. */
  all: number;
  /** None of these. */
  none?: number;
  /** At least one of these. */
  any?: number;
  /** And this, read from the columns of the node at `at`. */
  also?: (columns: NodeColumns, at: number) => boolean;
}

/**
 * Calls `visit` with each node a rule must look at: in a whole context those whose columns are
 * as `wanted`; in a context of some nodes, every node. The columns only skip nodes the rule's
 * own test would pass over; the rule still tests each node it is given.
 */
export function eachEntry(
  context: RuleContext,
  wanted: Wanted,
  visit: (id: string, node: MapNode, at: number) => void,
): void {
  const { ids, nodes } = context;
  const columns = wholeTables(context)?.columns;
  const { all, none = 0, any = 0, also } = wanted;
  for (let at = 0; at < ids.length; at++) {
    if (columns !== undefined) {
      const flags = columns.flags[at] as number;
      if ((flags & all) !== all || (flags & none) !== 0 || (any !== 0 && (flags & any) === 0)) continue;
      if (also !== undefined && !also(columns, at)) continue;
    }
    visit(ids[at] as string, nodes[at] as MapNode, at);
  }
}
