// chain/cycle after an edit, without walking the whole graph: a new `uses` edge makes a cycle only
// if its target already reaches its source (then, when the edit changed that node alone, the cycle
// through it is found by a walk forward and one back, and takes the place of every cycle it joins;
// in any other edit the whole rule runs again); a removed edge can
// only split the cycle both ends were in; a renamed node, a changed `ignore` or changed `uses`
// re-word only the cycle the node is in. Every other cycle keeps its finding.
import type { NodeChange } from './node-changes.ts';
import type { Finding, RuleContext } from './finding.ts';
import { LayeredMap } from '../model/layered-map.ts';
import { cycleFinding, cyclesWithin, knownCycles, rememberCycles, type KnownCycles } from './cycles.ts';

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
  const touched = touchedCycles(contexts, changes, rename, groupOf);
  if (touched === undefined) return undefined;
  const { reworded, split, closed } = touched;
  const joined = closed === undefined ? undefined : joinedCycle(after, closed);
  if (joined) for (const id of joined) if (groupOf(id) !== undefined) reworded.add(groupOf(id) as number);
  const stale = new Set([...reworded].flatMap((i) => known.groups[i] ?? []));
  const out = previous.filter((f) => f.node === undefined || !stale.has(f.node));
  const regrouped: string[][] = [];
  if (joined) {
    // Every cycle it shares a node with is part of it now: one cycle in their place.
    regrouped.push([...joined].sort((a, b) => (after.positions.get(a) ?? 0) - (after.positions.get(b) ?? 0)));
  } else {
    for (const i of reworded) {
      const members = (known.groups[i] ?? []).map(rename);
      if (!split.has(i)) regrouped.push(members);
      else regrouped.push(...cyclesWithin(members.map((id) => [id, after.index.get(id)!] as const)));
    }
  }
  for (const group of regrouped) out.push(cycleFinding(after, group));
  rememberCycles(after, replacedCycles(known, reworded, stale, regrouped));
  return out;
}

/**
 * The cycles after an edit: those at `reworded` (whose members before are `stale`) taken away and
 * `regrouped` added, the others at the same index; the lookup by node layered over the one before.
 */
function replacedCycles(
  known: KnownCycles,
  reworded: ReadonlySet<number>,
  stale: ReadonlySet<string>,
  regrouped: readonly string[][],
): KnownCycles {
  const groups: (readonly string[] | undefined)[] = known.groups.slice();
  for (const i of reworded) groups[i] = undefined;
  const changes = new Map<string, number | undefined>();
  for (const id of stale) changes.set(id, undefined);
  for (const group of regrouped) {
    for (const id of group) changes.set(id, groups.length);
    groups.push(group);
  }
  return { groups, groupOf: LayeredMap.changed(known.groupOf, changes) };
}

/**
 * The cycles (by index) whose finding may read differently, those that may have split, and the
 * node whose added edge closes a cycle when the edit changed that one node and split nothing;
 * undefined when added edges close a cycle in any other edit.
 */
function touchedCycles(
  contexts: { before: RuleContext; after: RuleContext },
  changes: readonly NodeChange[],
  rename: (id: string) => string,
  groupOf: (id: string) => number | undefined,
): { reworded: Set<number>; split: Set<number>; closed?: string } | undefined {
  const reworded = new Set<number>();
  const split = new Set<number>();
  let closed: string | undefined;
  for (const change of changes) {
    const g = groupOf(change.after);
    const was = (contexts.before.index.get(change.before)?.uses ?? []).map(rename);
    const now = contexts.after.index.get(change.after)?.uses ?? [];
    if (g !== undefined) reworded.add(g);
    for (const t of was) if (g !== undefined && groupOf(t) === g && !now.includes(t)) split.add(g);
    for (const t of now) {
      if (was.includes(t) || (g !== undefined && groupOf(t) === g)) continue;
      if (reaches(contexts.after, t, change.after)) closed = change.after;
    }
  }
  if (closed === undefined) return { reworded, split };
  return changes.length === 1 && split.size === 0 ? { reworded, split, closed } : undefined;
}

/**
 * The nodes on a cycle through `id` (those it reaches that reach it back): a walk forward from
 * it, then back from it through the nodes found forward. Undefined when it is on no cycle.
 */
function joinedCycle(context: RuleContext, id: string): Set<string> | undefined {
  const forward = new Set<string>();
  const queue = [id];
  for (let head = 0; head < queue.length; head++) {
    for (const next of context.index.get(queue[head] as string)?.uses ?? []) {
      if (forward.has(next) || !context.index.has(next)) continue;
      forward.add(next);
      queue.push(next);
    }
  }
  if (!forward.has(id)) return undefined;
  const joined = new Set([id]);
  const back = [id];
  for (let head = 0; head < back.length; head++) {
    for (const user of context.usedBy.get(back[head] as string) ?? []) {
      if (joined.has(user) || !forward.has(user)) continue;
      joined.add(user);
      back.push(user);
    }
  }
  return joined;
}

/** Whether `to` can be reached from `from` along `uses`. */
function reaches(context: RuleContext, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (id === to) return true;
    for (const next of context.index.get(id)?.uses ?? []) {
      if (seen.has(next) || !context.index.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

/** The cycles of the context before carried to the one after, when no `uses` or `ignore` changed. */
export function carryCycles(before: RuleContext, after: RuleContext): void {
  const known = knownCycles(before);
  if (known !== undefined) rememberCycles(after, known);
}
