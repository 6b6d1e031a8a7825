// Doctrine after a move. Dragging a node is the edit a workshop makes most, and it changes only
// `evolution` and `visibility`. The graph rules (reachability, cycles, orphans, names, the
// compliance flows) do not read those, so their findings from the map before the move still hold;
// the rules that read positions look again only at the moved nodes (and, for edges, at the nodes
// using them). Any other change runs every rule, as before. The last map checked and each rule's
// findings on it are kept, one map at a time; a property test
// (test/core/doctrine/incremental-properties.test.ts) compares the result with a full run.
import type { MapNode, WardleyMap } from '../model/types.ts';
import type { DoctrineRule, Finding, RuleContext } from './finding.ts';

/** What a rule's findings about a node depend on (checked by reading each rule). */
type Reach = 'no positions' | 'own node' | 'own node and the nodes it uses';

const REACH: ReadonlyMap<string, Reach> = new Map<string, Reach>([
  ['chain/no-user', 'no positions'],
  ['user/no-needs', 'no positions'],
  ['need/unserved', 'no positions'],
  ['chain/orphan', 'no positions'],
  ['chain/unreachable', 'no positions'],
  ['chain/cycle', 'no positions'],
  ['dup/name', 'no positions'],
  ['monolith/unplanned', 'no positions'],
  ['source/missing', 'no positions'],
  ['compliance/missing-agreement', 'no positions'],
  ['compliance/residency-escape', 'no positions'],
  ['compliance/public-registry', 'no positions'],
  ['compliance/no-owner', 'no positions'],
  ['source/build-commodity', 'own node'],
  ['move/left', 'own node'],
  ['move/method-change', 'own node'],
  ['inertia/without-move', 'own node'],
  ['evolution/answers-disagree', 'own node'],
  ['chain/upward', 'own node and the nodes it uses'],
]);

const POSITION_FIELDS: ReadonlySet<string> = new Set(['evolution', 'visibility']);

/** Above this many moved nodes a full run is as cheap as comparing them. */
const MAX_MOVED = 64;

export interface RuleRun {
  readonly map: WardleyMap;
  readonly context: RuleContext;
  /** Findings of each rule of the registry, in registry order, before silencing. */
  readonly byRule: readonly (readonly Finding[])[];
}

/** A rule reports under its first id; the others (the sourcing table's) share its reach. */
function reachOf(rule: DoctrineRule): Reach | undefined {
  return REACH.get(rule.ids[0] ?? '');
}

/** The indexes (in node order) of the nodes that moved, when `map` differs from `before` only so. */
export function movedNodes(before: WardleyMap, map: WardleyMap): number[] | undefined {
  if (!sameSettings(before, map)) return undefined;
  const was = Object.keys(before.nodes);
  const now = Object.keys(map.nodes);
  if (was.length !== now.length) return undefined;
  const moved: number[] = [];
  for (let i = 0; i < now.length; i++) {
    const id = now[i] as string;
    if (was[i] !== id) return undefined;
    const a = before.nodes[id] as MapNode;
    const b = map.nodes[id] as MapNode;
    if (a === b) continue;
    if (moved.push(i) > MAX_MOVED || !equalBesidesPosition(a, b)) return undefined;
  }
  return moved;
}

/** The context of `map` after the nodes at `moved` moved: the one before with those nodes replaced. */
export function contextAfterMove(before: RuleContext, map: WardleyMap, moved: readonly number[]): RuleContext {
  const entries = before.entries.slice();
  const index = new Map(before.index);
  for (const i of moved) {
    const id = (entries[i] as readonly [string, MapNode])[0];
    const node = map.nodes[id] as MapNode;
    entries[i] = [id, node];
    index.set(id, node);
  }
  return { ...before, map, entries, index };
}

/** A rule's findings after a move: kept, or looked at again for the nodes the move can affect. */
export function findingsAfterMove(
  rule: DoctrineRule,
  before: readonly Finding[],
  context: RuleContext,
  moved: readonly number[],
): { findings: readonly Finding[]; reused: boolean } {
  const reach = reachOf(rule);
  if (reach === 'no positions') return { findings: before, reused: true };
  if (reach === undefined) return { findings: rule.check(context), reused: false };
  const ids = new Set(moved.map((i) => (context.entries[i] as readonly [string, MapNode])[0]));
  if (reach === 'own node and the nodes it uses') {
    for (const id of [...ids]) for (const user of context.usedBy.get(id) ?? []) ids.add(user);
  }
  const entries = [...ids].map((id): [string, MapNode] => [id, context.index.get(id) as MapNode]);
  const fresh = rule.check({ ...context, entries });
  const kept = before.filter((f) => f.node === undefined || !ids.has(f.node));
  return { findings: [...kept, ...fresh], reused: true };
}

function sameSettings(before: WardleyMap, map: WardleyMap): boolean {
  const a = before as unknown as Record<string, unknown>;
  const b = map as unknown as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'nodes' || (Object.hasOwn(b, key) && a[key] === b[key]));
}

function equalBesidesPosition(a: MapNode, b: MapNode): boolean {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => !POSITION_FIELDS.has(k));
  const kb = Object.keys(rb).filter((k) => !POSITION_FIELDS.has(k));
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}

// Plain YAML data: scalars, arrays and objects.
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  return ka.length === Object.keys(rb).length && ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}
