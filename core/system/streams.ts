// Stream traffic at the facade: a component reached over TCP or MLLP (HL7 v2 feeds) cannot be
// routed by path, so the facade gives it a port of its own. Senders keep that one address for the
// whole migration; behind it the connections reach the monolith until the component's phase
// (message interception at the facade's TCP port), then the new service.
import { STREAM_PROTOCOL_LIST } from '../model/deploy-protocol.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { monolithAlive, type Hosting } from './hosts.ts';
import { forEachNode, routableAtFacade } from './topology.ts';
import type { Facade, StreamEntry, StreamPort, SystemWarning, Workload, WorkloadLookup } from './types.ts';

/** Protocols the facade carries as plain TCP streams, by port rather than by path. */
export const STREAM_PROTOCOLS: ReadonlySet<string> = new Set(STREAM_PROTOCOL_LIST);

/** MLLP's registered port (IANA `hl7`, 2575/tcp); plain TCP has no default. */
export const DEFAULT_STREAM_PORTS: ReadonlyMap<string, number> = new Map([['mllp', 2575]]);

/**
 * Whether the facade can carry stream ports: a Gateway (TCPRoute on a TCP listener) or
 * ingress-nginx (`tcp:` values); plain Ingresses (`--ingress`) and another ingress controller
 * have no documented way.
 */
export function carriesStreams(facade: Facade): boolean {
  return facade.kind === 'gateway' ? facade.plain !== true : facade.annotations === 'ingress-nginx';
}

/**
 * The facade, in words, when it cannot carry stream ports (undefined: a Gateway or ingress-nginx,
 * which can): the ingress controller named as facade, or plain Ingresses. Its stream listeners
 * have no way in from outside the cluster.
 */
export function streamlessFacade(facade: Facade): string | undefined {
  if (carriesStreams(facade)) return undefined;
  return facade.kind === 'controller' ? `the facade ${facade.id}` : 'a plain Ingress (`--ingress`)';
}

/**
 * The facade, in words, when it carries stream ports without weights (ingress-nginx `tcp:` values
 * map a port to one Service): a port moves whole, one phase after its component.
 */
export function streamsMoveWhole(facade: Facade): string | undefined {
  return facade.kind === 'controller' && carriesStreams(facade) ? `the ingress controller ${facade.id}` : undefined;
}

/** What the platform team can add so a stream port reaches the cluster, for the plan and the README. */
export const STREAM_EXPOSURE_OPTIONS =
  'a TCP listener on a Gateway API gateway with a TCPRoute, or an ingress-nginx release whose `tcp:` values map the port';

/** A component's own stream listener, when the map says it has one. */
export function streamOf(node: MapNode | undefined): StreamPort | undefined {
  const protocol = node?.deploy?.protocol;
  if (protocol === undefined || !STREAM_PROTOCOLS.has(protocol)) return undefined;
  const port = node?.deploy?.streamPort ?? DEFAULT_STREAM_PORTS.get(protocol);
  return port === undefined ? undefined : { port, protocol: protocol as StreamPort['protocol'] };
}

export interface StreamTable {
  /** Component id → its listener at the facade (each port held by one component only). */
  streams: Map<string, StreamPort>;
  warnings: SystemWarning[];
}

function streamWarning(id: string, problem: string): SystemWarning {
  return { rule: 'plan/stream-port', message: `${id}: ${problem}`, nodes: [id] };
}

/**
 * Who holds which stream port at the facade: components in file order, in the cluster (a managed
 * service is reached at its provider). A port held twice, or one that clashes with the HTTP port
 * of the component or of its monolith (one Service carries both), stays with nobody new.
 */
