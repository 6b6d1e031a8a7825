// The facade's stream rows as Kubernetes objects: a Gateway API TCPRoute per port (attached to
// the Gateway's TCP listener for the overlay's namespace, weighted backends for the canary), or
// the `tcp:` values of an ingress-nginx release (port → "namespace/service:port", one backend).
// The bundle's overlays and `plan --routes-dir` both call these, so they cannot disagree.
import { derivedName } from './names.ts';
import type { Facade, StreamEntry } from './types.ts';

type Manifest = Record<string, unknown>;

export interface StreamContext {
  partOf: string;
  /** Namespace of the routes and their backends; absent: the overlay's kustomization sets it. */
  namespace?: string;
  /** The namespace whose listener the routes attach to (one TCP listener per port and namespace). */
  listenerNamespace: string;
  facade: Facade & { kind: 'gateway' };
  phase: number;
}

/** Name of the Gateway listener that carries one stream port for one namespace. */
export function streamListenerName(namespace: string, s: Pick<StreamEntry, 'protocol' | 'port'>): string {
  return derivedName(`${namespace}-${s.protocol}`, String(s.port));
}

function tcpRoute(s: StreamEntry, ctx: StreamContext): Manifest {
  const metadata: Manifest = { name: derivedName(s.node, s.protocol) };
  if (ctx.namespace !== undefined) metadata['namespace'] = ctx.namespace;
  metadata['labels'] = {
    'app.kubernetes.io/component': 'edge',
    'app.kubernetes.io/instance': s.node,
    'app.kubernetes.io/managed-by': 'mapwright',
    'app.kubernetes.io/part-of': ctx.partOf,
    'mapwright.dev/phase': String(ctx.phase),
  };
  return {
    apiVersion: 'gateway.networking.k8s.io/v1alpha2',
    kind: 'TCPRoute',
    metadata,
    spec: {
      parentRefs: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          name: ctx.facade.name,
          namespace: ctx.facade.namespace,
          sectionName: streamListenerName(ctx.listenerNamespace, s),
        },
      ],
      rules: [{ backendRefs: s.backends.map((b) => ({ name: b.service, port: b.port, weight: b.weight })) }],
    },
  };
}

/** One TCPRoute per stream port, in port order. */
export function tcpRoutes(streams: readonly StreamEntry[], ctx: StreamContext): Manifest[] {
  return streams.map((s) => tcpRoute(s, ctx));
}

/**
 * ingress-nginx's documented `tcp:` values: external port → "namespace/service:port". The
 * controller proxies a port to one Service, so the row's heaviest backend takes it.
 */
export function nginxTcpValues(streams: readonly StreamEntry[], namespace: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of streams) {
    const primary = [...s.backends].sort((a, b) => b.weight - a.weight)[0];
    if (primary !== undefined) out[String(s.port)] = `${namespace}/${primary.service}:${primary.port}`;
  }
  return out;
}
