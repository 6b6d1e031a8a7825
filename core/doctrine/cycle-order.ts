// Whether a new link closes a cycle, read from a topological order of the cycles (KnownCycles'
// ranks: an edge between nodes of different cycles goes from a lower rank to a higher one). A
// link to a node of higher rank cannot close one, and keeps the order: no walk at all, whatever
// the size of the map. A link against the order walks the nodes ranked between its two ends, from
// both ends in turn (forward from its target, back from its source, a node at a time), until one
// side has found all it can; only that side is ranked again (after Pearce and Kelly's dynamic topological order, with
// cycles as single nodes).
//
// A cycle's members share one rank, so each walk stops at the other end's rank: a node there is
// in that end's cycle. When the walk back from the source ends first, the nodes it found that the
// target's cycle reaches join that cycle, which keeps its rank, and the others move just below it
// (ranks are numbers, so there is always room between two). When the walk forward from the target
// ends first, the same the other way round, above the source's cycle. Neither end's cycle is
// walked through: a link into a cycle of most of the map costs the nodes it adds.
import type { RuleContext } from './finding.ts';

/**
 * What a link against the order found: whether it closed a cycle; when the walks found it, that
 * cycle as the one `base` is in (or `base` alone) grown by `added`; and the ranks after it.
 */
export interface OrderedLink {
  readonly closed: boolean;
  readonly joined?: { readonly base: string; readonly added: readonly string[] } | undefined;
  readonly ranks: Float64Array;
}

