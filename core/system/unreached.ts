// Workloads the monolith's retirement leaves without a caller: something extracted by branch by
// abstraction (or any component only the monolith's code called) still runs after its caller is
// deleted, and nothing on the map says who calls it next. The plan warns, and the bundle parks it.
import { grownInt32 } from '../model/grown.ts';
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
  // Each phase's calls are made once and kept (a caller's id, a callee's place): the fixpoint
  // below used to make the last phase's calls again for every round, and the callers' lists
  // made the phase before's again.
  const called = calledIn(calls, before);
  const parked = parkedAfter(calls, called, after);
  const callersBefore = parked.length === 0 ? new Map<string, string[]>() : callersOf(calls, called, parked);
  return parked.map((w) => ({ id: w.id, name: w.name, kind: w.kind, callers: callersBefore.get(w.id) ?? [], retired }));
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The calls of one phase in their order, self-calls left out, as node places in typed arrays (their
 * stores are not on the collected heap: growing lists of numbers were about 2 MB of the 30 MB a
 * plan of 10,000 nodes allocated). A caller that is no node (the Gateway) is `-1 - k`, `others[k]`.
 */
interface Called {
  from: Int32Array;
  to: Int32Array;
  length: number;
  others: string[];
}

function calledIn(calls: CallPhases, phase: PhaseCalls): Called {
  const out: Called = { from: new Int32Array(1024), to: new Int32Array(1024), length: 0, others: [] };
  phase.calls((from, to) => {
    if (from === to) return;
    if (out.length === out.from.length) [out.from, out.to] = [grownInt32(out.from), grownInt32(out.to)];
    let i = calls.place(from);
    if (i < 0) {
      out.others.push(from);
      i = -out.others.length;
    }
    out.from[out.length] = i;
    out.to[out.length++] = calls.place(to);
  });
  return out;
}

/** The caller of call `e`, by id. */
function callerOf(calls: CallPhases, called: Called, e: number): string {
  const i = called.from[e]!;
  return i >= 0 ? calls.ids[i]! : called.others[-1 - i]!;
}

/** The callees of each node place: `callees[start[i]]` up to `callees[start[i + 1]]`, a callee once per call. */
interface CallGraph {
  start: Int32Array;
  callees: Int32Array;
}

/** `called` grouped by caller; a caller that is no node (the Gateway) is left out, it is never parked. */
function byCaller(calls: CallPhases, called: Called): CallGraph {
  const { count } = calls;
  const start = new Int32Array(count + 1);
  for (let e = 0; e < called.length; e++) if (called.from[e]! >= 0) start[called.from[e]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, count);
  const callees = new Int32Array(start[count]!);
  for (let e = 0; e < called.length; e++) {
    const i = called.from[e]!;
    if (i >= 0) callees[next[i]!++] = called.to[e]!;
  }
  return { start, callees };
}

/**
 * The workloads of the last phase that something called the phase before and nothing calls now
 * but other such workloads, in id order: the least set closed under "every call into it comes from
 * the set". Worked out as a worklist over the last phase's calls (how many calls into each node
 * come from callers not parked yet), not as rounds over every call until nothing grows.
 */
function parkedAfter(calls: CallPhases, before: Called, after: PhaseCalls): Workload[] {
  const { place, count } = calls;
  const calledBefore = new Uint8Array(count);
  for (let e = 0; e < before.length; e++) calledBefore[before.to[e]!] = 1;
  const called = calledIn(calls, after);
  const graph = byCaller(calls, called);
  const waiting = new Int32Array(count);
  for (let e = 0; e < called.length; e++) waiting[called.to[e]!]!++;
  const candidate = new Uint8Array(count);
  const queue: number[] = [];
  for (const w of after.workloads) {
    const i = place(w.id);
    if (w.kind === 'monolith' || calledBefore[i] !== 1) continue;
    candidate[i] = 1;
    if (waiting[i] === 0) queue.push(i);
  }
  const parked = new Uint8Array(count);
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    parked[i] = 1;
    for (let e = graph.start[i]!; e < graph.start[i + 1]!; e++) {
      const j = graph.callees[e]!;
      if (--waiting[j]! === 0 && candidate[j] === 1) queue.push(j);
    }
  }
  return after.workloads.filter((w) => parked[place(w.id)] === 1).sort((a, b) => byId(a.id, b.id));
}

/** Who calls each of `parked` in the phase before (the facade too), each list sorted. */
function callersOf(calls: CallPhases, before: Called, parked: readonly Workload[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lists: (string[] | undefined)[] = new Array<string[] | undefined>(calls.count);
  for (const w of parked) {
    const list: string[] = [];
    out.set(w.id, list);
    lists[calls.place(w.id)] = list;
  }
  for (let e = 0; e < before.length; e++) {
    const list = lists[before.to[e]!];
    if (list === undefined) continue;
    const from = callerOf(calls, before, e);
    if (!list.includes(from)) list.push(from);
  }
  for (const list of out.values()) list.sort(byId);
  return out;
}
