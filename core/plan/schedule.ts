// Phase assignment for the condensed dependency graph. Pure list scheduling:
//   phase k = the units pinned to k, then the due units (a pinned unit later needs them first),
//   then the ready units best value-for-risk first (tie: id) until the phase holds `capacity` units.
// A unit is ready when every prerequisite left in an earlier phase. Prerequisites per strategy:
//   dependencies-first: what it uses; edge-first: what uses it; most-evolved-first: what it uses
//   within the same or a more evolved stage, and a stage only starts once every more evolved unit left.
import { appendTo } from '../model/lists.ts';
import { compareIds, type Unit } from './graph.ts';
import type { Strategy } from './model.ts';
import { ReadyUnits } from './ready-units.ts';

export interface ScheduleInput {
  units: readonly Unit[];
  strategy: Strategy;
  /** Unit id → pinned phase. */
  pins: ReadonlyMap<string, number>;
  /** Unit id → value for risk (higher first). */
  priority: ReadonlyMap<string, number>;
  /** Unit id → stage group, 0 first (most-evolved-first only; others pass all 0). */
  rank: ReadonlyMap<string, number>;
  capacity: number;
  /** Unit id → the teams its members belong to (teamCapacity only). */
  teams?: ReadonlyMap<string, readonly string[]>;
  /** Most units one team takes on in a phase; pinned and due units still land (and are warned). */
  teamCapacity?: number;
}

/** The units a unit waits for under a strategy. */
export function prerequisites(unit: Unit, input: Pick<ScheduleInput, 'strategy' | 'rank'>): string[] {
  if (input.strategy === 'edge-first') return [...unit.usedBy];
  if (input.strategy === 'dependencies-first') return [...unit.uses];
  const own = input.rank.get(unit.id) ?? 0;
  return [...unit.uses].filter((u) => (input.rank.get(u) ?? 0) <= own);
}

/**
 * Unit id → phase (1-based). Always terminates: the prerequisite graph is acyclic. A unit joins
 * the ready units once its last prerequisite left (in an earlier phase), so each phase only looks
 * at the pins and due units of that phase and the front of the ready list: scanning every waiting
 * unit per phase made the plan quadratic (a phase per `capacity` units).
 */
export function schedulePhases(input: ScheduleInput): Map<string, number> {
  const prereqs = new Map(input.units.map((u) => [u.id, prerequisites(u, input)]));
  // Made once and shared with deadlines and topologicalOrder, which each made their own.
  const dependents = new Map<string, string[]>();
  for (const [id, ps] of prereqs) for (const p of ps) appendTo(dependents, p, id);
  const deadline = deadlines(input, prereqs, dependents);
  const waiting = new Map(input.units.map((u) => [u.id, (prereqs.get(u.id) ?? []).length]));
  const pinnedAt = new Map<number, string[]>();
  const unpinnedPerRank = new Map<number, number>();
  const ready = new ReadyUnits(input.priority, input.rank);
  const readyDue = new Set<string>();
  const becomeReady = (id: string): void => {
    ready.add(id);
    if (deadline.get(id) !== undefined && deadline.get(id)! < Infinity) readyDue.add(id);
  };
  for (const u of input.units) {
    const pin = input.pins.get(u.id);
    if (pin !== undefined) appendTo(pinnedAt, pin, u.id);
    else {
      const r = input.rank.get(u.id) ?? 0;
      unpinnedPerRank.set(r, (unpinnedPerRank.get(r) ?? 0) + 1);
      if (waiting.get(u.id) === 0) becomeReady(u.id);
    }
  }
  const phase = new Map<string, number>();
  for (let k = 1; phase.size < input.units.length; k++) {
    const now = [...(pinnedAt.get(k) ?? [])];
    for (const id of readyDue) if (deadline.get(id)! <= k) now.push(id);
    const due = new Set(now);
    const gate = Math.min(...[...unpinnedPerRank].filter(([, n]) => n > 0).map(([r]) => r));
    for (const id of ready.ofRank(gate)) {
      if (now.length >= input.capacity) break;
      if (due.has(id) || !teamsHaveRoom(input, now, id)) continue;
      now.push(id);
    }
    for (const id of now) place(id, k);
    for (const id of now) for (const d of dependents.get(id) ?? []) release(d);
  }
  return phase;

  function place(id: string, k: number): void {
    phase.set(id, k);
    if (input.pins.has(id)) return;
    ready.remove(id);
    readyDue.delete(id);
    const r = input.rank.get(id) ?? 0;
    unpinnedPerRank.set(r, unpinnedPerRank.get(r)! - 1);
  }

  /** One prerequisite of `id` left: it is ready (from the next phase on) when none is left. */
  function release(id: string): void {
    const n = waiting.get(id)! - 1;
    waiting.set(id, n);
    if (n === 0 && !input.pins.has(id) && !phase.has(id)) becomeReady(id);
  }
}

/** Whether every team of `id` still has room in the phase holding `now`. */
function teamsHaveRoom(input: ScheduleInput, now: readonly string[], id: string): boolean {
  if (input.teamCapacity === undefined || input.teams === undefined) return true;
  for (const team of input.teams.get(id) ?? []) {
    const taken = now.filter((u) => (input.teams?.get(u) ?? []).includes(team)).length;
    if (taken >= input.teamCapacity) return false;
  }
  return true;
}

/**
 * Latest phase each unit may leave in so that pinned units find what they need already gone:
 * a prerequisite's deadline is one before its dependent's. Pinned units keep their pin.
 */
function deadlines(
  input: ScheduleInput,
  prereqs: ReadonlyMap<string, string[]>,
  dependents: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const deadline = new Map<string, number>();
  for (const id of topologicalOrder(input.units, prereqs, dependents).reverse()) {
    const pin = input.pins.get(id);
    if (pin !== undefined) {
      deadline.set(id, pin);
      continue;
    }
    let d = Infinity;
    for (const dep of dependents.get(id) ?? []) d = Math.min(d, (deadline.get(dep) ?? Infinity) - 1);
    deadline.set(id, d);
  }
  return deadline;
}

/** Prerequisites before dependents (Kahn's algorithm, id order among equals). */
function topologicalOrder(
  units: readonly Unit[],
  prereqs: ReadonlyMap<string, string[]>,
  dependents: ReadonlyMap<string, readonly string[]>,
): string[] {
  const waiting = new Map(units.map((u) => [u.id, (prereqs.get(u.id) ?? []).length]));
  const queue = [...waiting]
    .filter(([, n]) => n === 0)
    .map(([id]) => id)
    .sort(compareIds);
  const order: string[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    order.push(id);
    for (const d of dependents.get(id) ?? []) {
      const n = (waiting.get(d) ?? 0) - 1;
      waiting.set(d, n);
      if (n === 0) queue.push(d);
    }
  }
  return order;
}
