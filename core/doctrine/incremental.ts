// Doctrine after an edit of a few nodes (a move, a rename, a new sourcing, a link). Each rule
// says which node fields it reads and from which nodes (REACH, checked by reading each rule): a
// rule that reads none of the changed fields keeps its findings from the map before the edit; a
// rule that reads them only from a finding's own node or its neighbours looks again at the nodes
// the change can affect; a rule that reads them across the whole map (reachability, cycles,
// duplicate names, data flows) runs in full. A rule missing from the table always runs in full.
// A property test (test/core/doctrine/incremental-properties.test.ts) compares the result with a
// full run, and fails when a rule's entry here leaves out what it reads.
import { LayeredMap } from '../model/layered-map.ts';
import { nodeOf } from '../model/node-table.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { carryCycles, cyclesAfterChange } from './cycle-changes.ts';
import { carryNameGroups, duplicatesAfterChange } from './name-changes.ts';
import { carryReached, unreachableAfterChange } from './unreachable-changes.ts';
import { RENAMED, type NodeChange } from './node-changes.ts';
import type { DoctrineRule, Finding, RuleContext } from './finding.ts';

export { changedNodes, type NodeChange } from './node-changes.ts';

/** Which node fields a rule reads, and from which nodes. */
export interface Reach {
  /** Fields of the node a finding is about. */
  own?: readonly string[];
  /** Fields of the nodes it uses. */
  used?: readonly string[];
  /** Fields of the nodes that use it or sit inside it (`uses` and `inside` name these relations). */
  users?: readonly string[];
  /** Fields of every node: a change to one of them re-runs the rule in full… */
  whole?: readonly string[];
  /** …unless the rule can follow the change itself (undefined: it cannot, run it in full). */
  follow?: (
    previous: readonly Finding[],
    contexts: { before: RuleContext; after: RuleContext },
    changes: readonly NodeChange[],
  ) => Finding[] | undefined;
  /** Carries what `follow` remembers about a context to the next one, when no `whole` field changed. */
  carry?: (before: RuleContext, after: RuleContext) => void;
}

export const REACH: ReadonlyMap<string, Reach> = new Map<string, Reach>([
  ['source/build-commodity', { own: ['kind', 'sourcing', 'evolution'] }],
  ['source/missing', { own: ['kind', 'sourcing', 'inside'], users: ['inside'] }],
  ['move/left', { own: ['evolve', 'evolution'] }],
  ['move/method-change', { own: ['evolve', 'sourcing', 'evolution'] }],
  ['inertia/without-move', { own: ['inertia', 'evolve'] }],
  ['chain/no-user', { whole: ['kind'] }],
  [
    'chain/unreachable',
    { whole: ['kind', 'uses', 'inside', RENAMED], follow: unreachableAfterChange, carry: carryReached },
  ],
  ['chain/upward', { own: ['uses', 'visibility'], used: ['visibility'] }],
  ['chain/cycle', { whole: ['uses', 'ignore', RENAMED], follow: cyclesAfterChange, carry: carryCycles }],
  ['need/unserved', { own: ['kind', 'uses'] }],
  ['dup/name', { whole: ['name', RENAMED], follow: duplicatesAfterChange, carry: carryNameGroups }],
  ['monolith/unplanned', { own: ['kind', 'inside', 'sourcing', 'plan'] }],
  ['user/no-needs', { own: ['kind', 'uses'] }],
  ['chain/orphan', { own: ['kind'], users: ['uses', 'inside'] }],
  [
    'platform/suggest',
    {
      own: ['kind', 'platform', 'deploy', 'evolution', 'name'],
      users: ['uses', 'kind', 'platform', 'sourcing'],
    },
  ],
  ['evolution/answers-disagree', { own: ['evolutionAnswers', 'evolution'] }],
  [
    'compliance/missing-agreement',
    {
      own: ['kind', 'sourcing', 'agreements', 'data', 'uses'],
      used: ['kind', 'data'],
      users: ['kind', 'data', 'uses'],
    },
  ],
  ['compliance/residency-escape', { own: ['kind', 'data', 'uses'], used: ['kind', 'data', 'sourcing'] }],
  ['compliance/public-registry', { own: ['kind', 'data', 'sourcing'] }],
  ['compliance/no-owner', { own: ['kind', 'data', 'team'] }],
]);

export interface RuleRun {
  readonly map: WardleyMap;
  readonly context: RuleContext;
  /** Findings of each rule of the registry, in registry order, before silencing. */
  readonly byRule: readonly (readonly Finding[])[];
}

/** A rule reports under its first id; the others (the sourcing table's) share its reach. */
function reachOf(rule: DoctrineRule, table: ReadonlyMap<string, Reach>): Reach | undefined {
  return table.get(rule.ids[0] ?? '');
}

// A renamed node counts as changed in every field a rule reads of it or its neighbours; of the
// whole map only for rules that name RENAMED in `whole` (their findings name other nodes' ids).
function reads(fields: readonly string[] | undefined, change: NodeChange, whole = false): boolean {
  if (fields === undefined || fields.length === 0) return false;
  if (change.fields === 'all' || (!whole && change.fields.has(RENAMED))) return true;
  return fields.some((f) => (change.fields as ReadonlySet<string>).has(f));
}

