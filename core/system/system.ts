// systemAt: the system after phase k. Workloads that run, the facade's routes, the calls the
// network allows (map edges only, resolved to the workloads that serve each end in this phase)
// and the system of record of every data owner.
import { objectMemo } from '../model/memo.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { dataMoveOf } from './data-moves.ts';
import { hostingAt, hostsOf, monolithAlive, ownWorkload, type Hosting } from './hosts.ts';
import { pathTable, type PathTable } from './paths.ts';
import { managedHost, workloadPort } from './ports.ts';
import { CANARY_PERCENT, routingTable } from './routes.ts';
import { withListeners } from './stream-listeners.ts';
import { carriesStreams, streamCalls, streamPortsOf, streamRows } from './streams.ts';
import { facadeOfMap } from './topology.ts';
import {
  FACADE,
  type EdgeOptions,
  type Facade,
  type Flow,
  type RouteEntry,
  type Schedule,
  type SystemOfRecord,
  type StreamEntry,
  type SystemState,
  type Workload,
  type WorkloadKind,
  type WorkloadLookup,
} from './types.ts';

/** The system at every phase 0 … last. */
export function systemPhases(map: WardleyMap, schedule: Schedule, edge: EdgeOptions = {}): SystemState[] {
  const table = pathTable(map);
  const out: SystemState[] = [];
  for (let k = 0; k <= schedule.last; k++) out.push(systemAt(map, schedule, k, table, edge));
  return out;
}

export function systemAt(
  map: WardleyMap,
  schedule: Schedule,
  phase: number,
  table: PathTable = pathTable(map),
  edge: EdgeOptions = {},
): SystemState {
  const h = hostingAt(map, schedule, Math.max(0, Math.min(phase, schedule.last)), table);
  const state = stateAt(map, h, table, edge);
  state.flows = sortedFlows(state.flows);
  return state;
}

/** One phase of `phaseCalls`. */
export interface PhaseCalls {
  /** Its workloads, in the order of the map's nodes. */
  workloads: Workload[];
  /** Its workload serving as node `id`, if it runs one. */
  workload: (id: string) => Workload | undefined;
  /** Tells `call` each call of its flows, in systemAt's order (unsorted, a call possibly twice). */
  calls: (call: CallSink) => void;
}

export interface CallPhases {
  /** The place of node `id` among the map's nodes (-1: not a node), to keep flags by node in typed arrays. */
  place: (id: string) => number;
  /** How many nodes the map has. */
  count: number;
  /** The id of the node at each place. */
  ids: readonly string[];
  phases: PhaseCalls[];
}

/**
 * Who runs and who calls whom after two or more phases of one schedule, for a caller that only
 * asks that: no flow objects, and no table per phase. At 10,000 nodes each Map or Set of every
 * workload cost several milliseconds to build (fifteen times one of 2,000), so the phases share
 * one table of node places, and a node's workload, the same in every phase it runs in, is made
 * once; each phase keeps which nodes run one as a byte per node. The phases also share one
 * hosting (the node index, monoliths and facade controller are read once).
 */
export function phaseCalls(
  map: WardleyMap,
  schedule: Schedule,
  phases: readonly number[],
  table: PathTable,
  edge: EdgeOptions = {},
  nodes?: ReadonlyMap<string, MapNode>,
): CallPhases {
  const base = hostingAt(map, schedule, 0, table, nodes);
  const { ids, places } = nodePlaces(base.nodes);
  const place = (id: string): number => places.get(id) ?? -1;
  const owners = dataOwners(base);
  // Sized up front: written by node place with gaps (the users and needs come first), an empty
  // array turned into a dictionary once a first write landed over 1,024 places past its end.
  const made = new Array<Workload | undefined>(ids.length);
  const one = (k: number): PhaseCalls => {
    const h: Hosting = { ...base, phase: Math.max(0, Math.min(k, schedule.last)) };
    const runs = new Uint8Array(ids.length);
    const workloads: Workload[] = [];
    ids.forEach((id, i) => {
      const node = h.nodes.get(id);
      const w = ownWorkload(h, id, node) ? (made[i] ?? workloadOf(h, id, table)) : undefined;
      if (w === undefined) return;
      made[i] = w;
      runs[i] = 1;
      workloads.push(w);
    });
    const workload = (id: string): Workload | undefined => {
      const i = place(id);
      return i >= 0 && runs[i] === 1 ? made[i] : undefined;
    };
    const calls = (call: CallSink): void =>
      callsOf(
        h,
        table,
        partsAt(map, h, table, edge, workloads, owners, { get: workload }),
        call,
        hostsByPlace(h, place, ids.length),
      );
    return { workloads, workload, calls };
  };
  return { place, count: ids.length, ids, phases: phases.map(one) };
}

