// Network policy from the map: the value chain becomes least privilege. Default deny in every
// namespace; each deployed component accepts traffic only from the components that `use` it
// (and the edge for user-facing ones), and sends only to what it uses, plus DNS.
import { serviceOf } from './by-id.ts';
import type { BuildComponent, DeploymentModel, Dependency, ProductComponent } from './model.ts';
import { derivedName, releaseSelector, selectorLabels } from './names.ts';
import type { Manifest } from './workloads.ts';

/** Denies all ingress and egress in the namespace the overlay deploys into. */
export function defaultDenyPolicy(model: DeploymentModel): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: 'default-deny',
      labels: { 'app.kubernetes.io/managed-by': 'mapwright', 'app.kubernetes.io/part-of': model.partOf },
    },
    spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
  };
}

/** Pods of a deployed component: ours by name, a bought product's by its Helm release. */
export function podsOf(dep: Pick<Dependency, 'id' | 'sourcing'>): Record<string, string> {
  return dep.sourcing === 'buy' ? releaseSelector(dep.id) : selectorLabels(dep.id);
}

const DNS_EGRESS = {
  to: [
    {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    },
  ],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};

function portsOf(port: number | undefined): Manifest {
  return port === undefined ? {} : { ports: [{ protocol: 'TCP', port }] };
}

/**
 * Egress along one map edge. A managed service is opened only to the address ranges the map
 * gives: with none the flow stays closed here (the README lists it, and `--network-policy
 * cilium` opens it by host name instead). Never `0.0.0.0/0`, which on many CNIs matches pods too.
 */
function egressRule(dep: Dependency, model: DeploymentModel): Manifest[] {
  if (dep.sourcing === 'outsource') {
    const cidrs = serviceOf(model, dep.id)?.cidrs ?? [];
    return cidrs.length === 0 ? [] : [{ to: cidrs.map((cidr) => ({ ipBlock: { cidr } })), ...portsOf(dep.port) }];
  }
  return [{ to: [{ podSelector: { matchLabels: podsOf(dep) } }], ...portsOf(dep.port) }];
}

/** An ingress controller named as the facade takes traffic from outside the cluster. */
const CONTROLLER_PORTS = [80, 443];

/** The facade as a peer: the Gateway's namespace, or the pods of the controller named as facade. */
function facadePeer(model: DeploymentModel): Manifest {
  return model.facade.kind === 'gateway'
    ? { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': model.facade.namespace } } }
    : { podSelector: { matchLabels: releaseSelector(model.facade.id) } };
}

/** Stream listeners (TCP, MLLP) admit the facade only: the senders reach them through it. */
function streamIngress(c: BuildComponent | ProductComponent, model: DeploymentModel): Manifest[] {
  if (c.streams.length === 0 || model.streams.length === 0) return [];
  if (model.facade.kind === 'controller' && model.facade.id === c.id) return [];
  return [{ from: [facadePeer(model)], ports: c.streams.map((s) => ({ protocol: 'TCP', port: s.port })) }];
}

/** The ingress and egress allows of one build or buy component. */
export function componentPolicy(c: BuildComponent | ProductComponent, model: DeploymentModel): Manifest {
  const self: Dependency = { id: c.id, sourcing: 'image' in c ? 'build' : 'buy' };
  const from: Manifest[] = c.usedBy.map((user) => ({ podSelector: { matchLabels: podsOf(user) } }));
  // Every workload a route points at admits the gateway's namespace, whatever its sourcing.
  if (c.routed && model.facade.kind === 'gateway') {
    from.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': model.facade.namespace } } });
  }
  const ingress: Manifest[] = from.length === 0 ? [] : [{ from, ...portsOf(c.port) }];
  ingress.push(...streamIngress(c, model));
  if (model.facade.kind === 'controller' && model.facade.id === c.id) {
    const ports = [...CONTROLLER_PORTS, ...model.streams.map((s) => s.port)];
    ingress.push({ ports: ports.map((port) => ({ protocol: 'TCP', port })) });
  }
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: derivedName(c.id, 'allow'),
      labels: { 'app.kubernetes.io/managed-by': 'mapwright', 'app.kubernetes.io/part-of': model.partOf },
    },
    spec: {
      podSelector: { matchLabels: podsOf(self) },
      policyTypes: ['Ingress', 'Egress'],
      ingress,
      egress: [...c.uses.flatMap((dep) => egressRule(dep, model)), DNS_EGRESS],
    },
  };
}
