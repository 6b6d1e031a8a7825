// A routing table as Kubernetes objects: Gateway API HTTPRoutes (standard-channel fields only:
// weights for the canary, RequestMirror for the parallel run, RequestRedirect for a path moved
// to a managed service) or Ingresses. The bundle's overlays and `plan --routes-dir` both call
// this, with the same namespace, names and ports, so the two can never disagree.
import { mirrorHost } from './data-moves.ts';
import { derivedName } from './names.ts';
import { READ_METHODS, type Facade, type RouteEntry } from './types.ts';

type Manifest = Record<string, unknown>;

export interface RouteContext {
  partOf: string;
  /** Namespace of the routes and their backends; absent: the overlay's kustomization sets it. */
  namespace?: string;
  /**
   * The backends' namespace where the route objects leave theirs to kustomize: a mirror target is
   * resolved by nginx itself, which applies no DNS search domain, so it is always a full name.
   */
  backendNamespace?: string;
  host: string;
  facade: Facade;
  /** Plain Ingress objects instead of HTTPRoutes (always so when a controller is the facade). */
  ingress: boolean;
  phase: number;
}

interface Group {
  name: string;
  entries: RouteEntry[];
}

/** The route object of a monolith's catch-all (the retirement README deletes it by this name). */
export function catchAllName(monolith: string): string {
  return `${monolith}-catch-all`;
}

/** One group per component (all its paths share a backend) and one per monolith catch-all. */
export function routeGroups(routes: readonly RouteEntry[]): Group[] {
  const groups = new Map<string, RouteEntry[]>();
  for (const r of routes) {
    const name = r.node ?? catchAllName(r.backends[0]?.service ?? 'monolith');
    groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  return [...groups].map(([name, entries]) => ({ name, entries }));
}

function metadata(ctx: RouteContext, name: string, node: string | undefined): Manifest {
  const meta: Manifest = { name };
  if (ctx.namespace !== undefined) meta['namespace'] = ctx.namespace;
  meta['labels'] = {
    'app.kubernetes.io/component': 'edge',
    ...(node === undefined ? {} : { 'app.kubernetes.io/instance': node }),
    'app.kubernetes.io/managed-by': 'mapwright',
    'app.kubernetes.io/part-of': ctx.partOf,
    'mapwright.dev/phase': String(ctx.phase),
  };
  return meta;
}

function pathMatches(entries: readonly RouteEntry[], methods: readonly string[] = []): Manifest[] {
  const out: Manifest[] = [];
  for (const e of entries) {
    const path = { type: 'PathPrefix', value: e.path };
    if (methods.length === 0) out.push({ path });
    for (const method of methods) out.push({ path, method });
  }
  return out;
}

function trafficRule(first: RouteEntry, matches: Manifest[]): Manifest {
  const rule: Manifest = { matches };
  if (first.redirect !== undefined) {
    rule['filters'] = [
      {
        type: 'RequestRedirect',
        requestRedirect: { scheme: 'https', hostname: first.redirect.hostname, statusCode: 302 },
      },
    ];
    return rule;
  }
  if (first.mirror !== undefined) {
    rule['filters'] = [
      { type: 'RequestMirror', requestMirror: { backendRef: { name: first.mirror.service, port: first.mirror.port } } },
    ];
  }
  rule['backendRefs'] = first.backends.map((b) => ({ name: b.service, port: b.port, weight: b.weight }));
  return rule;
}

/**
 * One rule, or for a data owner whose monolith still holds the records two: reads (GET, HEAD)
 * split or mirrored, and every other method to the system of record. A method match is more
 * specific than a path match alone, so the Gateway picks the reads rule for reads.
 */
function httpRules(entries: readonly RouteEntry[]): Manifest[] {
  const first = entries[0] as RouteEntry;
  const writes = first.writes;
  if (writes === undefined || writes.by !== 'facade') return [trafficRule(first, pathMatches(entries))];
  return [
    trafficRule(first, pathMatches(entries, READ_METHODS)),
    { matches: pathMatches(entries), backendRefs: [{ name: writes.service, port: writes.port, weight: 100 }] },
  ];
}

function httpRoute(group: Group, ctx: RouteContext, facade: Facade & { kind: 'gateway' }): Manifest {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: metadata(ctx, group.name, group.entries[0]?.node),
    spec: {
      parentRefs: [
        { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: facade.name, namespace: facade.namespace },
      ],
      hostnames: [ctx.host],
      rules: httpRules(group.entries),
    },
  };
}

