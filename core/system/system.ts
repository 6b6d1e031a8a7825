// systemAt: the system after phase k. Workloads that run, the facade's routes, the calls the
// network allows (map edges only, resolved to the workloads that serve each end in this phase)
// and the system of record of every data owner.
import type { WardleyMap } from '../model/types.ts';
import { dataMoveOf } from './data-moves.ts';
import { hostingAt, hostsOf, monolithAlive, ownWorkload, type Hosting } from './hosts.ts';
import { pathTable, type PathTable } from './paths.ts';
import { managedHost, workloadPort } from './ports.ts';
import { CANARY_PERCENT, routingTable } from './routes.ts';
import { withListeners } from './stream-listeners.ts';
import { carriesStreams, streamFlows, streamPortsOf, streamRows } from './streams.ts';
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
  const state = stateAt(map, hostingAt(map, schedule, Math.max(0, Math.min(phase, schedule.last))), table, edge);
  state.flows = sortedFlows(state.flows);
  return state;
}

/**
 * The systems after two or more phases of one schedule with their flows as made (unsorted, a call
 * possibly listed twice): for a caller that only asks who calls whom. The phases share one
 * hosting (the node index, monoliths and facade controller are read once).
 */
export function unsortedSystems(
  map: WardleyMap,
  schedule: Schedule,
  phases: readonly number[],
  table: PathTable,
  edge: EdgeOptions = {},
): SystemState[] {
  const base = hostingAt(map, schedule, 0);
  return phases.map((k) => stateAt(map, { ...base, phase: Math.max(0, Math.min(k, schedule.last)) }, table, edge));
}

function stateAt(map: WardleyMap, h: Hosting, table: PathTable, edge: EdgeOptions): SystemState {
  const workloads = workloadsOf(h, table);
  const byId = new Map(workloads.map((w) => [w.id, w]));
  const facade = facadeOfMap(map, edge);
  // Only a Gateway API facade weights stream backends; a controller named as facade maps each
  // stream port to one Service.
  const weights = facade.kind === 'gateway';
  const routes = routingTable(h, table, byId, (id) => managedHost(id, h.nodes.get(id)), facade);
  const front = facade.kind === 'gateway' ? FACADE : facade.id;
  const streams = carriesStreams(facade);
  const owners = dataOwners(h);
  const records = recordsOf(h, owners);
  return {
    phase: h.phase,
    last: h.schedule.last,
    facade,
    workloads,
    routes,
    streams: streams
      ? gatewayRows(map, facade, streamRows(h, table.streams, byId, weights ? CANARY_PERCENT : undefined))
      : [],
    flows: [
      ...edgeFlows(h, byId),
      ...routeFlows(routes, front, byId),
      ...(streams ? streamFlows(workloads, front) : []),
      ...writeThroughFlows(h, table, byId, facade, owners),
      ...reverseSyncFlows(h, records, byId),
    ],
    records,
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
): (phase: number) => Pick<SystemState, 'routes' | 'records'> & { streams?: SystemState['streams'] } {
  const base = hostingAt(map, schedule, 0);
  const routed = new Set([...table.paths.keys(), ...table.catchAll.keys(), ...table.streams.keys(), ...base.monoliths]);
  const owners = dataOwners(base);
  const facade = facadeOfMap(map, edge);
  const weights = facade.kind === 'gateway';
  const carried = carriesStreams(facade);
  return (phase) => {
    const h: Hosting = { ...base, phase: Math.max(0, Math.min(phase, schedule.last)) };
    const byId = new Map<string, Workload>();
    for (const id of routed) {
      const w = workloadOf(h, id, table);
      if (w !== undefined) byId.set(id, w);
    }
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
function callHosts(h: Hosting, id: string): string[] {
  const hosts = hostsOf(h, id);
  const inside = h.nodes.get(id)?.inside;
  if (inside === undefined || !h.monoliths.includes(inside) || hosts.includes(inside)) return hosts;
  return monolithAlive(h, inside) ? [...hosts, inside] : hosts;
}

/** Every `uses` edge becomes calls between the workloads serving its two ends (never to itself). */
function edgeFlows(h: Hosting, byId: ReadonlyMap<string, Workload>): Flow[] {
  const out: Flow[] = [];
  // forEach: no [id, node] pair made per node.
  h.nodes.forEach((node, a) => {
    if (node.kind !== 'component' || node.uses === undefined) return;
    const callers = callHosts(h, a).filter((x) => byId.get(x)?.kind !== 'outsource');
    // A use named twice makes the same flows twice: the callers list them once (sortedFlows).
    for (const b of node.uses) {
      for (const to of callHosts(h, b)) {
        const target = byId.get(to);
        if (target === undefined) continue;
        for (const from of callers) if (from !== to) out.push({ from, to, port: target.port });
      }
    }
  });
  return out;
}

/** The facade calls every in-cluster backend a route sends to (or mirrors to). */
function routeFlows(routes: readonly RouteEntry[], front: string, byId: ReadonlyMap<string, Workload>): Flow[] {
  const out: Flow[] = [];
  for (const r of routes) {
    const targets = [...r.backends.map((b) => b.service), ...(r.mirror === undefined ? [] : [r.mirror.service])];
    for (const to of targets) {
      const w = byId.get(to);
      if (w !== undefined && w.id !== front) out.push({ from: front, to, port: w.port });
    }
  }
  return out;
}

/**
 * A data owner that writes through its monolith's API (our own service canarying behind a facade
 * that cannot match methods) may call that API from its moving phase while the monolith lives:
 * the same call carries the reverse sync afterwards, and is never cut while a canary may still
 * use it. A mirrored owner gets no such call (it drops mirrored writes), nor does a product that
 * moves whole (it cannot write through).
 */
function writeThroughFlows(
  h: Hosting,
  table: PathTable,
  byId: ReadonlyMap<string, Workload>,
  facade: Facade,
  owners: readonly string[],
): Flow[] {
  const out: Flow[] = [];
  for (const id of owners) {
    const e = h.extraction.get(id);
    const node = h.nodes.get(id);
    const monolith = byId.get(node?.inside ?? '');
    if (e === undefined || e.phase > h.phase || !table.paths.has(id) || monolith === undefined) continue;
    if (node === undefined || dataMoveOf(node, facade, e.mirror) !== 'write-through') continue;
    out.push({ from: id, to: monolith.id, port: monolith.port });
  }
  return out;
}

/**
 * After a data owner's phase its own store is the record, and reverse sync keeps the monolith's
 * tables current while the monolith runs: the owner's workload (our service, or a bought
 * product's pods) writes its changes back through the monolith's API on the monolith's port. One
 * flow per `reverse-sync` record, and nothing else. A managed service outside the cluster cannot
 * call in (no pods, and nothing admits the outside): the monolith pulls its changes from the
 * service's API instead, the one flow monolith → service on the service's port.
 */
function reverseSyncFlows(h: Hosting, records: readonly SystemOfRecord[], byId: ReadonlyMap<string, Workload>): Flow[] {
  const out: Flow[] = [];
  for (const r of records) {
    if (r.sync !== 'reverse-sync') continue;
    const owner = byId.get(r.owner);
    const monolith = byId.get(h.nodes.get(r.owner)?.inside ?? '');
    if (owner === undefined || monolith === undefined) continue;
    if (owner.kind === 'outsource') out.push({ from: monolith.id, to: owner.id, port: owner.port });
    else out.push({ from: owner.id, to: monolith.id, port: monolith.port });
  }
  return out;
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
