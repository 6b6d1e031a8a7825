// The "Done when" of the phase model, checked on the emitted files themselves: per overlay,
// every user-reached component is served through the facade by a route whose backend exists
// and admits the facade; the monolith is served until its retirement and gone after; no path
// is claimed twice; every allowed flow is a map edge (or DNS); no 0.0.0.0/0; and the plan's
// routing table is the bundle's routes, row for row.
import type { Bundle } from '../../../core/export/bundle.ts';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, type Backend, type Plan, type Strategy } from '../../../core/plan/index.ts';
import { facadeOfMap, monolithsOf, userReached } from '../../../core/system/index.ts';
import type { K8sObject } from '../export/k8s/bundle-objects.ts';
import { overlaysOf, type Overlay, type RouteRow } from './bundle-reader.ts';
import { flowProblems, fromFacade, policies, writeThroughProblems } from './flow-checks.ts';

/** The last phase and the monoliths that outlive it, read from the plan. */
function lifeOf(map: WardleyMap, plan: Plan): { last: number; kept: Set<string> } {
  const moving = new Set(plan.phases.flatMap((p) => p.steps.map((s) => s.node)));
  const kept = new Set<string>();
  for (const [id, node] of Object.entries(map.nodes))
    if (node?.inside !== undefined && !moving.has(id)) kept.add(node.inside);
  return { last: plan.phases.at(-1)?.index ?? 0, kept };
}

function serviceOf(o: Overlay, name: string): K8sObject | undefined {
  return o.objects.find((x) => x.kind === 'Service' && x.metadata.name === name);
}

function backendProblems(map: WardleyMap, o: Overlay, row: RouteRow): string[] {
  const targets = [...row.backends, ...(row.mirror === undefined ? [] : [{ ...row.mirror, weight: 0 }])];
  return targetProblems(map, o, { path: row.path }, targets);
}

/** A route's (or stream port's) backends exist in the namespace, on the port, and admit the facade. */
function targetProblems(
  map: WardleyMap,
  o: Overlay,
  row: { path: string },
  targets: readonly { service: string; port: number }[],
): string[] {
  const out: string[] = [];
  for (const b of targets) {
    const svc = serviceOf(o, b.service);
    const spec = svc?.spec as { type?: string; ports?: { port: number }[] } | undefined;
    const release = o.releases.get(b.service);
    if (svc === undefined && release?.['fullnameOverride'] !== b.service)
      out.push(`${o.dir} ${row.path}: backend ${b.service} has no Service or release in ${o.namespace}`);
    if (spec?.type === 'ExternalName') out.push(`${o.dir} ${row.path}: backend ${b.service} is ExternalName`);
    if (spec !== undefined && !(spec.ports ?? []).some((p) => p.port === b.port))
      out.push(`${o.dir} ${row.path}: ${b.service} has no port ${b.port}`);
    const admits = policies(o)
      .filter((p) => p.self === b.service)
      .some((p) =>
        (p.spec.ingress ?? []).some((r) => (r.ports ?? []).some((x) => x.port === b.port) && fromFacade(map, r)),
      );
    if (!admits) out.push(`${o.dir} ${row.path}: ${b.service} does not admit the facade on ${b.port}`);
  }
  return out;
}

function pathProblems(map: WardleyMap, o: Overlay): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const row of o.routes) {
    if (seen.has(row.path)) out.push(`${o.dir}: ${row.path} claimed twice`);
    seen.add(row.path);
    out.push(...backendProblems(map, o, row));
  }
  const ports = new Set<number>();
  for (const row of o.streams) {
    if (ports.has(row.port)) out.push(`${o.dir}: stream port ${row.port} claimed twice`);
    ports.add(row.port);
    if (row.backends.some((b) => b.port !== row.port)) out.push(`${o.dir}: stream port ${row.port} changes port`);
    out.push(...targetProblems(map, o, { path: `tcp/${row.port}` }, row.backends));
  }
  return out;
}

/** Every component users reach (ours or bought, in the cluster) is served by a route. */
function reachProblems(map: WardleyMap, o: Overlay, k: number): string[] {
  const out: string[] = [];
  const facade = facadeOfMap(map);
  const monoliths = new Set(monolithsOf(map));
  for (const c of userReached(map)) {
    const node = map.nodes[c];
    if (node?.sourcing === undefined || node.sourcing === 'outsource' || node.platform === true) continue;
    if (monoliths.has(c) || (facade.kind === 'controller' && facade.id === c)) continue;
    if (!o.routes.some((r) => r.instance === c && r.backends.length > 0))
      out.push(`${o.dir} phase ${k}: ${c} is reached by users but served by no route`);
  }
  return out;
}

function monolithProblems(map: WardleyMap, o: Overlay, k: number, life: { last: number; kept: Set<string> }): string[] {
  const out: string[] = [];
  for (const m of monolithsOf(map)) {
    const alive = k < life.last || life.kept.has(m) || life.last === 0;
    const deployed = o.objects.some((x) => x.kind === 'Deployment' && x.metadata.name === m);
    const routed = o.routes.some((r) => r.backends.some((b) => b.service === m));
    if (alive && !(deployed && routed)) out.push(`${o.dir} phase ${k}: monolith ${m} not served before retirement`);
    if (!alive && (deployed || routed)) out.push(`${o.dir} phase ${k}: monolith ${m} still there after retirement`);
  }
  return out;
}

