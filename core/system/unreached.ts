// Workloads the monolith's retirement leaves without a caller: something extracted by branch by
// abstraction (or any component only the monolith's code called) still runs after its caller is
// deleted, and nothing on the map says who calls it next. The plan warns, and the bundle parks it.
import type { WardleyMap } from '../model/types.ts';
import { pathTable, type PathTable } from './paths.ts';
import { unsortedSystems } from './system.ts';
import type { EdgeOptions, Schedule, SystemState, WorkloadKind } from './types.ts';

/** A workload nothing can reach after the last phase, and who called it the phase before. */
export interface Unreached {
  id: string;
  name: string;
  kind: WorkloadKind;
  /** The workloads that called it in the phase before the retirement (the retired monoliths among them). */
  callers: string[];
  /** The monoliths retired in the last phase. */
  retired: string[];
}

/**
 * Workloads of the last phase that no flow reaches (no route, no stream, no caller left, or only
 * callers that are themselves unreached), though the phase before something called them. Empty
 * when the last phase retires no monolith.
 */
export function unreachedAfterRetirement(
  map: WardleyMap,
  schedule: Schedule,
  table: PathTable = pathTable(map),
  edge: EdgeOptions = {},
): Unreached[] {
  if (schedule.last === 0) return [];
  const [before, after] = unsortedSystems(map, schedule, [schedule.last - 1, schedule.last], table, edge) as [
    SystemState,
    SystemState,
  ];
  const running = new Set(after.workloads.map((w) => w.id));
  const retired = before.workloads.filter((w) => w.kind === 'monolith' && !running.has(w.id)).map((w) => w.id);
  if (retired.length === 0) return [];
  const calledBefore = calledOf(before);
  const parked = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    const calledAfter = calledOf(after, parked);
    for (const w of after.workloads) {
      if (parked.has(w.id) || w.kind === 'monolith') continue;
      if (calledAfter.has(w.id) || !calledBefore.has(w.id)) continue;
      parked.add(w.id);
      grew = true;
    }
  }
  const callersBefore = callersOf(before, parked);
  return after.workloads
    .filter((w) => parked.has(w.id))
    .map((w) => ({ id: w.id, name: w.name, kind: w.kind, callers: callersBefore.get(w.id) ?? [], retired }));
}

/** The workloads something calls (the facade too), leaving out calls from parked callers. */
function calledOf(state: SystemState, parked: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const f of state.flows) if (!parked.has(f.from) && f.from !== f.to) out.add(f.to);
  return out;
}

/** Who calls each of `ids` (the facade too), each list sorted. */
function callersOf(state: SystemState, ids: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of state.flows) {
    if (!ids.has(f.to) || f.from === f.to) continue;
    const list = out.get(f.to) ?? [];
    if (!list.includes(f.from)) list.push(f.from);
    out.set(f.to, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
}
