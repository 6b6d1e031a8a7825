// Whether a new link closes a cycle, read from a topological order of the cycles (KnownCycles'
// ranks: an edge between nodes of different cycles goes from a lower rank to a higher one). A
// link to a node of higher rank cannot close one, and keeps the order: no walk at all, whatever
// the size of the map. A link against the order walks only the nodes ranked between its two ends
// (forward from its target, back from its source), and then ranks those again: the nodes that
// reach its source first, then (when it closed one) the cycle it made, then those its target
// reaches (Pearce and Kelly's dynamic topological order, with cycles as single nodes).
//
// A cycle's members share one rank, so the walk forward stops at the rank of the source: a node
// there is in the source's cycle, which reaches the source, and the link closes a cycle; the walk
// back stops at the target's rank likewise. Neither walks through the other end's cycle, which
// may be most of the map (a link into a large cycle costs that cycle once, not twice).
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

/** The places of the nodes ranked between a link's two ends, with the mark each walk leaves. */
interface Span {
  readonly context: RuleContext;
  readonly ranks: Int32Array;
  /** By place: FORWARD when the walk from the target found it, BACK when the walk from the source did. */
  readonly marks: Uint8Array;
  readonly low: number;
  readonly high: number;
}

/** The nodes a walk found (its start first), their places, and whether it met the rank it stops at. */
interface Walked {
  readonly ids: string[];
  readonly places: number[];
  met: boolean;
}

const FORWARD = 1;
const BACK = 2;

/**
 * The link `from` → `to` (against the order, every other edge of `context` along it): the cycle
 * through `from` it closed, and ranks that order every edge again.
 */
export function linkAgainstOrder(context: RuleContext, ranks: Int32Array, from: string, to: string): OrderedLink {
  const rank = rankIn(context, ranks);
  const span: Span = { context, ranks, marks: new Uint8Array(ranks.length), low: rank(to) ?? 0, high: rank(from) ?? 0 };
  const { low, high, marks } = span;
  // Both ends in one cycle (or one node): the walks stay within that cycle and find it.
  const apart = low < high;
  const forward = walkWithin(span, to, FORWARD, apart ? high : undefined);
  const back = walkWithin(span, from, BACK, apart ? low : undefined);
  const closed = apart ? forward.met : ((marks[back.places[0] as number] ?? 0) & FORWARD) !== 0;
  // The cycle: the target's and the source's (all the walks found at their ranks) and every node
  // both walks found.
  const inCycle = (at: number) => marks[at] === FORWARD + BACK || ranks[at] === low || ranks[at] === high;
  const joined = closed ? new Set<string>() : undefined;
  const groups: [number[], number[], number[]] = [[], [], []];
  const sort = (walk: Walked, outside: number[]) =>
    walk.ids.forEach((id, k) => {
      const at = walk.places[k] as number;
      if (joined === undefined || !inCycle(at)) outside.push(at);
      else if (!joined.has(id)) {
        joined.add(id);
        groups[1].push(at);
      }
    });
  sort(back, groups[0]);
  sort(forward, groups[2]);
  return { joined, ranks: reranked(ranks, groups) };
}

/**
 * The nodes `start` reaches (itself included) forward along `uses` or back along the users, through
 * nodes ranked in the span; a node ranked `stop` is not walked through but noted as met.
 */
function walkWithin(span: Span, start: string, bit: number, stop: number | undefined): Walked {
  const { context, ranks, marks, low, high } = span;
  const next =
    bit === FORWARD ? (id: string) => context.index.get(id)?.uses ?? [] : (id: string) => context.usedBy.get(id) ?? [];
  const walked: Walked = { ids: [start], places: [context.positions.get(start) ?? -1], met: false };
  const first = walked.places[0] as number;
  marks[first] = (marks[first] ?? 0) | bit;
  for (let head = 0; head < walked.ids.length; head++) {
    for (const id of next(walked.ids[head] as string)) {
      const at = context.positions.get(id);
      if (at === undefined || ((marks[at] as number) & bit) !== 0) continue;
      const r = ranks[at];
      if (r === undefined || r < low || r > high) continue;
      if (r === stop) {
        walked.met = true;
        continue;
      }
      marks[at] = (marks[at] as number) | bit;
      walked.ids.push(id);
      walked.places.push(at);
    }
  }
  return walked;
}

/**
 * `ranks` with the nodes at the places of `groups` ranked again from the ranks they held, in the
 * groups' order: the first group (those reaching the link's source) takes the lowest of those
 * ranks and the last (those its target reaches) the highest, each in its old order (a cycle's
 * members keep sharing one), so no node of the first rises and none of the last falls (an edge
 * from a node outside the walks stays in order); the middle group (the cycle a link closed) takes
 * one rank between.
 */
function reranked(ranks: Int32Array, groups: readonly [number[], number[], number[]]): Int32Array {
  const [back, joined, forward] = groups.map((places) =>
    [...new Set(places.map((at) => ranks[at] as number))].sort((a, b) => a - b),
  ) as [number[], number[], number[]];
  const pool = [...back, ...joined, ...forward].sort((a, b) => a - b);
  const next = new Map<number, number>();
  back.forEach((old, k) => next.set(old, pool[k] as number));
  for (const old of joined) next.set(old, pool[back.length] as number);
  forward.forEach((old, k) => next.set(old, pool[pool.length - forward.length + k] as number));
  const out = ranks.slice();
  for (const places of groups) for (const at of places) out[at] = next.get(ranks[at] as number) as number;
  return out;
}
