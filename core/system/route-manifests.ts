// A routing table as Kubernetes objects: Gateway API HTTPRoutes (standard-channel fields only:
// weights for the canary, RequestMirror for the parallel run, RequestRedirect for a path moved
// to a managed service) or Ingresses. The bundle's overlays and `plan --routes-dir` both call
// this, with the same namespace, names and ports, so the two can never disagree.
import { derivedName } from './names.ts';
import type { Facade, RouteEntry } from './types.ts';

type Manifest = Record<string, unknown>;

export interface RouteContext {
  partOf: string;
  /** Namespace of the routes and their backends; absent: the overlay's kustomization sets it. */
  namespace?: string;
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

/** One group per component (all its paths share a backend) and one per monolith catch-all. */
export function routeGroups(routes: readonly RouteEntry[]): Group[] {
  const groups = new Map<string, RouteEntry[]>();
  for (const r of routes) {
    const name = r.node ?? `${r.backends[0]?.service ?? 'monolith'}-catch-all`;
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

function httpRule(entries: readonly RouteEntry[]): Manifest {
  const first = entries[0] as RouteEntry;
  const rule: Manifest = { matches: entries.map((e) => ({ path: { type: 'PathPrefix', value: e.path } })) };
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
      rules: [httpRule(group.entries)],
    },
  };
}

function ingress(group: Group, ctx: RouteContext): Manifest | undefined {
  const first = group.entries[0] as RouteEntry;
  // An Ingress cannot redirect or split without controller annotations: the README says so.
  if (first.redirect !== undefined) return undefined;
  const primary = [...first.backends].sort((a, b) => b.weight - a.weight)[0];
  if (primary === undefined) return undefined;
  const meta = metadata(ctx, group.name, first.node);
  if (first.state === 'canary' || first.state === 'mirror')
    meta['annotations'] = { 'mapwright.dev/gateway-api-only': trafficNote(first) };
  const spec: Manifest = {};
  if (ctx.facade.kind === 'controller') spec['ingressClassName'] = ctx.facade.id;
  spec['tls'] = [{ hosts: [ctx.host], secretName: derivedName(group.name, 'tls') }];
  spec['rules'] = [
    {
      host: ctx.host,
      http: {
        paths: group.entries.map((e) => ({
          path: e.path,
          pathType: 'Prefix',
          backend: { service: { name: primary.service, port: { number: primary.port } } },
        })),
      },
    },
  ];
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta, spec };
}

function trafficNote(e: RouteEntry): string {
  if (e.mirror !== undefined) return `${e.path} mirrored to ${e.mirror.service}`;
  return `${e.path} ${e.backends.map((b) => `${b.weight}% to ${b.service}`).join(', ')}`;
}

/** The route objects of one routing table, in table order. */
export function routeManifests(routes: readonly RouteEntry[], ctx: RouteContext): Manifest[] {
  const out: Manifest[] = [];
  const facade = ctx.facade;
  for (const group of routeGroups(routes)) {
    const m = ctx.ingress || facade.kind === 'controller' ? ingress(group, ctx) : httpRoute(group, ctx, facade);
    if (m !== undefined) out.push(m);
  }
  return out;
}
