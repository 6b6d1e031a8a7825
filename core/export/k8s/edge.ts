// Routes at the edge for user-facing components: a Gateway API HTTPRoute attached to the
// platform's Gateway (TLS terminates there), or a controller-neutral Ingress on request.
// Only standard-channel HTTPRoute fields are used, so any conformant Gateway accepts them.
import type { BuildComponent, DeploymentModel, Target } from './model.ts';
import { componentLabels, derivedName } from './names.ts';
import type { Manifest } from './workloads.ts';

function routeMetadata(c: BuildComponent, model: DeploymentModel): Manifest {
  return {
    name: c.id,
    labels: componentLabels(c.id, model.partOf, 'edge'),
    annotations: { 'mapwright.dev/node-name': c.name },
  };
}

export function httpRouteFor(c: BuildComponent & { path: string }, model: DeploymentModel, target: Target): Manifest {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: routeMetadata(c, model),
    spec: {
      parentRefs: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          name: model.gateway.name,
          namespace: model.gateway.namespace,
        },
      ],
      hostnames: [target.host],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: c.path } }],
          backendRefs: [{ name: c.id, port: c.port }],
        },
      ],
    },
  };
}

export function ingressFor(c: BuildComponent & { path: string }, model: DeploymentModel, target: Target): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: routeMetadata(c, model),
    spec: {
      tls: [{ hosts: [target.host], secretName: derivedName(c.id, 'tls') }],
      rules: [
        {
          host: target.host,
          http: {
            paths: [
              { path: c.path, pathType: 'Prefix', backend: { service: { name: c.id, port: { number: c.port } } } },
            ],
          },
        },
      ],
    },
  };
}

/** Routes of every user-facing built component in one target, sorted by id. */
export function routesFor(model: DeploymentModel, target: Target): Manifest[] {
  const out: Manifest[] = [];
  for (const c of model.builds) {
    if (c.path === undefined) continue;
    const routed = { ...c, path: c.path };
    out.push(model.routeKind === 'ingress' ? ingressFor(routed, model, target) : httpRouteFor(routed, model, target));
  }
  return out;
}
