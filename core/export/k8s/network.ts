// Network policy from the map: the value chain becomes least privilege. Default deny in every
// namespace; each deployed component accepts traffic only from the components that `use` it
// (and the edge for user-facing ones), and sends only to what it uses, plus DNS.
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

function egressRule(dep: Dependency): Manifest {
  // A managed service lives outside the cluster at addresses we cannot know: allow the port to
  // anywhere and let the platform team narrow the CIDR (the README says so).
  if (dep.sourcing === 'outsource') return { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ...portsOf(dep.port) };
  return { to: [{ podSelector: { matchLabels: podsOf(dep) } }], ...portsOf(dep.port) };
}

/** The ingress and egress allows of one build or buy component. */
export function componentPolicy(c: BuildComponent | ProductComponent, model: DeploymentModel): Manifest {
  const self: Dependency = { id: c.id, sourcing: 'image' in c ? 'build' : 'buy' };
  const from: Manifest[] = c.usedBy.map((user) => ({ podSelector: { matchLabels: podsOf(user) } }));
  if ('path' in c && c.path !== undefined) {
    from.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': model.gateway.namespace } } });
  }
  const ingress = from.length === 0 ? [] : [{ from, ...portsOf(c.port) }];
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
      egress: [...c.uses.map(egressRule), DNS_EGRESS],
    },
  };
}