export function streamTable(
  map: WardleyMap,
  controller: string | undefined,
  monoliths: ReadonlySet<string>,
): StreamTable {
  const holder = new Map<number, string>();
  const streams = new Map<string, StreamPort>();
  const warnings: SystemWarning[] = [];
  forEachNode(map, (node, id) => {
    if (!routableAtFacade(node, id, controller, monoliths) || node.sourcing === 'outsource') return;
    const protocol = node.deploy?.protocol;
    if (protocol === undefined || !STREAM_PROTOCOLS.has(protocol)) return;
    const stream = streamOf(node);
    const http = [node.deploy?.port, map.nodes[node.inside ?? '']?.deploy?.port];
    if (stream === undefined) warnings.push(streamWarning(id, `protocol ${protocol} needs deploy.streamPort`));
    else if (holder.has(stream.port))
      warnings.push(streamWarning(id, `port ${stream.port} is already the stream port of ${holder.get(stream.port)}`));
    else if (http.includes(stream.port))
      warnings.push(streamWarning(id, `stream port ${stream.port} is also an HTTP port of its Service`));
    else {
      holder.set(stream.port, id);
      streams.set(id, stream);
    }
  });
  return { streams, warnings };
}

/** Stream listeners a workload's Service carries: its own, or a monolith's for all it holds. */
export function streamPortsOf(h: Hosting, streams: ReadonlyMap<string, StreamPort>, id: string): StreamPort[] {
  const out: StreamPort[] = [];
  for (const [node, stream] of streams)
    if (node === id || (h.monoliths.includes(id) && h.nodes.get(node)?.inside === id)) out.push(stream);
  return out.sort((a, b) => a.port - b.port);
}

/**
 * The facade's stream rows after phase k. While the component is inside its monolith the
 * monolith takes every connection; in its phase a facade that can weight backends (a Gateway)
 * sends the `canary` share of connections to the new service, one that cannot (ingress-nginx
 * `tcp:`, `canary` undefined) keeps them on the monolith; after it, the new service takes them all.
 */
export function streamRows(
  h: Hosting,
  streams: ReadonlyMap<string, StreamPort>,
  workloads: WorkloadLookup,
  canary: number | undefined,
): StreamEntry[] {
  const out: StreamEntry[] = [];
  for (const [id, stream] of streams) {
    const row = streamRow(h, id, workloads, canary);
    if (row === undefined) continue;
    const backends = row.backends.map(([service, weight]) => ({ service, port: stream.port, weight }));
    out.push({ port: stream.port, protocol: stream.protocol, node: id, state: row.state, backends });
  }
  return out.sort((a, b) => a.port - b.port);
}

function streamRow(
  h: Hosting,
  id: string,
  workloads: WorkloadLookup,
  canary: number | undefined,
): { state: StreamEntry['state']; backends: [string, number][] } | undefined {
  const inside = h.nodes.get(id)?.inside;
  const monolith = inside !== undefined && h.monoliths.includes(inside) ? inside : undefined;
  const old = monolith !== undefined && monolithAlive(h, monolith) ? monolith : undefined;
  const e = h.extraction.get(id);
  const own = workloads.get(id) !== undefined;
  if (monolith !== undefined && (e === undefined || e.phase > h.phase || !own))
    return old === undefined ? undefined : { state: 'monolith', backends: [[old, 100]] };
  if (!own) return undefined;
  if (old === undefined || e === undefined || e.phase < h.phase) return { state: 'new', backends: [[id, 100]] };
  if (canary === undefined || e.mirror) return { state: 'monolith', backends: [[old, 100]] };
  return {
    state: 'canary',
    backends: [
      [old, 100 - canary],
      [id, canary],
    ],
  };
}

/**
 * The facade may open a connection to every stream listener of every running workload, not only
 * to this phase's backends: the monolith stays the rollback target while it runs, and the new
 * service is reachable before its connections move (no phase cuts a call the one before allowed).
 */
export function streamCalls(
  workloads: readonly Workload[],
  front: string,
  call: (from: string, to: string, port: number) => void,
): void {
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i]!;
    if (w.streams === undefined || w.id === front) continue;
    for (const s of w.streams) call(front, w.id, s.port);
  }
}
