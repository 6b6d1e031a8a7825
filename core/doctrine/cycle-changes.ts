// chain/cycle after an edit, without walking the whole graph: a new `uses` edge makes a cycle only
// if its target already reaches its source (then, when the edit changed that node alone, the cycle
// through it is found by walks forward and back, and takes the place of every cycle it joins; in
// any other edit the whole rule runs again); a removed edge can only split the cycle both ends were
// in; a renamed node, a changed `ignore` or changed `uses` re-word only the cycle the node is in,
// and keep its loop unless they can have changed it. Every other cycle keeps its finding. Walks
// from a node go forward and back in turn and stop when either side has found all it can, so they
// cost about the smaller side (a node that reaches most of a 10,000-node map but is used by few).
import type { NodeChange } from './node-changes.ts';
import type { Finding, RuleContext } from './finding.ts';
import { LayeredMap } from '../model/layered-map.ts';
import { againstOrder, linkAgainstOrder, rankIn, type OrderedLink } from './cycle-order.ts';
import {
  cycleLoop,
  cyclesWithin,
  knownCycles,
  loopFinding,
  rememberCycles,
  shortestLoop,
  silencesCycle,
  type KnownCycles,
} from './cycles.ts';

/** The findings after `changes`, or undefined when the cycles must be found again from scratch. */
export function cyclesAfterChange(
  previous: readonly Finding[],
  contexts: { before: RuleContext; after: RuleContext },
  changes: readonly NodeChange[],
): Finding[] | undefined {
  const { before, after } = contexts;
  const known = knownCycles(before);
  if (known === undefined) return undefined;
  const renamed = new Map(changes.filter((c) => c.before !== c.after).map((c) => [c.before, c.after]));
  const rename = (id: string) => renamed.get(id) ?? id;
  const oldIds = new Map(changes.filter((c) => c.before !== c.after).map((c) => [c.after, c.before]));
  // The cycle (by index) of a node, by its id after the edit.
  const groupOf = (id: string) => (renamed.has(id) ? undefined : known.groupOf.get(oldIds.get(id) ?? id));
  const touched = touchedCycles(contexts, changes, { rename, groupOf, ranks: known.ranks });
  if (touched === undefined) return undefined;
  const { reworded, split, closed, ranks } = touched;
  const grown = renamed.size === 0 ? touched.grown : undefined;
  const base = grown === undefined ? undefined : known.groupOf.get(grown.base);
  if (grown && base !== undefined && sameSilence(contexts, changes))
    return grownCycle(previous, after, { known, reworded, ranks }, { group: base, added: grown.added });
  const members = grown && (base === undefined ? [grown.base] : (known.groups[base] ?? []));
  const joined =
    closed === undefined ? undefined : joinedNodes(after, closed, grown && { members, added: grown.added });
  if (joined) for (const id of joined) if (groupOf(id) !== undefined) reworded.add(groupOf(id) as number);
  const out = previous.filter((f) => f.node === undefined || !reworded.has(known.groupOf.get(f.node) ?? -1));
  const next: NextCycles = { groups: known.groups.slice(), loops: known.loops.slice(), groupOf: new Map() };
  const { kept, regrouped } = regroup(next, [...reworded], { split, joined, rename, after });
  for (const [i, members] of kept) {
    const ids = { rename, groupOf, group: i };
    const loop = loopAfter(contexts, changes, known.loops[i], ids) ?? cycleLoop(after, members);
    out.push(keptCycle(after, next, i, members, loop));
  }
  for (const group of regrouped) {
    const loop = cycleLoop(after, group);
    for (const id of group) next.groupOf.set(id, next.groups.length);
    next.groups.push(group);
    next.loops.push(loop);
    out.push(loopFinding(after, loop, group.length));
  }
  const groupOfAfter = LayeredMap.changed(known.groupOf, next.groupOf);
  rememberCycles(after, { groups: next.groups, loops: next.loops, groupOf: groupOfAfter, ranks });
  return out;
}

/**
 * The findings after a link that grew cycle `group` by the nodes `added` (the walks found them:
 * cycle-order.ts), every other reworded cycle among them: the cycle keeps its index, and only the
 * added nodes change their cycle. Its members stay in file order; its loop is found again (the
 * link, or a node added before its first, can change it).
 */
