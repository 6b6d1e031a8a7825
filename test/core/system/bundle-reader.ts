// Reads an exported bundle back as a platform engineer would: resolve each overlay (kustomize
// in TypeScript, no cluster), then list its routes, Services, releases and network policies.
import type { Bundle } from '../../../core/export/bundle.ts';
import { kustomizeBuild, overlayDirs, type K8sObject } from '../export/k8s/bundle-objects.ts';
import { readHelmfile } from '../export/k8s/helmfile-reader.ts';

export interface RouteRow {
  path: string;
  backends: { service: string; port: number; weight: number }[];
  /** `writes`: how a data owner's mirror keeps writes out (GET/HEAD rule, or copies marked to drop). */
  mirror?: { service: string; port: number; writes?: 'not-mirrored' | 'dropped' };
  redirect?: string;
  /** Where writes go when only reads are split (an HTTPRoute's path-only rule beside a GET/HEAD rule). */
  writes?: { service: string; port: number };
  /** The route object's component label, when it has one. */
  instance?: string;
}

/** One stream port of the facade: connections go to the backends by weight. */
export interface StreamRow {
  port: number;
  backends: { service: string; port: number; weight: number }[];
  /** The route object's component label (a TCPRoute has one, an nginx `tcp:` value does not). */
  instance?: string;
}

export interface Overlay {
  dir: string;
  namespace: string;
  objects: K8sObject[];
  routes: RouteRow[];
  /** TCPRoutes, or the `tcp:` values of the ingress-nginx release installed in this namespace. */
  streams: StreamRow[];
  /** Helm release name → its values, installed in this overlay's namespace. */
  releases: Map<string, Record<string, unknown>>;
}

type Rule = {
  matches?: { path?: { value: string }; method?: string }[];
  backendRefs?: { name: string; port: number; weight?: number }[];
  filters?: {
    type: string;
    requestMirror?: { backendRef: { name: string; port: number } };
    requestRedirect?: { hostname: string };
  }[];
};

function ruleRows(o: K8sObject, rule: Rule): (RouteRow & { methods: string[] })[] {
  const mirror = rule.filters?.find((f) => f.type === 'RequestMirror')?.requestMirror?.backendRef;
  const redirect = rule.filters?.find((f) => f.type === 'RequestRedirect')?.requestRedirect?.hostname;
  const byPath = new Map<string, RouteRow & { methods: string[] }>();
  for (const m of rule.matches ?? []) {
    const path = m.path?.value ?? '/';
    const known = byPath.get(path);
    if (known !== undefined) {
      if (m.method !== undefined) known.methods.push(m.method);
      continue;
    }
    const row: RouteRow & { methods: string[] } = {
      path,
      backends: (rule.backendRefs ?? []).map((b) => ({ service: b.name, port: b.port, weight: b.weight ?? 1 })),
      methods: m.method === undefined ? [] : [m.method],
    };
    if (mirror !== undefined) row.mirror = { service: mirror.name, port: mirror.port };
    if (redirect !== undefined) row.redirect = redirect;
    const instance = o.metadata.labels?.['app.kubernetes.io/instance'];
    if (instance !== undefined) row.instance = instance;
    byPath.set(path, row);
  }
  return [...byPath.values()];
}

/**
 * An HTTPRoute's rows as a Gateway picks rules: a rule matching a path and methods wins over the
 * path alone, so a path with a GET/HEAD rule and a path-only rule reads as "reads split, writes
 * to the path-only rule's backend". Any other method set is refused (this reader knows no more).
 */
function httpRouteRows(o: K8sObject): RouteRow[] {
  const all = ((o.spec as { rules?: Rule[] }).rules ?? []).flatMap((rule) => ruleRows(o, rule));
  const rows: RouteRow[] = [];
  for (const r of all.filter((x) => x.methods.length === 0)) {
    const { methods: _, ...row } = r;
    const reads = all.find((x) => x.path === r.path && x.methods.length > 0);
    if (reads === undefined) {
      rows.push(row);
      continue;
    }
    if ([...reads.methods].sort().join() !== 'GET,HEAD') throw new Error(`${r.path}: methods ${reads.methods.join()}`);
    const { methods: __, ...read } = reads;
    // The mirror filter sits on the GET/HEAD rule only: writes are never mirrored.
    if (read.mirror !== undefined) read.mirror = { ...read.mirror, writes: 'not-mirrored' };
    const only = row.backends.length === 1 ? row.backends[0] : undefined;
    if (only === undefined) throw new Error(`${r.path}: writes rule with ${row.backends.length} backends`);
    rows.push({ ...read, writes: { service: only.service, port: only.port } });
  }
  for (const r of all)
    if (r.methods.length > 0 && !rows.some((x) => x.path === r.path)) throw new Error(`${r.path}: a method rule alone`);
  return rows;
}

type IngressPath = { path: string; backend: { service: { name: string; port: { number: number } } } };

