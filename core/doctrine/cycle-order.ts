// Whether a new link closes a cycle, read from a topological order of the cycles (KnownCycles'
// ranks: an edge between nodes of different cycles goes from a lower rank to a higher one). A
// link to a node of higher rank cannot close one, and keeps the order: no walk at all, whatever
// the size of the map. A link against the order walks only the nodes ranked between its two ends
// (forward from its target, back from its source), and then ranks those again: the nodes that
// reach its source first, then (when it closed one) the cycle it made, then those its target
// reaches (Pearce and Kelly's dynamic topological order, with cycles as single nodes).
import type { RuleContext } from './finding.ts';

/** What a link against the order found: the cycle it closed (if any) and the ranks after it. */
export interface OrderedLink {
  readonly joined: Set<string> | undefined;
  readonly ranks: Int32Array;
}

/** The rank of a node of `context` (by its place), or undefined when it has none. */
export function rankIn(context: RuleContext, ranks: Int32Array): (id: string) => number | undefined {
  return (id) => {
    const at = context.positions.get(id);
    return at === undefined ? undefined : ranks[at];
  };
}

/** Whether the link `from` → `to` can close a cycle: not when it goes up the order. */
export function againstOrder(rank: (id: string) => number | undefined, from: string, to: string): boolean {
  const a = rank(from);
  const b = rank(to);
  return a === undefined || b === undefined || b <= a;
}

/**
 * The link `from` → `to` (against the order, every other edge of `context` along it): the cycle
 * through `from` it closed, and ranks that order every edge again.
 */
export function linkAgainstOrder(context: RuleContext, ranks: Int32Array, from: string, to: string): OrderedLink {
  const rank = rankIn(context, ranks);
  const low = rank(to) ?? 0;
  const high = rank(from) ?? 0;
  const forward = walkWithin(context, to, (id) => context.index.get(id)?.uses ?? [], rank, low, high);
  const back = walkWithin(context, from, (id) => context.usedBy.get(id) ?? [], rank, low, high);
  const joined = forward.has(from) ? new Set([...forward].filter((id) => back.has(id))) : undefined;
  const outside = (walk: Set<string>) => [...walk].filter((id) => !joined?.has(id));
  const groups = [outside(back), [...(joined ?? [])], outside(forward)];
  return { joined, ranks: reranked(context, ranks, groups) };
}

/** The nodes `start` reaches along `next` (itself included) through nodes ranked in [low, high]. */
function walkWithin(
  context: RuleContext,
  start: string,
  next: (id: string) => readonly string[],
  rank: (id: string) => number | undefined,
  low: number,
  high: number,
): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const id of next(queue[head] as string)) {
      if (seen.has(id) || !context.index.has(id)) continue;
      const r = rank(id);
      if (r === undefined || r < low || r > high) continue;
      seen.add(id);
      queue.push(id);
    }
  }
  return seen;
}

/**
 * `ranks` with the nodes of `groups` ranked again from the ranks they held, in the groups' order:
 * the first group (those reaching the link's source) takes the lowest of those ranks and the last
 * (those its target reaches) the highest, each in its old order (a cycle's members keep sharing
 * one), so no node of the first rises and none of the last falls (an edge from a node outside the
 * walks stays in order); the middle group (the cycle a link closed) takes one rank between.
 */
function reranked(context: RuleContext, ranks: Int32Array, groups: readonly (readonly string[])[]): Int32Array {
  const rank = rankIn(context, ranks);
  const [back, joined, forward] = groups.map((ids) =>
    [...new Set(ids.map((id) => rank(id) as number))].sort((a, b) => a - b),
  ) as [number[], number[], number[]];
  const pool = [...back, ...joined, ...forward].sort((a, b) => a - b);
  const next = new Map<number, number>();
  back.forEach((old, k) => next.set(old, pool[k] as number));
  for (const old of joined) next.set(old, pool[back.length] as number);
  forward.forEach((old, k) => next.set(old, pool[pool.length - forward.length + k] as number));
  const out = ranks.slice();
  for (const ids of groups) {
    for (const id of ids) {
      const at = context.positions.get(id) as number;
      out[at] = next.get(ranks[at] as number) as number;
    }
  }
  return out;
}
