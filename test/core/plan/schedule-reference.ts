// The first, plainly quadratic list scheduler (core/plan/schedule.ts before it kept its ready
// units sorted): the oracle the property test compares the fast one with, phase for phase.
import { compareIds, type Unit } from '../../../core/plan/graph.ts';
import { prerequisites, type ScheduleInput } from '../../../core/plan/schedule.ts';

/** Unit id → phase (1-based). Always terminates: the prerequisite graph is acyclic. */
export function referenceSchedule(input: ScheduleInput): Map<string, number> {
  const prereqs = new Map(input.units.map((u) => [u.id, prerequisites(u, input)]));
  const deadline = deadlines(input, prereqs);
  const phase = new Map<string, number>();
  const rest = new Set(input.units.map((u) => u.id));
  for (let k = 1; rest.size > 0; k++) {
    const now = [...rest].filter((id) => input.pins.get(id) === k);
    const ready = [...rest].filter(
      (id) => !input.pins.has(id) && (prereqs.get(id) ?? []).every((p) => (phase.get(p) ?? Infinity) < k),
    );
    now.push(...ready.filter((id) => (deadline.get(id) ?? Infinity) <= k));
    const gate = lowestRank(
      [...rest].filter((id) => !input.pins.has(id)),
      input.rank,
    );
    const optional = ready
      .filter((id) => !now.includes(id) && (input.rank.get(id) ?? 0) === gate)
      .sort((a, b) => (input.priority.get(b) ?? 0) - (input.priority.get(a) ?? 0) || compareIds(a, b));
    for (const id of optional) {
      if (now.length >= input.capacity) break;
      if (!teamsHaveRoom(input, now, id)) continue;
      now.push(id);
    }
    for (const id of now) {
      phase.set(id, k);
      rest.delete(id);
    }
  }
  return phase;
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

function lowestRank(ids: readonly string[], rank: ReadonlyMap<string, number>): number {
  return ids.reduce((m, id) => Math.min(m, rank.get(id) ?? 0), Infinity);
}

/**
 * Latest phase each unit may leave in so that pinned units find what they need already gone:
 * a prerequisite's deadline is one before its dependent's. Pinned units keep their pin.
 */
function deadlines(input: ScheduleInput, prereqs: ReadonlyMap<string, string[]>): Map<string, number> {
  const dependents = new Map<string, string[]>(input.units.map((u) => [u.id, []]));
  for (const [id, ps] of prereqs) for (const p of ps) dependents.get(p)?.push(id);
  const deadline = new Map<string, number>();
  for (const id of topologicalOrder(input.units, prereqs).reverse()) {
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
function topologicalOrder(units: readonly Unit[], prereqs: ReadonlyMap<string, string[]>): string[] {
  const waiting = new Map(units.map((u) => [u.id, (prereqs.get(u.id) ?? []).length]));
  const dependents = new Map<string, string[]>(units.map((u) => [u.id, []]));
  for (const [id, ps] of prereqs) for (const p of ps) dependents.get(p)?.push(id);
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
