// Dependency cycles in `uses`: strongly connected components by Tarjan's algorithm, iterative so a
// 20,000-node chain cannot overflow the call stack, linear in nodes plus edges.
import { nodeEntries, type MapNode, type WardleyMap } from '../model/types.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';

/** Every group of nodes that depend on each other in a cycle, members and groups in file order. */
export function dependencyCycles(map: WardleyMap): string[][] {
  return cyclesAmong(nodeEntries(map));
}

/** `number`: each id's place in `entries`, when the caller has it (a rule context's positions). */
function cyclesAmong(
  entries: readonly (readonly [string, MapNode])[],
  number: ReadonlyMap<string, number> = new Map(entries.map(([id], i) => [id, i])),
): string[][] {
  return cyclesAndOrder(entries, number).groups;
}

/**
 * The cycles among `entries`, and a rank for each entry (by place): an edge between nodes of
 * different cycles goes from a lower rank to a higher one, and a cycle's members share one (a
 * topological order of the cycles, which the check after a new link reads: cycle-order.ts).
 */
function cyclesAndOrder(
  entries: readonly (readonly [string, MapNode])[],
  number: ReadonlyMap<string, number>,
): { groups: string[][]; ranks: Int32Array } {
  const ids = entries.map(([id]) => id);
  const edges = entries.map(([, node]) => (node.uses ?? []).flatMap((t) => number.get(t) ?? []));
  const components = stronglyConnected(edges);
  // Tarjan's algorithm completes a component only after every component it reaches.
  const ranks = new Int32Array(entries.length);
  components.forEach((group, i) => group.forEach((v) => (ranks[v] = components.length - 1 - i)));
  const groups = components
    .filter((group) => group.length > 1 || (edges[group[0] ?? 0] ?? []).includes(group[0] ?? -1))
    .map((group) => group.sort((a, b) => a - b))
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    .map((group) => group.map((i) => ids[i] ?? ''));
  return { groups, ranks };
}

/** Tarjan's strongly connected components over vertices 0..n-1 with an explicit call stack. */
export function stronglyConnected(edges: readonly (readonly number[])[]): number[][] {
  const n = edges.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const calls: [vertex: number, nextEdge: number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (calls.length > 0) {
      const frame = calls[calls.length - 1] as [number, number];
      const [v, e] = frame;
      const out = edges[v] ?? [];
      if (e < out.length) {
        frame[1] = e + 1;
        const w = out[e] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          calls.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === order[v]) groups.push(popGroup(stack, onStack, v));
    }
  }
  return groups;
}

function popGroup(stack: number[], onStack: Uint8Array, root: number): number[] {
  const group: number[] = [];
  let w: number | undefined;
  do {
    w = stack.pop() as number;
    onStack[w] = 0;
    group.push(w);
  } while (w !== root);
  return group;
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
   * different cycles goes from a lower rank to a higher one; a cycle's members share one.
   * Undefined when not known (after an edit split a cycle).
   */
  readonly ranks?: Int32Array | undefined;
}

/** The cycles of a context whose chain/cycle findings were made, if they were. */
export function knownCycles(context: RuleContext): KnownCycles | undefined {
  return groupsByContext.get(context);
}

export function rememberCycles(context: RuleContext, known: KnownCycles): void {
  groupsByContext.set(context, known);
}

/** The cycles among `entries` only (edges to other nodes ignored), members in the order given. */
export function cyclesWithin(entries: readonly (readonly [string, MapNode])[]): string[][] {
  return cyclesAmong(entries);
}

export const dependencyCycle: DoctrineRule = {
  ids: ['chain/cycle'],
  reason: 'a cycle in uses means none of its members can change or be extracted alone',
  check(context: RuleContext): Finding[] {
    // The context's positions number the nodes already: at 10,000 nodes another such Map per
    // check is one more large allocation the collector has to follow.
    const { groups, ranks } = cyclesAndOrder(context.entries, context.positions);
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
function shortestLoop(context: RuleContext, start: string, members: ReadonlySet<string>): string[] {
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