/** ingress-nginx splits and mirrors by annotation; any other Ingress cannot (the README says so). */
function nginxAnnotations(ctx: RouteContext): boolean {
  return ctx.facade.kind === 'controller' && ctx.facade.annotations === 'ingress-nginx';
}

function serviceUrl(ctx: RouteContext, service: string, port: number): string {
  const namespace = ctx.namespace ?? ctx.backendNamespace;
  const host = namespace === undefined ? service : `${service}.${namespace}.svc.cluster.local`;
  return `http://${host}:${port}$request_uri`;
}

function ingresses(group: Group, ctx: RouteContext): Manifest[] {
  const first = group.entries[0] as RouteEntry;
  if (first.redirect !== undefined) return redirectIngress(group, ctx, first.redirect.hostname);
  const [primary, canary] = [...first.backends].sort((a, b) => b.weight - a.weight);
  if (primary === undefined) return [];
  const main = ingress(group, ctx, primary, derivedName(group.name, 'tls'));
  const meta = main['metadata'] as Manifest;
  // Behind any other Ingress the routing table has no split or mirror rows (core/system/routes.ts).
  if (!nginxAnnotations(ctx)) return [main];
  if (first.mirror !== undefined) meta['annotations'] = mirrorAnnotations(ctx, first.mirror);
  if (canary === undefined) return [main];
  // The canary Ingress: same host and paths, the new backend, its share of traffic by annotation.
  const split = ingress({ ...group, name: derivedName(group.name, 'canary') }, ctx, canary, undefined);
  (split['metadata'] as Manifest)['annotations'] = {
    'nginx.ingress.kubernetes.io/canary': 'true',
    'nginx.ingress.kubernetes.io/canary-weight': String(canary.weight),
  };
  return [main, split];
}

/**
 * ingress-nginx mirrors every method (its mirror module knows no methods). For a data owner the
 * copies carry Host `mirror.<host>` and no body (`mirror-host`, `mirror-request-body`), so the
 * new service can tell a mirrored write and drop it instead of storing or forwarding it.
 */
function mirrorAnnotations(ctx: RouteContext, mirror: NonNullable<RouteEntry['mirror']>): Record<string, string> {
  const out: Record<string, string> = {
    'nginx.ingress.kubernetes.io/mirror-target': serviceUrl(ctx, mirror.service, mirror.port),
  };
  if (mirror.writes === 'dropped') {
    out['nginx.ingress.kubernetes.io/mirror-host'] = mirrorHost(ctx.host);
    out['nginx.ingress.kubernetes.io/mirror-request-body'] = 'off';
  }
  return out;
}

/**
 * ingress-nginx answers a path with a redirect by annotation (`temporal-redirect`, a 302 like the
 * HTTPRoute's); the rule still names a backend, the controller itself, which is never called.
 * A plain Ingress cannot redirect: the README says so.
 */
function redirectIngress(group: Group, ctx: RouteContext, hostname: string): Manifest[] {
  if (!nginxAnnotations(ctx) || ctx.facade.kind !== 'controller') return [];
  const own = { service: ctx.facade.id, port: ctx.facade.port };
  const redirect = ingress(group, ctx, own, derivedName(group.name, 'tls'));
  (redirect['metadata'] as Manifest)['annotations'] = {
    'nginx.ingress.kubernetes.io/temporal-redirect': `https://${hostname}`,
  };
  return [redirect];
}

function ingress(
  group: Group,
  ctx: RouteContext,
  backend: { service: string; port: number },
  tlsSecret: string | undefined,
): Manifest {
  const meta = metadata(ctx, group.name, group.entries[0]?.node);
  const spec: Manifest = {};
  if (ctx.facade.kind === 'controller') spec['ingressClassName'] = ctx.facade.id;
  if (tlsSecret !== undefined) spec['tls'] = [{ hosts: [ctx.host], secretName: tlsSecret }];
  spec['rules'] = [
    {
      host: ctx.host,
      http: {
        paths: group.entries.map((e) => ({
          path: e.path,
          pathType: 'Prefix',
          backend: { service: { name: backend.service, port: { number: backend.port } } },
        })),
      },
    },
  ];
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta, spec };
}

/** The route objects of one routing table, in table order. */
export function routeManifests(routes: readonly RouteEntry[], ctx: RouteContext): Manifest[] {
  const out: Manifest[] = [];
  const facade = ctx.facade;
  for (const group of routeGroups(routes)) {
    if (ctx.ingress || facade.kind === 'controller') out.push(...ingresses(group, ctx));
    else out.push(httpRoute(group, ctx, facade));
  }
  return out;
}