/**
 * callHosts, worked out once per node of the phase: a phase's edges asked it once for each caller
 * and once more for each use of it (two and a half times a node at 10,000 nodes).
 */
function hostsByPlace(h: Hosting, place: (id: string) => number, count: number): HostsOf {
  const kept = new Array<string[] | undefined>(count);
  return (id, node) => {
    const i = place(id);
    if (i < 0) return callHosts(h, id, node ?? h.nodes.get(id));
    return (kept[i] ??= callHosts(h, id, node ?? h.nodes.get(id)));
  };
}

interface NodePlaces {
  ids: string[];
  places: Map<string, number>;
}

const placesOf = objectMemo<ReadonlyMap<string, MapNode>, NodePlaces>('node places');

function placesIn(nodes: ReadonlyMap<string, MapNode>): NodePlaces {
  const made: NodePlaces = { ids: [], places: new Map() };
  nodes.forEach((_, id) => {
    made.places.set(id, made.ids.length);
    made.ids.push(id);
  });
  return made;
}

/**
 * Each node's place in the order of `nodes`. Kept per `nodes` object, as the plan's caller index
 * is (callers.ts): a node index is made once per nodes record and never changed, and a Map of
 * 10,000 places cost 5-8 ms to build.
 */
function nodePlaces(nodes: ReadonlyMap<string, MapNode>): NodePlaces {
  return placesOf.of(nodes, placesIn);
}

/** Told each call of a phase's flows: who calls whom on which port. */
export type CallSink = (from: string, to: string, port: number) => void;

/** What a phase's flows are made from. */
interface Parts {
  workloads: Workload[];
  byId: WorkloadLookup;
  facade: Facade;
  routes: RouteEntry[];
  owners: string[];
  records: SystemOfRecord[];
}

function partsAt(
  map: WardleyMap,
  h: Hosting,
  table: PathTable,
  edge: EdgeOptions,
  workloads: Workload[],
  owners: string[] = dataOwners(h),
  byId: WorkloadLookup = new Map(workloads.map((w) => [w.id, w])),
): Parts {
  const facade = facadeOfMap(map, edge);
  const routes = routingTable(h, table, byId, (id) => managedHost(id, h.nodes.get(id)), facade);
  return { workloads, byId, facade, routes, owners, records: recordsOf(h, owners) };
}

/**
 * Every call of a phase's flows, in their order: map edges, the facade to its routes' backends
 * and to stream listeners, write-through and reverse sync.
 */
function callsOf(h: Hosting, table: PathTable, p: Parts, call: CallSink, hostsFor?: HostsOf): void {
  const front = p.facade.kind === 'gateway' ? FACADE : p.facade.id;
  edgeCalls(h, p.byId, call, hostsFor);
  routeCalls(p.routes, front, p.byId, call);
  if (carriesStreams(p.facade)) streamCalls(p.workloads, front, call);
  writeThroughCalls(h, table, p.byId, p.facade, p.owners, call);
  reverseSyncCalls(h, p.records, p.byId, call);
}

function stateAt(map: WardleyMap, h: Hosting, table: PathTable, edge: EdgeOptions): SystemState {
  const p = partsAt(map, h, table, edge, workloadsOf(h, table));
  const facade = p.facade;
  // Only a Gateway API facade weights stream backends; a controller named as facade maps each
  // stream port to one Service.
  const weights = facade.kind === 'gateway';
  const flows: Flow[] = [];
  callsOf(h, table, p, (from, to, port) => {
    flows.push({ from, to, port });
  });
  return {
    phase: h.phase,
    last: h.schedule.last,
    facade,
    workloads: p.workloads,
    routes: p.routes,
    streams: carriesStreams(facade)
      ? gatewayRows(map, facade, streamRows(h, table.streams, p.byId, weights ? CANARY_PERCENT : undefined))
      : [],
    flows,
    records: p.records,
  };
}

/** A Gateway is shared by the map's namespaces (one listener each); a controller runs per namespace. */
function gatewayRows(map: WardleyMap, facade: Facade, rows: StreamEntry[]): StreamEntry[] {
  return facade.kind === 'gateway' ? withListeners(map, rows) : rows;
}

function kindOf(h: Hosting, id: string): WorkloadKind {
  if (h.monoliths.includes(id)) return 'monolith';
  return h.nodes.get(id)?.sourcing ?? 'build';
}

