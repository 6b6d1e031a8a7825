// The facade's routing table after phase k, from the one path table: a path goes to the
// monolith until its component moves, is split (or mirrored) in the moving phase, then goes to
// the new service; a path of a component moved to a managed service is redirected there.
import type { Hosting } from './hosts.ts';
import { monolithAlive } from './hosts.ts';
import type { PathTable } from './paths.ts';
import type { Backend, RouteEntry, Workload } from './types.ts';

/** Canary share of traffic the new service takes during its phase. */
export const CANARY_PERCENT = 10;

export function routingTable(
  h: Hosting,
  table: PathTable,
  workloads: ReadonlyMap<string, Workload>,
  externalHost: (id: string) => string,
  methods: boolean,
): RouteEntry[] {
  const entries: RouteEntry[] = [];
  const backend = (id: string, weight: number): Backend => ({
    service: id,
    port: workloads.get(id)?.port ?? 0,
    weight,
  });
  for (const [id, paths] of table.paths) {
    const entry = entryFor(h, id, workloads, backend, externalHost);
    if (entry !== undefined)
      for (const path of paths) entries.push({ path, node: id, ...withWrites(h, id, entry, methods) });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const [id, path] of table.catchAll) {
    if (monolithAlive(h, id)) entries.push({ path, state: 'monolith', backends: [backend(id, 100)] });
  }
  return entries;
}

type Row = Omit<RouteEntry, 'path' | 'node'>;

/**
 * A data owner moving in this phase: its monolith stays the system of record, so writes keep
 * going there (by method at a facade that can match methods, else through the new service).
 */
function withWrites(h: Hosting, id: string, row: Row, methods: boolean): Row {
  if (row.state !== 'canary' && row.state !== 'mirror') return row;
  if (h.nodes.get(id)?.plan?.data !== true) return row;
  const old = row.backends.find((b) => b.service !== id);
  if (old === undefined) return row;
  return { ...row, writes: { service: old.service, port: old.port, by: methods ? 'facade' : 'write-through' } };
}

function entryFor(
  h: Hosting,
  id: string,
  workloads: ReadonlyMap<string, Workload>,
  backend: (id: string, weight: number) => Backend,
  externalHost: (id: string) => string,
): Row | undefined {
  const node = h.nodes.get(id);
  const monolith = node?.inside !== undefined && h.monoliths.includes(node.inside) ? node.inside : undefined;
  const e = h.extraction.get(id);
  const old = monolith !== undefined && monolithAlive(h, monolith) ? monolith : undefined;
  if (monolith !== undefined && (e === undefined || e.phase > h.phase))
    return old === undefined ? undefined : { state: 'monolith', backends: [backend(old, 100)] };
  const self = workloads.get(id);
  if (self === undefined) return undefined;
  if (self.kind === 'outsource') return { state: 'redirect', backends: [], redirect: { hostname: externalHost(id) } };
  if (e === undefined || e.phase < h.phase || old === undefined) return { state: 'new', backends: [backend(id, 100)] };
  if (e.mirror) return { state: 'mirror', backends: [backend(old, 100)], mirror: { service: id, port: self.port } };
  return {
    state: 'canary',
    backends: [backend(old, 100 - CANARY_PERCENT), backend(id, CANARY_PERCENT)],
  };
}
