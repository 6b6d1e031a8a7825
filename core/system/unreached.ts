// Workloads the monolith's retirement leaves without a caller: something extracted by branch by
// abstraction (or any component only the monolith's code called) still runs after its caller is
// deleted, and nothing on the map says who calls it next. The plan warns, and the bundle parks it.
import type { MapNode, WardleyMap } from '../model/types.ts';
import { pathTable, type PathTable } from './paths.ts';
import { phaseCalls, type CallPhases, type PhaseCalls } from './system.ts';
import type { EdgeOptions, Schedule, Workload, WorkloadKind } from './types.ts';

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
  nodes?: ReadonlyMap<string, MapNode>,
): Unreached[] {
  if (schedule.last === 0) return [];
  const calls = phaseCalls(map, schedule, [schedule.last - 1, schedule.last], table, edge, nodes);
  const [before, after] = calls.phases as [PhaseCalls, PhaseCalls];
  const retired = before.workloads
    .filter((w) => w.kind === 'monolith' && after.workload(w.id) === undefined)
    .map((w) => w.id)
    .sort(byId);
  if (retired.length === 0) return [];
  const parked = parkedAfter(calls, before, after);
  const callersBefore = parked.length === 0 ? new Map<string, string[]>() : callersOf(calls, before, parked);
  return parked.map((w) => ({ id: w.id, name: w.name, kind: w.kind, callers: callersBefore.get(w.id) ?? [], retired }));
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The workloads of the last phase that something called the phase before and nothing calls now
 * but other such workloads, in id order. Flags by node place (one byte each), not Sets of ids.
 */
function parkedAfter(calls: CallPhases, before: PhaseCalls, after: PhaseCalls): Workload[] {
  const { place, count } = calls;
  const calledBefore = new Uint8Array(count);
  before.calls((from, to) => {
    if (from !== to) calledBefore[place(to)] = 1;
  });
  const parked = new Uint8Array(count);
  const calledAfter = new Uint8Array(count);
  const out: Workload[] = [];
  for (let grew = true; grew;) {
    grew = false;
    calledAfter.fill(0);
    // A call from a parked caller does not count: what only parked workloads call is parked too.
    after.calls((from, to) => {
      if (from !== to && parked[place(from)] !== 1) calledAfter[place(to)] = 1;
    });
    for (const w of after.workloads) {
      const i = place(w.id);
      if (parked[i] === 1 || w.kind === 'monolith') continue;
      if (calledAfter[i] === 1 || calledBefore[i] !== 1) continue;
      parked[i] = 1;
      out.push(w);
      grew = true;
    }
  }
  return out.sort((a, b) => byId(a.id, b.id));
}

/** Who calls each of `ids` in the phase before (the facade too), each list sorted. */
function callersOf(calls: CallPhases, before: PhaseCalls, ids: readonly Workload[]): Map<string, string[]> {
  const out = new Map<string, string[]>(ids.map((w) => [w.id, []]));
  before.calls((from, to) => {
    const list = out.get(to);
    if (list === undefined || from === to || list.includes(from)) return;
    list.push(from);
  });
  for (const list of out.values()) list.sort(byId);
  return out;
}