/** The rank of a node of `context` (by its place), or undefined when it has none. */
export function rankIn(context: RuleContext, ranks: Float64Array): (id: string) => number | undefined {
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

const FORWARD = 1;
const BACK = 2;
const JOINS = 4;

/** A breadth-first walk between the ranks of a link's two ends, marking the places it finds. */
class SpanWalk {
  readonly ids: string[];
  readonly places: number[];
  /** The nodes found next to a node of the rank the walk stops at (a node of the other end's cycle). */
  readonly touching: string[] = [];
  #head = 0;

  constructor(
    readonly span: { context: RuleContext; ranks: Float64Array; marks: Uint8Array; low: number; high: number },
    start: string,
    readonly bit: number,
  ) {
    const at = span.context.positions.get(start) ?? -1;
    this.ids = [start];
    this.places = [at];
    span.marks[at] = (span.marks[at] ?? 0) | bit;
  }

  get done(): boolean {
    return this.#head >= this.ids.length;
  }

  /** How many nodes the walk has stepped from. */
  get taken(): number {
    return this.#head;
  }

  step(): void {
    const { context, ranks, marks, low, high } = this.span;
    const id = this.ids[this.#head++] as string;
    const next = this.bit === FORWARD ? (context.index.get(id)?.uses ?? []) : (context.usedBy.get(id) ?? []);
    const stop = this.bit === FORWARD ? high : low;
    let touches = false;
    for (const other of next) {
      const at = context.positions.get(other);
      if (at === undefined || ((marks[at] as number) & this.bit) !== 0) continue;
      const r = ranks[at];
      if (r === undefined || r < low || r > high) continue;
      if (r === stop) {
        touches = true;
        continue;
      }
      marks[at] = (marks[at] as number) | this.bit;
      this.ids.push(other);
      this.places.push(at);
    }
    if (touches) this.touching.push(id);
  }
}

/**
 * The link `from` → `to` (against the order, every other edge of `context` along it): whether it
 * closed a cycle, the cycle it made, and ranks that order every edge again.
 */
export function linkAgainstOrder(context: RuleContext, ranks: Float64Array, from: string, to: string): OrderedLink {
  const rank = rankIn(context, ranks);
  const low = rank(to) ?? 0;
  const high = rank(from) ?? 0;
  // Both ends in one cycle: the link is within it, and the order stays.
  if (low >= high) return { closed: true, ranks };
  const span = { context, ranks, marks: new Uint8Array(ranks.length), low, high };
  const forward = new SpanWalk(span, to, FORWARD);
  const back = new SpanWalk(span, from, BACK);
  // A step from each in turn: the walks cost about twice the smaller side.
  while (!forward.done && !back.done) (back.taken <= forward.taken ? back : forward).step();
  return back.done ? movedBelow(span, back, to) : movedAbove(span, forward, from);
}

/**
 * The walk back from the source found all it can: those of its nodes the target's cycle reaches
 * join that cycle at its rank; the others (which reach the source, and are reached from none of
 * them) take ranks just below it, in their order.
 */
function movedBelow(span: Span, back: SpanWalk, to: string): OrderedLink {
  return regrouped(span, back, grown(span, back, FORWARD), { base: to, side: -1 });
}

/** The same as movedBelow the other way round: the walk forward from the target found all it can. */
function movedAbove(span: Span, forward: SpanWalk, from: string): OrderedLink {
  return regrouped(span, forward, grown(span, forward, BACK), { base: from, side: 1 });
}

/** The ranks after a walk: the nodes `added` to `base`'s cycle at its rank, the others next to it. */
function regrouped(span: Span, walk: SpanWalk, added: string[], end: { base: string; side: -1 | 1 }): OrderedLink {
  const ranks = span.ranks.slice();
  const staying = walk.places.filter((at) => ((span.marks[at] as number) & JOINS) === 0);
  const bound = placeNextTo(ranks, staying, end.side < 0 ? span.low : span.high, end.side);
  for (const id of added) ranks[span.context.positions.get(id) as number] = bound;
  const joined = added.length > 0 ? { base: end.base, added } : undefined;
  return { closed: walk.touching.length > 0, joined, ranks };
}

type Span = SpanWalk['span'];

/**
 * The nodes of a finished walk on a path to the other end's cycle: from those next to it, back
 * along the other direction (`toward`) through nodes the walk found. Marks them JOINS.
 */
function grown(span: Span, walk: SpanWalk, toward: number): string[] {
  const { context, marks } = span;
  const added: string[] = [];
  for (const id of walk.touching) {
    const at = context.positions.get(id) as number;
    if (((marks[at] as number) & JOINS) !== 0) continue;
    marks[at] = (marks[at] as number) | JOINS;
    added.push(id);
  }
  for (let head = 0; head < added.length; head++) {
    const id = added[head] as string;
    const next = toward === FORWARD ? (context.index.get(id)?.uses ?? []) : (context.usedBy.get(id) ?? []);
    for (const other of next) {
      const at = context.positions.get(other);
      if (at === undefined || ((marks[at] as number) & (walk.bit | JOINS)) !== walk.bit) continue;
      marks[at] = (marks[at] as number) | JOINS;
      added.push(other);
    }
  }
  return added;
}

/** The rank next to `rank` on `side` (-1: the highest below it), or one past it when there is none. */
function nextRank(ranks: Float64Array, rank: number, side: -1 | 1): number {
  let best = rank + side;
  for (const r of ranks) if ((r - rank) * side > 0 && (best - r) * side > 0) best = r;
  return best;
}

/**
 * Ranks the nodes at `places` anew between `bound` and the rank next to it on `side` (both
 * excluded), keeping their order (a cycle's members keep sharing one); gives `bound` after. When
 * the room between is too small for the numbers, every rank is first made whole again (the same
 * order, spaced out), which makes room.
 */
function placeNextTo(ranks: Float64Array, places: readonly number[], bound: number, side: -1 | 1): number {
  const old = [...new Set(places.map((at) => ranks[at] as number))].sort((a, b) => a - b);
  const [low, high] = side < 0 ? [nextRank(ranks, bound, -1), bound] : [bound, nextRank(ranks, bound, 1)];
  const step = (high - low) / (old.length + 1);
  const next = new Map(old.map((r, k) => [r, low + step * (k + 1)]));
  const fits = old.every((r, k) => {
    const v = next.get(r) as number;
    return v > low && v < high && (k === 0 || v > (next.get(old[k - 1] as number) as number));
  });
  if (!fits) {
    const whole = wholeRanks(ranks);
    const spaced = (r: number) => (whole.get(r) as number) * (old.length + 1);
    for (let i = 0; i < ranks.length; i++) ranks[i] = spaced(ranks[i] as number);
    return placeNextTo(ranks, places, spaced(bound), side);
  }
  for (const at of places) ranks[at] = next.get(ranks[at] as number) as number;
  return bound;
}

/** Each rank's place among the ranks in use, from the lowest. */
function wholeRanks(ranks: Float64Array): Map<number, number> {
  const sorted = [...new Set(ranks)].sort((a, b) => a - b);
  return new Map(sorted.map((r, k) => [r, k]));
}
