// chain/unreachable after an edit, without walking from every user again. A new `uses` or
// `inside` edge from a node users reach extends what they reach by a walk from its target only;
// an edge gone from a reached node, or a node that becomes or stops being a user, may cut the
// chain anywhere (the rule then runs in full). Only the nodes whose answer can change are looked
// at again: the changed nodes, the ends of their changed edges (whether they are used at all) and
// the nodes newly reached. Every other finding is kept.
import { LayeredMap } from '../model/layered-map.ts';
import type { MapNode } from '../model/types.ts';
import { knownReached, reachedFrom, rememberReached, unreachableFinding } from './chain.ts';
import type { Finding, RuleContext } from './finding.ts';
import type { NodeChange } from './node-changes.ts';

/** The findings after `changes`, or undefined when what users reach must be found again. */
export function unreachableAfterChange(
  previous: readonly Finding[],
  contexts: { before: RuleContext; after: RuleContext },
  changes: readonly NodeChange[],
): Finding[] | undefined {
  const { before, after } = contexts;
  const known = knownReached(before);
  if (known === undefined) return undefined;
  const renamed = new Map(changes.filter((c) => c.before !== c.after).map((c) => [c.before, c.after]));
  const rename = (id: string) => renamed.get(id) ?? id;
  const looked = new Set<string>();
  const stale = new Set<string>();
  const grow: string[] = [];
  for (const c of changes) {
    const was = before.index.get(c.before);
    const now = after.index.get(c.after);
    if (!was || !now || (was.kind === 'user') !== (now.kind === 'user')) return undefined;
    const from = edgesOf(was).map(rename);
    const to = edgesOf(now);
    const reachedHere = known.has(c.before);
    for (const t of from) {
      if (to.includes(t)) continue;
      if (reachedHere) return undefined;
      looked.add(t);
    }
    for (const t of to) {
      if (from.includes(t)) continue;
      if (reachedHere) grow.push(t);
      looked.add(t);
    }
    looked.add(c.after);
    stale.add(c.before);
  }
  const reached = reachedAfter(after, known, renamed, grow, looked);
  rememberReached(after, reached);
  // Without users the rule reports nothing (chain/no-user says it all).
  if (reached.size === 0) return [];
  const out = previous.filter((f) => f.node === undefined || !(stale.has(f.node) || looked.has(f.node)));
  for (const id of looked) {
    const node = after.index.get(id);
    const finding = node ? unreachableFinding(after, reached, id, node) : undefined;
    if (finding) out.push(finding);
  }
  return out;
}

/** The reached set of the context before carried to the one after, when no edge or user changed. */
export function carryReached(before: RuleContext, after: RuleContext): void {
  const known = knownReached(before);
  if (known !== undefined) rememberReached(after, known);
}

/**
 * The ids reached after the edit, layered over those before: renamed ones under their new id, and
 * those `grow` reaches (also added to `looked`).
 */
function reachedAfter(
  after: RuleContext,
  known: ReadonlyMap<string, true>,
  renamed: ReadonlyMap<string, string>,
  grow: readonly string[],
  looked: Set<string>,
): ReadonlyMap<string, true> {
  const added = new Map<string, true | undefined>();
  for (const old of renamed.keys()) if (known.has(old)) added.set(old, undefined);
  for (const [old, id] of renamed) if (known.has(old)) added.set(id, true);
  const draft = {
    has: (id: string) => (added.has(id) ? added.get(id) === true : known.has(id)),
    set: (id: string, value: true) => added.set(id, value),
  };
  for (const id of reachedFrom(after, grow, draft)) looked.add(id);
  return added.size > 0 ? LayeredMap.changed(known, added) : known;
}

function edgesOf(node: MapNode): string[] {
  const uses = node.uses ?? [];
  return node.inside === undefined ? [...uses] : [...uses, node.inside];
}