/**
 * The ids whose findings a rule must look at again after `changes`, or 'all' when it must run in
 * full. `before` is the context the findings were made in, `after` the new one.
 */
export function affectedIds(
  reach: Reach,
  changes: readonly NodeChange[],
  before: RuleContext,
  after: RuleContext,
): Set<string> | 'all' {
  const ids = new Set<string>();
  for (const change of changes) {
    if (reads(reach.whole, change, true)) return 'all';
    if (reads(reach.own, change)) ids.add(change.before).add(change.after);
    if (reads(reach.used, change)) {
      for (const id of before.usedBy.get(change.before) ?? []) ids.add(id);
      for (const id of after.usedBy.get(change.after) ?? []) ids.add(id);
    }
    if (reads(reach.users, change)) {
      for (const node of [before.index.get(change.before), after.index.get(change.after)]) {
        for (const id of node?.uses ?? []) ids.add(id);
        if (node?.inside !== undefined) ids.add(node.inside);
      }
    }
  }
  return ids;
}

/** A rule's findings after an edit: kept, looked at again for the nodes it can affect, or all new. */
export function findingsAfterChange(
  rule: DoctrineRule,
  previous: readonly Finding[],
  contexts: { before: RuleContext; after: RuleContext },
  changes: readonly NodeChange[],
  table: ReadonlyMap<string, Reach> = REACH,
): { findings: readonly Finding[]; reused: boolean } {
  const reach = reachOf(rule, table);
  const { after } = contexts;
  if (reach === undefined) return { findings: rule.check(after), reused: false };
  const ids = affectedIds(reach, changes, contexts.before, after);
  if (ids === 'all') {
    const followed = reach.follow?.(previous, contexts, changes);
    return followed === undefined
      ? { findings: rule.check(after), reused: false }
      : { findings: followed, reused: true };
  }
  reach.carry?.(contexts.before, after);
  if (ids.size === 0) return { findings: previous, reused: true };
  const some: string[] = [];
  const nodes: MapNode[] = [];
  for (const id of ids) {
    const node = after.index.get(id);
    if (node === undefined) continue;
    some.push(id);
    nodes.push(node);
  }
  const fresh = rule.check({ ...after, ids: some, nodes });
  const kept = previous.filter((f) => f.node === undefined || !ids.has(f.node));
  return { findings: [...kept, ...fresh], reused: true };
}

/**
 * The context of `map` after `changes`: the one before with the changed nodes and their edges
 * replaced. The lookups are layered over those before (core/model/layered-map.ts), not copied,
 * so this costs what changed, not the size of the map.
 */
export function contextAfterChange(before: RuleContext, map: WardleyMap, changes: readonly NodeChange[]): RuleContext {
  // The ids change only when a node is renamed: most edits share the list before.
  const ids = changes.some((c) => c.before !== c.after) ? before.ids.slice() : before.ids;
  const nodes = before.nodes.slice();
  const index = new Map<string, MapNode | undefined>();
  const positions = new Map<string, number | undefined>();
  // The edge lists change only when an edge changed: most edits are moves.
  const edges = changes.some(
    (c) => c.fields === 'all' || c.fields.has('uses') || c.fields.has('inside') || c.before !== c.after,
  );
  const usedBy = new Map<string, readonly string[] | undefined>();
  const members = new Map<string, readonly string[] | undefined>();
  // Old ids go first, so a node renamed to another's old id is not taken away again.
  for (const { before: id, after } of changes) {
    if (id === after) continue;
    index.set(id, undefined);
    positions.set(id, undefined);
  }
  for (const change of changes) {
    const was = before.index.get(change.before) as MapNode;
    const node = nodeOf(map, change.after) as MapNode;
    if (change.before !== change.after) (ids as string[])[change.at] = change.after;
    nodes[change.at] = node;
    index.set(change.after, node);
    if (change.before !== change.after) positions.set(change.after, change.at);
    if (!edges) continue;
    relink(before.usedBy, usedBy, change.before, was.uses ?? [], []);
    relink(before.usedBy, usedBy, change.after, [], node.uses ?? []);
    relink(before.members, members, change.before, was.inside === undefined ? [] : [was.inside], []);
    relink(before.members, members, change.after, [], node.inside === undefined ? [] : [node.inside]);
  }
  return {
    ...before,
    map,
    ids,
    nodes,
    index: LayeredMap.changed(before.index, index),
    positions: positions.size > 0 ? LayeredMap.changed(before.positions, positions) : before.positions,
    usedBy: usedBy.size > 0 ? LayeredMap.changed(before.usedBy, usedBy) : before.usedBy,
    members: members.size > 0 ? LayeredMap.changed(before.members, members) : before.members,
  };
}

/**
 * Takes `id` off the lists of `from` and puts it on the lists of `to`, writing the lists it
 * changes to `changed` (undefined: no list left); `lists` is read where `changed` has no entry.
 */
function relink(
  lists: ReadonlyMap<string, readonly string[]>,
  changed: Map<string, readonly string[] | undefined>,
  id: string,
  from: readonly string[],
  to: readonly string[],
): void {
  const read = (target: string) => (changed.has(target) ? changed.get(target) : lists.get(target)) ?? [];
  for (const target of new Set(from)) {
    const list = read(target).filter((x) => x !== id);
    changed.set(target, list.length > 0 ? list : undefined);
  }
  for (const target of to) changed.set(target, [...read(target), id]);
}
