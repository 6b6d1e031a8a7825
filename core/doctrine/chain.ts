// The value chain: users at the top, their needs, and the components that serve them. Every
// component should be reachable from a user; edges point down (to less visible nodes).
import type { MapNode } from '../model/types.ts';
import { COMPONENT, CONTAINS, eachEntry, NEED, USED, USER, USES, wholeTables, type WholeTables } from './columns.ts';
import { ReadOnlyLookup } from './lookup.ts';
import type { Finding, DoctrineRule, RuleContext } from './finding.ts';
import { nodeFinding } from './finding.ts';

/** How much more visible a used node must be before the edge counts as pointing up. */
export const UPWARD_MARGIN = 0.1;

export const noUser: DoctrineRule = {
  ids: ['chain/no-user'],
  reason: 'a map starts from a user: without one nothing anchors the value chain',
  check(context: RuleContext): Finding[] {
    if (context.nodes.some((node) => node.kind === 'user')) return [];
    return [
      {
        rule: 'chain/no-user',
        severity: 'error',
        path: ['nodes'],
        message: 'the map has no user: add a node of kind user',
      },
    ];
  },
};

export const userWithoutNeeds: DoctrineRule = {
  ids: ['user/no-needs'],
  reason: 'a user is on the map for their needs: a user that uses nothing anchors nothing',
  check(context: RuleContext): Finding[] {
    return withoutUses(context, 'user', 'user/no-needs', (id) => `user '${id}' uses nothing: link it to its needs`);
  },
};

export const unservedNeed: DoctrineRule = {
  ids: ['need/unserved'],
  reason: 'a need that uses nothing is served by no component',
  check(context: RuleContext): Finding[] {
    return withoutUses(context, 'need', 'need/unserved', (id) => `need '${id}' uses nothing: no component serves it`);
  },
};

function withoutUses(
  context: RuleContext,
  kind: 'user' | 'need',
  rule: string,
  message: (id: string) => string,
): Finding[] {
  const out: Finding[] = [];
  eachEntry(context, { all: kind === 'user' ? USER : NEED, none: USES }, (id, node) => {
    if (node.kind === kind && (node.uses ?? []).length === 0) {
      out.push(nodeFinding(rule, 'warning', id, ['nodes', id], message(id)));
    }
  });
  return out;
}

export const orphanComponent: DoctrineRule = {
  ids: ['chain/orphan'],
  reason: 'a component nothing uses serves no need: remove it or link it',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: COMPONENT, none: USED | CONTAINS }, (id, node) => {
      if (node.kind !== 'component' || isUsed(context, id)) return;
      const message = `nothing uses component '${id}' and it serves no need`;
      out.push(nodeFinding('chain/orphan', 'warning', id, ['nodes', id], message));
    });
    return out;
  },
};

/** Used by some node, or a monolith that contains components (they carry its uses). */
function isUsed(context: RuleContext, id: string): boolean {
  return context.usedBy.has(id) || context.members.has(id);
}

export const unreachableComponent: DoctrineRule = {
  ids: ['chain/unreachable'],
  reason: 'every component should serve a user through a need',
  check(context: RuleContext): Finding[] {
    const reached = reachableFromUsers(context);
    rememberReached(context, reached);
    // Without users chain/no-user says it all; orphans are reported by chain/orphan.
    if (reached.size === 0) return [];
    const out: Finding[] = [];
    const byPosition = reached instanceof ReachedByPosition ? reached : undefined;
    eachEntry(context, { all: COMPONENT, any: USED | CONTAINS }, (id, node, at) => {
      const finding = byPosition?.at(at) ? undefined : unreachableFinding(context, reached, id, node);
      if (finding) out.push(finding);
    });
    return out;
  },
};

/** The chain/unreachable finding about one node, given what users reach (not empty). */
export function unreachableFinding(
  context: RuleContext,
  reached: Reached,
  id: string,
  node: MapNode,
): Finding | undefined {
  if (node.kind !== 'component' || reached.has(id) || !isUsed(context, id)) return undefined;
  const message = `no user reaches component '${id}' through the value chain`;
  return nodeFinding('chain/unreachable', 'warning', id, ['nodes', id], message);
}

// What users reach in each context whose chain/unreachable findings were made, so the check after
// an edit can follow the change (unreachable-changes.ts) instead of walking from every user again.
// Kept as a map (id → true) so the next one can be layered over it (core/model/layered-map.ts).
const reachedByContext = new WeakMap<RuleContext, ReadonlyMap<string, true>>();

/** The ids users reach: a set, or a map whose keys they are. */
export interface Reached {
  readonly size: number;
  has(id: string): boolean;
}

export function knownReached(context: RuleContext): ReadonlyMap<string, true> | undefined {
  return reachedByContext.get(context);
}

export function rememberReached(context: RuleContext, reached: ReadonlyMap<string, true>): void {
  reachedByContext.set(context, reached);
}

/**
 * Breadth-first from every user along `uses`; a reached component also reaches its monolith.
 * Walked by position (edges.ts): the ids reached, as a map (id → true) in the order reached.
 */
