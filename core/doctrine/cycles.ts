// Dependency cycles in `uses`: strongly connected components by Tarjan's algorithm, iterative so a
// 20,000-node chain cannot overflow the call stack, linear in nodes plus edges.
import { nodeEntries, type MapNode, type WardleyMap } from '../model/types.ts';
import { edgesAmong, positionEdges, type PositionEdges } from './edges.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';

/** Every group of nodes that depend on each other in a cycle, members and groups in file order. */
export function dependencyCycles(map: WardleyMap): string[][] {
  // Not on the load or edit path (tests and tools call it): the record's entries, read afresh.
  const entries = nodeEntries(map);
  return cyclesWithin(
    entries.map(([id]) => id),
    entries.map(([, node]) => node),
  );
}

/**
 * The cycles among the nodes of `ids`, and a rank for each (by place): an edge between nodes of
 * different cycles goes from a lower rank to a higher one, and a cycle's members share one (a
 * topological order of the cycles, which the check after a new link reads: cycle-order.ts).
 */
function cyclesAndOrder(ids: readonly string[], edges: PositionEdges): { groups: string[][]; ranks: Float64Array } {
  const found = tarjan(edges);
  const { count, component, members, first } = found;
  // Tarjan's algorithm completes a component only after every component it reaches.
  const ranks = new Float64Array(ids.length);
  for (let v = 0; v < ids.length; v++) ranks[v] = count - 1 - (component[v] as number);
  const groups: number[][] = [];
  for (let c = 0; c < count; c++) {
    const from = first[c] as number;
    const to = first[c + 1] as number;
    if (to - from > 1 || loopsToItself(edges, members[from] as number))
      groups.push(Array.from(members.subarray(from, to)).sort((x, y) => x - y));
  }
  groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  return { groups: groups.map((group) => group.map((i) => ids[i] ?? '')), ranks };
}

function loopsToItself({ start, targets }: PositionEdges, v: number): boolean {
  for (let k = start[v] as number; k < (start[v + 1] as number); k++) if (targets[k] === v) return true;
  return false;
}

/** Strongly connected components over vertices 0..n-1, as lists of vertices in the order found. */
export function stronglyConnected(edges: readonly (readonly number[])[]): number[][] {
  const start = new Int32Array(edges.length + 1);
  edges.forEach((out, i) => (start[i + 1] = (start[i] as number) + out.length));
  const { count, members, first } = tarjan({ start, targets: Int32Array.from(edges.flat()) });
  return Array.from({ length: count }, (_, c) => Array.from(members.subarray(first[c], first[c + 1])));
}

interface Components {
  count: number;
  /** Each vertex's component, numbered in the order completed. */
  readonly component: Int32Array;
  /** Each component's vertices in the order popped, component c from `first[c]`. */
  readonly members: Int32Array;
  readonly first: Int32Array;
}

/**
 * The components, as Tarjan's algorithm completes them: iterative, with an explicit call stack,
 * so a 20,000-node chain cannot overflow the call stack. Targets of -1 (no such node) are skipped.
 */
function tarjan({ start, targets }: Pick<PositionEdges, 'start' | 'targets'>): Components {
  const n = start.length - 1;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const stack = { at: new Int32Array(n), on: new Uint8Array(n), size: 0 };
  const calls = { vertex: new Int32Array(n), edge: new Int32Array(n), size: 0 };
  const found: Components = {
    count: 0,
    component: new Int32Array(n),
    members: new Int32Array(n),
    first: new Int32Array(n + 1),
  };
  let counter = 0;
  const enter = (v: number) => {
    order[v] = low[v] = counter++;
    stack.at[stack.size++] = v;
    stack.on[v] = 1;
    calls.vertex[calls.size] = v;
    calls.edge[calls.size++] = start[v] as number;
  };
  for (let root = 0; root < n; root++) {
    if (order[root] === -1) enter(root);
    while (calls.size > 0) {
      const v = calls.vertex[calls.size - 1] as number;
      const e = calls.edge[calls.size - 1] as number;
      if (e < (start[v + 1] as number)) {
        calls.edge[calls.size - 1] = e + 1;
        const w = targets[e] as number;
        if (w >= 0 && order[w] === -1) enter(w);
        else if (w >= 0 && stack.on[w]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      const parent = --calls.size > 0 ? (calls.vertex[calls.size - 1] as number) : -1;
      if (parent >= 0) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] === order[v]) popComponent(found, stack, v);
    }
  }
  found.first[found.count] = n;
  return found;
}

/** Pops the stack down to `root`: one component, completed. */
function popComponent(found: Components, stack: { at: Int32Array; on: Uint8Array; size: number }, root: number): void {
  let popped = found.first[found.count] as number;
  for (let w = -1; w !== root;) {
    w = stack.at[--stack.size] as number;
    stack.on[w] = 0;
    found.members[popped++] = w;
    found.component[w] = found.count;
  }
  found.first[++found.count] = popped;
}