/** An Ingress's rows, read as ingress-nginx reads it: `canary-weight` and `mirror-target` annotations. */
function ingressRows(o: K8sObject): (RouteRow & { canary?: number })[] {
  const rules = (o.spec as { rules?: { http?: { paths?: IngressPath[] } }[] }).rules ?? [];
  const annotations = (o.metadata as { annotations?: Record<string, string> }).annotations ?? {};
  const canary =
    annotations['nginx.ingress.kubernetes.io/canary'] === 'true'
      ? Number(annotations['nginx.ingress.kubernetes.io/canary-weight'] ?? '0')
      : undefined;
  const redirect = /^https:\/\/([^/]+)$/.exec(annotations['nginx.ingress.kubernetes.io/temporal-redirect'] ?? '');
  const mirror = /^http:\/\/([^.:]+)[^:]*:(\d+)\$request_uri$/.exec(
    annotations['nginx.ingress.kubernetes.io/mirror-target'] ?? '',
  );
  return rules.flatMap((r) =>
    (r.http?.paths ?? []).map((p) => {
      const row: RouteRow & { canary?: number } = {
        path: p.path,
        backends: [{ service: p.backend.service.name, port: p.backend.service.port.number, weight: canary ?? 100 }],
      };
      if (canary !== undefined) row.canary = canary;
      // The controller answers with the redirect itself: the named backend is never called.
      if (redirect !== null) {
        row.redirect = redirect[1]!;
        row.backends = [];
      }
      if (mirror !== null)
        row.mirror = { service: mirror[1]!, port: Number(mirror[2]), ...mirroredWrites(annotations) };
      const instance = o.metadata.labels?.['app.kubernetes.io/instance'];
      if (instance !== undefined) row.instance = instance;
      return row;
    }),
  );
}

/**
 * ingress-nginx mirrors every method; copies that carry a Host of their own (`mirror-host`,
 * `mirror.` before the routed host) and no body can be told apart and dropped by the service.
 */
function mirroredWrites(annotations: Record<string, string>): { writes?: 'dropped' } {
  const host = annotations['nginx.ingress.kubernetes.io/mirror-host'] ?? '';
  const body = annotations['nginx.ingress.kubernetes.io/mirror-request-body'];
  return host.startsWith('mirror.') && body === 'off' ? { writes: 'dropped' } : {};
}

/** A canary Ingress takes its weight from the primary Ingress of the same path. */
function mergedCanaries(rows: readonly (RouteRow & { canary?: number })[]): RouteRow[] {
  const out = rows.filter((r) => r.canary === undefined).map((r) => ({ ...r, backends: [...r.backends] }));
  for (const c of rows) {
    if (c.canary === undefined) continue;
    const primary = out.find((r) => r.path === c.path);
    if (primary === undefined) throw new Error(`canary Ingress for ${c.path} without a primary Ingress`);
    primary.backends = [{ ...primary.backends[0]!, weight: 100 - c.canary }, ...c.backends];
  }
  return out;
}

function releasesIn(files: Bundle, namespace: string, site: string | undefined): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const helmfile = readHelmfile(files['helmfile.yaml']) as {
    releases?: {
      name: string;
      namespace: string;
      labels?: Record<string, string>;
      values?: Record<string, unknown>[];
    }[];
  };
  for (const r of helmfile.releases ?? []) {
    if (r.namespace !== namespace || (site !== undefined && r.labels?.['site'] !== site)) continue;
    out.set(r.name, Object.assign({}, ...(r.values ?? [])) as Record<string, unknown>);
  }
  return out;
}

type TcpRule = { backendRefs?: { name: string; port: number; weight?: number }[] };

/** A TCPRoute's row: its listener carries one port, the backends' port (the same on each). */
function tcpRouteRows(o: K8sObject): StreamRow[] {
  return ((o.spec as { rules?: TcpRule[] }).rules ?? []).map((rule) => {
    const backends = (rule.backendRefs ?? []).map((b) => ({ service: b.name, port: b.port, weight: b.weight ?? 1 }));
    const row: StreamRow = { port: backends[0]?.port ?? 0, backends };
    const instance = o.metadata.labels?.['app.kubernetes.io/instance'];
    if (instance !== undefined) row.instance = instance;
    return row;
  });
}

/** ingress-nginx `tcp:` values (port → "namespace/service:port") of releases in this namespace. */
function nginxTcpRows(releases: ReadonlyMap<string, Record<string, unknown>>, namespace: string): StreamRow[] {
  const out: StreamRow[] = [];
  for (const values of releases.values()) {
    for (const [port, target] of Object.entries((values['tcp'] ?? {}) as Record<string, string>)) {
      const m = /^([^/]+)\/([^:]+):(\d+)$/.exec(target);
      if (m === null || m[1] !== namespace) throw new Error(`tcp ${port}: ${target} is not in ${namespace}`);
      if (Number(m[3]) !== Number(port)) throw new Error(`tcp ${port}: ${target} changes the port`);
      out.push({ port: Number(port), backends: [{ service: m[2]!, port: Number(m[3]), weight: 100 }] });
    }
  }
  return out;
}

export function overlaysOf(files: Bundle): Overlay[] {
  return overlayDirs(files).map((dir) => {
    const objects = kustomizeBuild(files, dir);
    const namespace = objects.find((o) => o.kind === 'Namespace')?.metadata.name ?? '';
    const site = objects.find((o) => o.kind === 'Namespace')?.metadata.labels?.['mapwright.dev/site'];
    const routes = mergedCanaries(
      objects.flatMap((o) => (o.kind === 'HTTPRoute' ? httpRouteRows(o) : o.kind === 'Ingress' ? ingressRows(o) : [])),
    );
    const releases = releasesIn(files, namespace, site);
    const streams = [
      ...objects.flatMap((o) => (o.kind === 'TCPRoute' ? tcpRouteRows(o) : [])),
      ...nginxTcpRows(releases, namespace),
    ];
    return { dir, namespace, objects, routes, streams, releases };
  });
}