export function reachableFromUsers(context: RuleContext): ReadonlyMap<string, true> {
  const tables = wholeTables(context);
  if (tables === undefined) {
    const reached = new Map<string, true>();
    const users = context.ids.filter((_, at) => context.nodes[at]?.kind === 'user');
    reachedFrom(context, users, reached);
    return reached;
  }
  const { start, targets, inside } = tables.edges;
  const n = context.ids.length;
  const flags = new Uint8Array(n);
  const queue = new Int32Array(n);
  let size = 0;
  const visit = (at: number) => {
    if (at < 0 || flags[at]) return;
    flags[at] = 1;
    queue[size++] = at;
  };
  const { flags: columns } = tables.columns;
  for (let at = 0; at < n; at++) if ((columns[at] as number) & USER) visit(at);
  for (let head = 0; head < size; head++) {
    const at = queue[head] as number;
    for (let k = start[at] as number; k < (start[at + 1] as number); k++) visit(targets[k] as number);
    visit(inside[at] as number);
  }
  return new ReachedByPosition(context, flags, queue.subarray(0, size));
}

/** What users reach, by position: reads as a Map of the ids reached (→ true) in the order reached. */
export class ReachedByPosition extends ReadOnlyLookup<true> {
  readonly #context: RuleContext;
  readonly #flags: Uint8Array;
  readonly #order: Int32Array;
  #ids: string[] | undefined;

  constructor(context: RuleContext, flags: Uint8Array, order: Int32Array) {
    super();
    this.#context = context;
    this.#flags = flags;
    this.#order = order;
  }

  /** Whether the node at that position is reached. */
  at(position: number): boolean {
    return this.#flags[position] === 1;
  }

  get(id: string): true | undefined {
    const position = this.#context.positions.get(id);
    return position !== undefined && this.#flags[position] === 1 ? true : undefined;
  }

  override get size(): number {
    return this.#order.length;
  }

  protected orderedKeys(): readonly string[] {
    this.#ids ??= Array.from(this.#order, (at) => this.#context.ids[at] ?? '');
    return this.#ids;
  }
}

/**
 * Grows `reached` by what `from` reaches along `uses` and `inside` (ids already in it stop the
 * walk); returns the ids it added.
 */
export function reachedFrom(
  context: RuleContext,
  from: readonly string[],
  reached: { has(id: string): boolean; set(id: string, value: true): unknown },
): string[] {
  const queue: string[] = [];
  const visit = (id: string) => {
    if (!reached.has(id) && context.index.has(id)) {
      reached.set(id, true);
      queue.push(id);
    }
  };
  for (const id of from) visit(id);
  for (let head = 0; head < queue.length; head++) {
    const node = context.index.get(queue[head] ?? '');
    if (!node) continue;
    for (const target of node.uses ?? []) visit(target);
    if (node.inside !== undefined) visit(node.inside);
  }
  return queue;
}

export const upwardEdge: DoctrineRule = {
  ids: ['chain/upward'],
  reason: 'a value chain points down: a node uses less visible nodes, not more visible ones',
  check(context: RuleContext): Finding[] {
    const tables = wholeTables(context);
    if (tables !== undefined) return upwardByPosition(context, tables);
    const out: Finding[] = [];
    context.ids.forEach((id, at) => {
      const node = context.nodes[at] as MapNode;
      (node.uses ?? []).forEach((target, i) => {
        const used = context.index.get(target);
        if (used) upwardFinding(out, id, node, used, target, i);
      });
    });
    return out;
  },
};

/** chain/upward over a whole context: the visibilities compared from its columns, by position. */
function upwardByPosition(context: RuleContext, tables: WholeTables): Finding[] {
  const out: Finding[] = [];
  const { start, targets } = tables.edges;
  const { visibility } = tables.columns;
  const { ids, nodes } = context;
  for (let at = 0; at < ids.length; at++) {
    for (let k = start[at] as number; k < (start[at + 1] as number); k++) {
      const to = targets[k] as number;
      if (to < 0 || !isUpward(visibility[to] as number, visibility[at] as number)) continue;
      const [id, node] = [ids[at] as string, nodes[at] as MapNode];
      const i = k - (start[at] as number);
      const used = nodes[to] as MapNode;
      upwardFinding(out, id, node, used, (node.uses as string[])[i] as string, i);
    }
  }
  return out;
}

function isUpward(used: number, user: number): boolean {
  // The epsilon keeps 0.4 − 0.3 (0.10000000000000003 in binary) within the margin.
  return !(used - user <= UPWARD_MARGIN + 1e-9);
}

/** Adds the chain/upward finding about `node`'s use `i` of `used`, when that edge points up. */
function upwardFinding(out: Finding[], id: string, node: MapNode, used: MapNode, target: string, i: number): void {
  if (!isUpward(used.visibility, node.visibility)) return;
  const message = `uses '${target}' (visibility ${used.visibility}), which is more visible than '${id}' (${node.visibility})`;
  out.push(nodeFinding('chain/upward', 'warning', id, ['nodes', id, 'uses', i], message));
}