function workloadOf(h: Hosting, id: string, table: PathTable): Workload | undefined {
  const node = h.nodes.get(id);
  if (node === undefined || !ownWorkload(h, id)) return undefined;
  const w: Workload = { id, name: node.name, kind: kindOf(h, id), port: workloadPort(node) };
  // Most maps have no stream listener: no list made and sorted per workload for them.
  if (table.streams.size === 0) return w;
  const streams = streamPortsOf(h, table.streams, id);
  if (streams.length > 0) w.streams = streams;
  return w;
}

function workloadsOf(h: Hosting, table: PathTable): Workload[] {
  const out: Workload[] = [];
  for (const id of [...h.nodes.keys()].sort((a, b) => (a < b ? -1 : 1))) {
    const w = workloadOf(h, id, table);
    if (w !== undefined) out.push(w);
  }
  return out;
}

/**
 * Routes and systems of record after each phase of one schedule (the plan's rows). A plan has
 * about one phase per two candidates, so the per-map work (node index, monoliths, data owners)
 * is done once and each phase only looks at the routed components and the data owners:
 * `systemAt` per phase made the plan quadratic in the map's size.
 */
export function phaseRows(
  map: WardleyMap,
  schedule: Schedule,
  table: PathTable = pathTable(map),
  edge: EdgeOptions = {},
  nodes?: ReadonlyMap<string, MapNode>,
): (phase: number) => Pick<SystemState, 'routes' | 'records'> & { streams?: SystemState['streams'] } {
  const base = hostingAt(map, schedule, 0, table, nodes);
  const routed = new Set([...table.paths.keys(), ...table.catchAll.keys(), ...table.streams.keys(), ...base.monoliths]);
  const owners = dataOwners(base);
  const facade = facadeOfMap(map, edge);
  const weights = facade.kind === 'gateway';
  const carried = carriesStreams(facade);
  // A routed node's workload is the same in every phase it runs in: made once, and each phase
  // looks it up through ownWorkload instead of filling a Map of its own.
  const made = new Map<string, Workload | undefined>();
  const workloadIn = (h: Hosting, id: string): Workload | undefined => {
    if (!routed.has(id) || !ownWorkload(h, id)) return undefined;
    if (!made.has(id)) made.set(id, workloadOf(h, id, table));
    return made.get(id);
  };
  return (phase) => {
    const h: Hosting = { ...base, phase: Math.max(0, Math.min(phase, schedule.last)) };
    const byId: WorkloadLookup = { get: (id) => workloadIn(h, id) };
    const routes = routingTable(h, table, byId, (id) => managedHost(id, h.nodes.get(id)), facade);
    // Stream rows only where the map has stream listeners: every other plan stays as it was.
    const streams = carried
      ? gatewayRows(map, facade, streamRows(h, table.streams, byId, weights ? CANARY_PERCENT : undefined))
      : [];
    return { routes, ...(streams.length > 0 ? { streams } : {}), records: recordsOf(h, owners) };
  };
}

/**
 * Workloads whose code serves a node's calls: its hosts, and its monolith while that lives even
 * after the node moved out. The old code stays the rollback target, so the monolith keeps every
 * call it had: a phase never cuts a call that the phase before allowed while both ends run.
 */
function callHosts(h: Hosting, id: string, node: MapNode | undefined = h.nodes.get(id)): string[] {
  const hosts = hostsOf(h, id, node);
  const inside = node?.inside;
  if (inside === undefined || !h.monoliths.includes(inside) || hosts.includes(inside)) return hosts;
  if (!monolithAlive(h, inside)) return hosts;
  // A new list of the right length: a push onto hostsOf's one-entry list grew its store to 17 entries.
  return hosts.length === 1 ? [hosts[0]!, inside] : [...hosts, inside];
}

/**
 * Who serves each node's calls in one phase (callHosts); a caller may keep the lists it gives out.
 * `node`, when the caller holds it, is node `id`.
 */
type HostsOf = (id: string, node?: MapNode) => readonly string[];

/**
 * Every `uses` edge becomes calls between the workloads serving its two ends (never to itself).
 * `hostsFor` gives callHosts' answer, kept per node by a caller that walks every edge of a phase.
 */
function edgeCalls(
  h: Hosting,
  byId: WorkloadLookup,
  call: CallSink,
  hostsFor: HostsOf = (id, node) => callHosts(h, id, node ?? h.nodes.get(id)),
): void {
  // forEach: no [id, node] pair made per node; index loops: no iterator result per step.
  h.nodes.forEach((node, a) => {
    const uses = node.uses;
    if (node.kind !== 'component' || uses === undefined) return;
    const callers = hostsFor(a, node);
    // Which callers are in the cluster, a bit each (a node has at most three hosts): the lists
    // hostsFor gives are shared, so they are not filtered in place.
    let inCluster = 0;
    for (let i = 0; i < callers.length; i++) if (byId.get(callers[i]!)?.kind !== 'outsource') inCluster |= 1 << i;
    if (inCluster === 0) return;
    // A use named twice makes the same flows twice: the callers list them once (sortedFlows).
    for (let u = 0; u < uses.length; u++) {
      const hosts = hostsFor(uses[u]!);
      for (let t = 0; t < hosts.length; t++) {
        const to = hosts[t]!;
        const target = byId.get(to);
        if (target === undefined) continue;
        for (let f = 0; f < callers.length; f++)
          if ((inCluster & (1 << f)) !== 0 && callers[f] !== to) call(callers[f]!, to, target.port);
      }
    }
  });
}