function grownCycle(
  previous: readonly Finding[],
  after: RuleContext,
  was: { known: KnownCycles; reworded: Set<number>; ranks: Float64Array | undefined },
  grown: { group: number; added: readonly string[] },
): Finding[] {
  const { known, reworded, ranks } = was;
  const { group, added } = grown;
  for (const id of added) if (known.groupOf.get(id) !== undefined) reworded.add(known.groupOf.get(id) as number);
  reworded.add(group);
  const out = previous.filter((f) => f.node === undefined || !reworded.has(known.groupOf.get(f.node) ?? -1));
  const groups = known.groups.slice();
  const loops = known.loops.slice();
  for (const i of reworded) [groups[i], loops[i]] = [undefined, undefined];
  const members = inFileOrder(after, known.groups[group] ?? [], added);
  const groupOf = LayeredMap.changed(known.groupOf, new Map(added.map((id) => [id, group])));
  const start = loopStart(after, (known.loops[group] ?? members)[0] ?? '', added);
  const loop = shortestLoop(after, start, { has: (id: string) => groupOf.get(id) === group });
  [groups[group], loops[group]] = [members, loop];
  out.push(loopFinding(after, loop, members.length));
  rememberCycles(after, { groups, loops, groupOf, ranks });
  return out;
}

/** `members` (in file order) with `added` put in their places. */
function inFileOrder(context: RuleContext, members: readonly string[], added: readonly string[]): string[] {
  const place = (id: string) => context.positions.get(id) ?? -1;
  const sorted = added.map((id) => [place(id), id] as const).sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let from = 0;
  for (const [at, id] of sorted) {
    let lo = from;
    let hi = members.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (place(members[mid] as string) < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = from; k < lo; k++) out.push(members[k] as string);
    out.push(id);
    from = lo;
  }
  for (let k = from; k < members.length; k++) out.push(members[k] as string);
  return out;
}

/**
 * The first node of a grown cycle's loop (cycleLoop's: the first member silencing the rule, else
 * the first member), from the first node of its loop before and the nodes added.
 */
function loopStart(context: RuleContext, first: string, added: readonly string[]): string {
  const place = (id: string) => context.positions.get(id) ?? -1;
  const silences = (id: string) => silencesCycle(context.index.get(id));
  const candidates = [first, ...added];
  const silencing = candidates.filter(silences);
  const among = silencing.length > 0 ? silencing : candidates;
  return among.reduce((best, id) => (place(id) < place(best) ? id : best));
}

/** Whether the one node changed silences the rule as it did. */
function sameSilence(contexts: { before: RuleContext; after: RuleContext }, changes: readonly NodeChange[]): boolean {
  return changes.every(
    (c) => silencesCycle(contexts.before.index.get(c.before)) === silencesCycle(contexts.after.index.get(c.after)),
  );
}

/**
 * The reworded cycles sorted out: those keeping their members (by their ids after the edit) and the
 * new groups in place of those joined or split, which leave `next`. Every id leaving the lookup by
 * node is marked before any joins it again: a renamed node may take the id another one had.
 */
function regroup(
  next: NextCycles,
  reworded: readonly number[],
  edit: {
    split: ReadonlySet<number>;
    joined: Set<string> | undefined;
    rename: (id: string) => string;
    after: RuleContext;
  },
): { kept: [number, string[]][]; regrouped: string[][] } {
  const { split, joined, rename, after } = edit;
  const kept: [number, string[]][] = [];
  // Every cycle the joined one shares a node with is part of it now: one cycle in their place.
  const byPlace = (a: string, b: string) => (after.positions.get(a) ?? 0) - (after.positions.get(b) ?? 0);
  const regrouped: string[][] = joined ? [[...joined].sort(byPlace)] : [];
  for (const i of reworded) {
    const was = next.groups[i] ?? [];
    const members = was.map(rename);
    if (joined === undefined && !split.has(i)) {
      forget(next, was, members);
      kept.push([i, members]);
      continue;
    }
    forget(next, was, []);
    next.groups[i] = undefined;
    next.loops[i] = undefined;
    if (!joined)
      regrouped.push(
        ...cyclesWithin(
          members,
          members.map((id) => after.index.get(id)!),
        ),
      );
  }
  return { kept, regrouped };
}

