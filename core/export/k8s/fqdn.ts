// The FQDN flavour (`--network-policy cilium`): standard NetworkPolicy cannot name hosts, so a
// flow to a managed service without address ranges is opened by host name with a
// CiliumNetworkPolicy (`toFQDNs`), which needs Cilium's DNS proxy to see the lookups.
import { serviceOf } from './by-id.ts';
import type { BuildComponent, DeploymentModel, ProductComponent } from './model.ts';
import { derivedName } from './names.ts';
import { podsOf } from './network.ts';
import type { Manifest } from './workloads.ts';

const DNS_VISIBILITY = {
  toEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'kube-system', 'k8s-app': 'kube-dns' } }],
  toPorts: [{ ports: [{ port: '53', protocol: 'ANY' }], rules: { dns: [{ matchPattern: '*' }] } }],
};

/** The Cilium policy of one component, or undefined when it calls no managed service by name. */
export function fqdnPolicyFor(c: BuildComponent | ProductComponent, model: DeploymentModel): Manifest | undefined {
  if (model.networkPolicy !== 'cilium') return undefined;
  const egress: Manifest[] = [];
  for (const dep of c.uses) {
    const s = serviceOf(model, dep.id);
    if (s === undefined || s.cidrs.length > 0) continue;
    egress.push({
      toFQDNs: [{ matchName: s.host ?? `${s.id}.managed.example.com` }],
      toPorts: [{ ports: [{ port: String(s.port), protocol: 'TCP' }] }],
    });
  }
  if (egress.length === 0) return undefined;
  return {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: {
      name: derivedName(c.id, 'fqdn'),
      labels: { 'app.kubernetes.io/managed-by': 'mapwright', 'app.kubernetes.io/part-of': model.partOf },
    },
    spec: {
      endpointSelector: { matchLabels: podsOf({ id: c.id, sourcing: 'image' in c ? 'build' : 'buy' }) },
      egress: [DNS_VISIBILITY, ...egress],
    },
  };
}