/** The facade calls every in-cluster backend a route sends to (or mirrors to). */
function routeCalls(routes: readonly RouteEntry[], front: string, byId: WorkloadLookup, call: CallSink): void {
  for (const r of routes) {
    const targets = [...r.backends.map((b) => b.service), ...(r.mirror === undefined ? [] : [r.mirror.service])];
    for (const to of targets) {
      const w = byId.get(to);
      if (w !== undefined && w.id !== front) call(front, to, w.port);
    }
  }
}

/**
 * A data owner that writes through its monolith's API (our own service canarying behind a facade
 * that cannot match methods) may call that API from its moving phase while the monolith lives:
 * the same call carries the reverse sync afterwards, and is never cut while a canary may still
 * use it. A mirrored owner gets no such call (it drops mirrored writes), nor does a product that
 * moves whole (it cannot write through).
 */
function writeThroughCalls(
  h: Hosting,
  table: PathTable,
  byId: WorkloadLookup,
  facade: Facade,
  owners: readonly string[],
  call: CallSink,
): void {
  for (const id of owners) {
    const e = h.extraction.get(id);
    const node = h.nodes.get(id);
    const monolith = byId.get(node?.inside ?? '');
    if (e === undefined || e.phase > h.phase || !table.paths.has(id) || monolith === undefined) continue;
    if (node === undefined || dataMoveOf(node, facade, e.mirror) !== 'write-through') continue;
    call(id, monolith.id, monolith.port);
  }
}

/**
 * After a data owner's phase its own store is the record, and reverse sync keeps the monolith's
 * tables current while the monolith runs: the owner's workload (our service, or a bought
 * product's pods) writes its changes back through the monolith's API on the monolith's port. One
 * flow per `reverse-sync` record, and nothing else. A managed service outside the cluster cannot
 * call in (no pods, and nothing admits the outside): the monolith pulls its changes from the
 * service's API instead, the one flow monolith → service on the service's port.
 */
function reverseSyncCalls(h: Hosting, records: readonly SystemOfRecord[], byId: WorkloadLookup, call: CallSink): void {
  for (const r of records) {
    if (r.sync !== 'reverse-sync') continue;
    const owner = byId.get(r.owner);
    const monolith = byId.get(h.nodes.get(r.owner)?.inside ?? '');
    if (owner === undefined || monolith === undefined) continue;
    if (owner.kind === 'outsource') call(monolith.id, owner.id, owner.port);
    else call(owner.id, monolith.id, monolith.port);
  }
}

function sortedFlows(flows: readonly Flow[]): Flow[] {
  const seen = new Map<string, Flow>();
  for (const f of flows) seen.set(`${f.from}\u0000${f.to}\u0000${f.port}`, f);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => f);
}

/**
 * Reads move first (CDC copies monolith → new store while the phase canaries reads); the new
 * store becomes the system of record only after its phase, with reverse sync back to the
 * monolith while that still runs: writes never split between two stores.
 */
function recordsOf(h: Hosting, owners: readonly string[] = dataOwners(h)): SystemOfRecord[] {
  const out: SystemOfRecord[] = [];
  for (const id of owners) {
    const e = h.extraction.get(id);
    const monolith = h.nodes.get(id)?.inside as string;
    if (e === undefined || e.phase > h.phase) out.push({ owner: id, system: monolith, sync: 'none' });
    else if (e.phase === h.phase) out.push({ owner: id, system: monolith, sync: 'cdc' });
    else out.push({ owner: id, system: id, sync: hostsOf(h, monolith).length > 0 ? 'reverse-sync' : 'none' });
  }
  return out;
}

/** Nodes that own data inside a monolith, by id: the rows of `recordsOf`. */
function dataOwners(h: Hosting): string[] {
  const out: string[] = [];
  // forEach: no [id, node] pair made per node.
  h.nodes.forEach((node, id) => {
    if (node.plan?.data === true && node.inside !== undefined && h.monoliths.includes(node.inside)) out.push(id);
  });
  return out.sort((a, b) => (a < b ? -1 : 1));
}