/** The cycles after the edit as they are being made: the lookup by node as changes to the one before. */
interface NextCycles {
  groups: (readonly string[] | undefined)[];
  loops: (readonly string[] | undefined)[];
  groupOf: Map<string, number | undefined>;
}

/** Takes the members of a cycle whose id changes (`was` before, `now` after) out of the lookup by node. */
function forget(next: NextCycles, was: readonly string[], now: readonly string[]): void {
  was.forEach((id, k) => {
    if (id !== now[k]) next.groupOf.set(id, undefined);
  });
}

/** A cycle with the same members (`members`: their ids after the edit) at index `i`; its finding. */
function keptCycle(
  after: RuleContext,
  next: NextCycles,
  i: number,
  members: readonly string[],
  loop: readonly string[],
): Finding {
  const was = next.groups[i] ?? [];
  members.forEach((id, k) => {
    if (id !== was[k]) next.groupOf.set(id, i);
  });
  next.groups[i] = members;
  next.loops[i] = loop;
  return loopFinding(after, loop, members.length);
}

/**
 * The loop of cycle `group` after an edit that kept its members, when the edit cannot have changed
 * it (its ids renamed); undefined when it must be found again. The loop is a breadth-first walk
 * from the first member (the first silencing the rule) over edges between members, so it stays
 * while no member's `ignore` of the rule changed and every member's edges to members are as they
 * were, in order (the finding's path looks up its first edge again).
 */
