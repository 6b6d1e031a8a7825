// The facade's routing table after phase k, from the one path table: a path goes to the
// monolith until its component moves, is split (or mirrored) in the moving phase, then goes to
// the new service; a path of a component moved to a managed service is redirected there. A data
// owner that cannot keep writes on the monolith while split moves whole a phase later (staged).
import { dataMoveOf } from './data-moves.ts';
import type { Hosting } from './hosts.ts';
import { monolithAlive } from './hosts.ts';
import type { PathTable } from './paths.ts';
import { facadeSplits } from './topology.ts';
import type { Backend, Facade, RouteEntry, Workload, WorkloadLookup } from './types.ts';

/** Canary share of traffic the new service takes during its phase. */
export const CANARY_PERCENT = 10;

export function routingTable(
  h: Hosting,
  table: PathTable,
  workloads: WorkloadLookup,
  externalHost: (id: string) => string,
  facade: Facade,
): RouteEntry[] {
  const entries: RouteEntry[] = [];
  const backend = (id: string, weight: number): Backend => ({
    service: id,
    port: workloads.get(id)?.port ?? 0,
    weight,
  });
  // forEach: no [id, paths] pair per entry and phase; a node's row is worked out once for all its paths.
  table.paths.forEach((paths, id) => {
    const entry = entryFor(h, id, workloads, backend, externalHost, facade);
    if (entry === undefined) return;
    const row = withWrites(h, id, entry, facade);
    for (const path of paths) entries.push({ path, node: id, ...row });
  });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const [id, path] of table.catchAll) {
    if (monolithAlive(h, id)) entries.push({ path, state: 'monolith', backends: [backend(id, 100)] });
  }
  return entries;
}

type Row = Omit<RouteEntry, 'path' | 'node'>;

/**
 * A data owner moving in this phase: its monolith stays the system of record, so writes keep
 * going there: by method at a Gateway, whole while ingress-nginx mirrors (the copies of writes
 * are dropped by the service), else through the new service.
 */
function withWrites(h: Hosting, id: string, row: Row, facade: Facade): Row {
  if (row.state !== 'canary' && row.state !== 'mirror') return row;
  const node = h.nodes.get(id);
  if (node?.plan?.data !== true) return row;
  const old = row.backends.find((b) => b.service !== id);
  if (old === undefined) return row;
  const move = dataMoveOf(node, facade, row.state === 'mirror');
  const by = move === 'write-through' ? 'write-through' : 'facade';
  const out: Row = { ...row, writes: { service: old.service, port: old.port, by } };
  if (row.mirror !== undefined)
    out.mirror = { ...row.mirror, writes: move === 'mirror-drop' ? 'dropped' : 'not-mirrored' };
  return out;
}

/** A data owner that moves whole: staged beside the monolith in its phase, cut over in the next. */
function stagedOwner(h: Hosting, id: string, facade: Facade): boolean {
  const node = h.nodes.get(id);
  const e = h.extraction.get(id);
  if (node?.plan?.data !== true || e === undefined || e.phase !== h.phase) return false;
  return dataMoveOf(node, facade, e.mirror) === 'cutover';
}

/**
 * Staged in its phase: a data owner that moves whole, or any component of ours or bought behind a
 * facade that cannot split (its paths stay whole on the monolith until the next phase).
 */
function stagedIn(h: Hosting, id: string, self: Workload, facade: Facade): boolean {
  if (stagedOwner(h, id, facade)) return true;
  return !facadeSplits(facade) && self.kind !== 'outsource' && h.extraction.get(id)?.phase === h.phase;
}

function entryFor(
  h: Hosting,
  id: string,
  workloads: WorkloadLookup,
  backend: (id: string, weight: number) => Backend,
  externalHost: (id: string) => string,
  facade: Facade,
): Row | undefined {
  const node = h.nodes.get(id);
  const monolith = node?.inside !== undefined && h.monoliths.includes(node.inside) ? node.inside : undefined;
  const e = h.extraction.get(id);
  const old = monolith !== undefined && monolithAlive(h, monolith) ? monolith : undefined;
  if (monolith !== undefined && (e === undefined || e.phase > h.phase))
    return old === undefined ? undefined : { state: 'monolith', backends: [backend(old, 100)] };
  const self = workloads.get(id);
  if (self === undefined) return undefined;
  if (old !== undefined && stagedIn(h, id, self, facade)) return { state: 'staged', backends: [backend(old, 100)] };
  // A facade that cannot split cannot redirect either: no row, nothing serves the path.
  if (self.kind === 'outsource')
    return facadeSplits(facade)
      ? { state: 'redirect', backends: [], redirect: { hostname: externalHost(id) } }
      : undefined;
  if (e === undefined || e.phase < h.phase || old === undefined) return { state: 'new', backends: [backend(id, 100)] };
  if (e.mirror) return { state: 'mirror', backends: [backend(old, 100)], mirror: { service: id, port: self.port } };
  return {
    state: 'canary',
    backends: [backend(old, 100 - CANARY_PERCENT), backend(id, CANARY_PERCENT)],
  };
}