function routeProblems(map: WardleyMap, o: Overlay, k: number, life: { last: number; kept: Set<string> }): string[] {
  return [...pathProblems(map, o), ...reachProblems(map, o, k), ...monolithProblems(map, o, k, life)];
}

function normalised(rows: readonly RouteRow[]): string[] {
  return rows
    .map((r) =>
      JSON.stringify([
        r.path,
        r.backends.map((b) => [b.service, b.port, b.weight]),
        r.mirror ?? null,
        r.redirect ?? null,
        r.writes ?? null,
      ]),
    )
    .sort();
}

/**
 * The plan's routing table for phase k, row for row as the bundle's first overlay shows it: the
 * plan made with the bundle's options (`plan --ingress` for plain Ingresses) says what the route
 * objects do, splits and mirrors only where they can, and no redirect where none is possible.
 */
function tableProblems(plan: Plan, o: Overlay, k: number, edge: 'gateway' | 'nginx' | 'ingress'): string[] {
  const phase = plan.phases.find((p) => p.index === k);
  if (phase === undefined) return [];
  const planRows: RouteRow[] = phase.routes.map((r) => {
    const row: RouteRow = { path: r.path, backends: r.backends };
    if (r.mirror !== undefined) row.mirror = r.mirror;
    if (r.redirect !== undefined) row.redirect = r.redirect.hostname;
    // Only a Gateway matches methods: elsewhere writes travel through the new service.
    if (edge === 'gateway' && r.writes?.by === 'facade')
      row.writes = { service: r.writes.service, port: r.writes.port };
    return row;
  });
  const a = [...normalised(planRows), ...streamsOf(phase.streams ?? [])];
  const b = [...normalised(o.routes), ...streamsOf(o.streams)];
  return JSON.stringify(a) === JSON.stringify(b)
    ? []
    : [`phase ${k}: plan table ${a.join(' ')} != bundle ${b.join(' ')}`];
}

/** Stream rows as comparable strings: port and weighted backends (the label is not compared). */
function streamsOf(rows: readonly { port: number; backends: readonly Backend[] }[]): string[] {
  return rows.map((r) => JSON.stringify(['tcp', r.port, r.backends.map((x) => [x.service, x.port, x.weight])])).sort();
}

function edgeOf(facade: ReturnType<typeof facadeOfMap>): 'gateway' | 'nginx' | 'ingress' {
  if (facade.kind === 'gateway') return facade.plain === true ? 'ingress' : 'gateway';
  return facade.annotations === 'ingress-nginx' ? 'nginx' : 'ingress';
}

/** Every violation of the phase model for one map, strategy and phase (empty when all hold). */
export function phaseViolations(map: WardleyMap, strategy: Strategy, k: number, ingress = false): string[] {
  const { files, warnings } = exportKubernetes(map, { phase: k, strategy, ingress });
  const errors = warnings.filter((w) => w.severity === 'error');
  if (errors.length > 0) return errors.map((e) => e.message);
  return bundleViolations(map, extractionPhases(map, { strategy, ingress }), files, k);
}

/**
 * Every violation of the phase model in the emitted files of the phase-k bundle, against the plan
 * (as the JSON plan export holds it): the e2e test passes the files the app wrote.
 */
export function bundleViolations(map: WardleyMap, plan: Plan, files: Bundle, k: number): string[] {
  const life = lifeOf(map, plan);
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) if (text.includes('0.0.0.0/0')) out.push(`${file}: 0.0.0.0/0`);
  const overlays = overlaysOf(files);
  // A write-through the plan declares in a phase stays open while the monolith lives.
  const writeThrough = new Set(
    plan.phases
      .filter((p) => p.index <= k)
      .flatMap((p) => p.routes)
      .flatMap((r) =>
        r.writes?.by === 'write-through' && r.node !== undefined ? [`${r.node}>${r.writes.service}`] : [],
      ),
  );
  const reverseSync = reverseSyncCalls(map, plan, k);
  for (const o of overlays)
    out.push(
      ...routeProblems(map, o, k, life),
      ...flowProblems(map, o, new Set([...writeThrough, ...reverseSync])),
      ...writeThroughProblems(o, writeThrough),
      ...writeThroughProblems(o, reverseSync, 'sync back into'),
    );
  const first = overlays[0];
  const edge = edgeOf(facadeOfMap(map, { ingress: plan.facade.routes === 'ingress' }));
  if (first !== undefined) out.push(...tableProblems(plan, first, k, edge));
  return out;
}

/**
 * Calls the plan's systems of record imply in phase k: an in-cluster data owner whose own store is
 * the record syncs back into its monolith (`owner>monolith`) while that runs; from a managed
 * service outside the cluster the monolith pulls (`monolith>owner`).
 */
export function reverseSyncCalls(map: WardleyMap, plan: Plan, k: number): Set<string> {
  const records = plan.phases.find((p) => p.index === k)?.records ?? [];
  const out = new Set<string>();
  for (const r of records) {
    const node = map.nodes[r.owner];
    if (r.sync !== 'reverse-sync' || node?.inside === undefined) continue;
    out.add(node.sourcing === 'outsource' ? `${node.inside}>${r.owner}` : `${r.owner}>${node.inside}`);
  }
  return out;
}

/** Index of the last phase for a map and strategy (0 when nothing is planned). */
export function lastPhase(map: WardleyMap, strategy: Strategy): number {
  return extractionPhases(map, { strategy }).phases.at(-1)?.index ?? 0;
}