function loopAfter(
  contexts: { before: RuleContext; after: RuleContext },
  changes: readonly NodeChange[],
  loop: readonly string[] | undefined,
  ids: { rename: (id: string) => string; groupOf: (id: string) => number | undefined; group: number },
): string[] | undefined {
  const { rename, groupOf, group } = ids;
  if (loop === undefined) return undefined;
  const inGroup = (targets: readonly string[]) => targets.filter((t) => groupOf(t) === group);
  for (const change of changes) {
    if (groupOf(change.after) !== group) continue;
    const was = contexts.before.index.get(change.before);
    const now = contexts.after.index.get(change.after);
    if (!was || !now || silencesCycle(was) !== silencesCycle(now)) return undefined;
    if (!sameList(inGroup((was.uses ?? []).map(rename)), inGroup(now.uses ?? []))) return undefined;
  }
  return loop.map(rename);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The cycles (by index) whose finding may read differently, those that may have split, and the
 * node whose added edge closes a cycle when the edit changed that one node and split nothing
 * (with the cycle, when the order found it); undefined when added edges close a cycle in any
 * other edit. `ranks` after the edit: kept while the order still holds (cycle-order.ts).
 */
function touchedCycles(
  contexts: { before: RuleContext; after: RuleContext },
  changes: readonly NodeChange[],
  known: {
    rename: (id: string) => string;
    groupOf: (id: string) => number | undefined;
    ranks: Float64Array | undefined;
  },
): Touched | undefined {
  const { rename, groupOf } = known;
  const reworded = new Set<number>();
  const split = new Set<number>();
  const added: [string, string][] = [];
  for (const change of changes) {
    const g = groupOf(change.after);
    const was = (contexts.before.index.get(change.before)?.uses ?? []).map(rename);
    const now = contexts.after.index.get(change.after)?.uses ?? [];
    if (g !== undefined) reworded.add(g);
    for (const t of was) if (g !== undefined && groupOf(t) === g && !now.includes(t)) split.add(g);
    for (const t of now) {
      // A link to an id no node has closes nothing.
      if (was.includes(t) || (g !== undefined && groupOf(t) === g) || !contexts.after.index.has(t)) continue;
      added.push([change.after, t]);
    }
  }
  const links = addedLinks(contexts.after, added, split.size === 0 ? known.ranks : undefined);
  if (links.closed === undefined) return { reworded, split, ranks: links.ranks };
  return changes.length === 1 && split.size === 0 ? { reworded, split, ...links } : undefined;
}

interface Touched {
  reworded: Set<number>;
  split: Set<number>;
  closed?: string | undefined;
  /** The cycle the link closed, as the walks found it (OrderedLink's `joined`). */
  grown?: OrderedLink['joined'];
  ranks: Float64Array | undefined;
}

/**
 * The node whose added edge closes a cycle (the last, if several), the cycle when the order found
 * it, and the ranks after the edges (`ranks` before; undefined when not known or not kept).
 */
function addedLinks(
  context: RuleContext,
  added: readonly (readonly [string, string])[],
  ranks: Float64Array | undefined,
): Pick<Touched, 'closed' | 'grown' | 'ranks'> {
  const against = ranks ? added.filter(([from, to]) => againstOrder(rankIn(context, ranks), from, to)) : added;
  if (ranks && against.length === 0) return { ranks };
  if (ranks && against.length === 1) {
    const [from, to] = against[0] as readonly [string, string];
    const link = linkAgainstOrder(context, ranks, from, to);
    return { closed: link.closed ? from : undefined, grown: link.joined, ranks: link.ranks };
  }
  let closed: string | undefined;
  for (const [from, to] of against) if (reaches(context, to, from)) closed = from;
  return { closed, ranks: undefined };
}

/**
 * The nodes on a cycle through `id` (those it reaches that reach it back), undefined when it is on
 * none. Walks forward from it and back from it in turn, a node at a time from whichever has fewer
 * waiting, until one of them has found all it can; the cycle is then the part of that (smaller)
 * set walked the other way from `id`: every node on a path from `id` to a node that reaches `id`
 * reaches `id` too, and likewise back. So it costs about the smaller side, not all `id` reaches.
 */
function joinedCycle(context: RuleContext, id: string): Set<string> | undefined {
  const forward = new Walk(context, id, usesOf(context));
  const back = new Walk(context, id, usersOf(context));
  while (!forward.done && !back.done) (forward.waiting <= back.waiting ? forward : back).step();
  const [found, other] = forward.done ? [forward, usersOf(context)] : [back, usesOf(context)];
  if (!found.seen.has(id)) return undefined;
  const joined = new Set([id]);
  const queue = [id];
  for (let head = 0; head < queue.length; head++) {
    for (const next of other(queue[head] as string)) {
      if (joined.has(next) || !found.seen.has(next)) continue;
      joined.add(next);
      queue.push(next);
    }
  }
  return joined;
}

/** The cycle a link closed at node `closed`: the one the walks found (`grown`), or found now. */
function joinedNodes(
  after: RuleContext,
  closed: string,
  grown: { members: readonly string[] | undefined; added: readonly string[] } | undefined,
): Set<string> | undefined {
  return grown ? new Set([...(grown.members ?? []), ...grown.added]) : joinedCycle(after, closed);
}

/**
 * Whether `to` can be reached from `from` along `uses`: a walk forward from `from` and one back
 * from `to`, a node at a time from whichever has fewer waiting, until they meet or one runs out.
 */
function reaches(context: RuleContext, from: string, to: string): boolean {
  if (from === to) return true;
  const forward = new Walk(context, from, usesOf(context));
  const back = new Walk(context, to, usersOf(context));
  forward.seen.add(from);
  back.seen.add(to);
  while (!forward.done && !back.done) {
    const [walk, other] = forward.waiting <= back.waiting ? [forward, back] : [back, forward];
    for (const id of walk.step()) if (other.seen.has(id)) return true;
  }
  return false;
}

const usesOf = (context: RuleContext) => (id: string) => context.index.get(id)?.uses ?? [];
const usersOf = (context: RuleContext) => (id: string) => context.usedBy.get(id) ?? [];

/** A breadth-first walk from `start` (not itself seen unless reached again) along `next`. */
class Walk {
  readonly seen = new Set<string>();
  readonly #queue: string[];
  #head = 0;

  constructor(
    readonly context: RuleContext,
    start: string,
    readonly next: (id: string) => readonly string[],
  ) {
    this.#queue = [start];
  }

  get done(): boolean {
    return this.#head >= this.#queue.length;
  }

  get waiting(): number {
    return this.#queue.length - this.#head;
  }

  /** Takes the next node off the queue; returns the nodes it newly found. */
  step(): string[] {
    const found: string[] = [];
    for (const id of this.next(this.#queue[this.#head++] as string)) {
      if (this.seen.has(id) || !this.context.index.has(id)) continue;
      this.seen.add(id);
      this.#queue.push(id);
      found.push(id);
    }
    return found;
  }
}

/** The cycles of the context before carried to the one after, when no `uses` or `ignore` changed. */
export function carryCycles(before: RuleContext, after: RuleContext): void {
  const known = knownCycles(before);
  if (known !== undefined) rememberCycles(after, known);
}