/** The cycle message names at most this many hops, so a 5,000-node cycle stays one line. */
const SHOWN_HOPS = 8;

// The groups found in each context, so the check after an edit can follow the change
// (cycle-changes.ts) instead of walking the whole graph again.
const groupsByContext = new WeakMap<RuleContext, KnownCycles>();

/**
 * The cycles found (undefined: a cycle an edit took away), each member's cycle by index, and the
 * loop each cycle's finding shows (its first node first and last).
 */
export interface KnownCycles {
  readonly groups: readonly (readonly string[] | undefined)[];
  readonly groupOf: ReadonlyMap<string, number>;
  readonly loops: readonly (readonly string[] | undefined)[];
  /**
   * A rank for each node, by its place in the context (positions): an edge between nodes of
   * different cycles goes from a lower rank to a higher one; a cycle's members share one (whole
   * numbers from a full run; a link ranks nodes anew between two ranks: cycle-order.ts).
   * Undefined when not known (after an edit split a cycle).
   */
  readonly ranks?: Float64Array | undefined;
}

/** The cycles of a context whose chain/cycle findings were made, if they were. */
export function knownCycles(context: RuleContext): KnownCycles | undefined {
  return groupsByContext.get(context);
}

export function rememberCycles(context: RuleContext, known: KnownCycles): void {
  groupsByContext.set(context, known);
}

/** The cycles among the nodes of `ids` only (edges to other nodes ignored), members in the order given. */
export function cyclesWithin(ids: readonly string[], nodes: readonly MapNode[]): string[][] {
  const number = new Map(ids.map((id, i) => [id, i]));
  return cyclesAndOrder(ids, edgesAmong(nodes, number)).groups;
}

export const dependencyCycle: DoctrineRule = {
  ids: ['chain/cycle'],
  reason: 'a cycle in uses means none of its members can change or be extracted alone',
  check(context: RuleContext): Finding[] {
    // The context's positions number the nodes already: at 10,000 nodes another such Map per
    // check is one more large allocation the collector has to follow.
    const edges = positionEdges(context) ?? edgesAmong(context.nodes, context.positions);
    const { groups, ranks } = cyclesAndOrder(context.ids, edges);
    const groupOf = new Map<string, number>();
    groups.forEach((group, i) => group.forEach((id) => groupOf.set(id, i)));
    const loops = groups.map((members) => cycleLoop(context, members));
    rememberCycles(context, { groups, groupOf, loops, ranks });
    return loops.map((loop, i) => loopFinding(context, loop, groups[i]?.length ?? 0));
  },
};

/** The loop a cycle's finding shows: the shortest from its first member back to it. */
export function cycleLoop(context: RuleContext, members: readonly string[]): string[] {
  // Start from a member that silences the rule, if any, so one written reason covers the cycle.
  const start = members.find((id) => silencesCycle(context.index.get(id))) ?? members[0] ?? '';
  return shortestLoop(context, start, new Set(members));
}

/** Whether a node's `ignore` silences chain/cycle (which makes it its cycle's first member). */
export function silencesCycle(node: { ignore?: Record<string, unknown> } | undefined): boolean {
  return node?.ignore?.['chain/cycle'] !== undefined;
}

/** The finding about a cycle of `size` nodes, on `loop`'s first node. */
export function loopFinding(context: RuleContext, loop: readonly string[], size: number): Finding {
  const start = loop[0] ?? '';
  const next = loop[1] ?? start;
  const edge = Math.max(0, (context.index.get(start)?.uses ?? []).indexOf(next));
  const shown = loop.length > SHOWN_HOPS + 1 ? [...loop.slice(0, SHOWN_HOPS), '…', start] : loop;
  const count = size > 2 ? ` (${size} nodes depend on each other)` : '';
  const message = `dependency cycle: ${shown.join(' → ')}${count}`;
  return nodeFinding('chain/cycle', 'warning', start, ['nodes', start, 'uses', edge], message);
}

/** Breadth-first within the cycle's members: the shortest path from `start` back to itself. */
export function shortestLoop(context: RuleContext, start: string, members: Pick<ReadonlySet<string>, 'has'>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const target of context.index.get(id)?.uses ?? []) {
      if (target === start) return [...pathTo(cameFrom, start, id), start];
      if (!members.has(target) || cameFrom.has(target)) continue;
      cameFrom.set(target, id);
      queue.push(target);
    }
  }
  return [start, start];
}

function pathTo(cameFrom: ReadonlyMap<string, string>, start: string, end: string): string[] {
  const path = [end];
  for (let at = end; at !== start;) {
    at = cameFrom.get(at) ?? start;
    path.push(at);
  }
  return path.reverse();
}
