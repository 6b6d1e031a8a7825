// The deployment model's components, as plain types: what each workload becomes (our image, a
// bought product's release, a managed service) and the flows read onto them. Kept apart from
// model.ts so the builders (components.ts, link-flows.ts) and the model do not import each other.
import type { Sourcing } from '../../model/types.ts';
import type { StreamPort } from '../../system/types.ts';

/** A `uses` edge from one deployed component to another, as the network sees it. */
export interface Dependency {
  id: string;
  sourcing: Sourcing;
  /** Port the dependency listens on; absent for a bought product whose chart decides. */
  port?: number;
}

export interface Resources {
  cpu: string;
  memory: string;
  cpuLimit: string;
  memoryLimit: string;
}

export interface BuildComponent {
  id: string;
  name: string;
  image: string;
  /** Tag pinned on the node; an environment's tag wins over it. */
  tag?: string;
  port: number;
  replicas: number;
  health: string;
  resources: Resources;
  /** Plain settings from the map, sorted by name. */
  env: [string, string][];
  /** The facade routes to it: it admits the gateway (or the ingress controller named as facade). */
  routed: boolean;
  /** The legacy monolith, running until its retirement phase. */
  monolith: boolean;
  /**
   * Nothing reaches it after the monolith's retirement (`unreached`): the Deployment is kept at 0
   * replicas, without autoscaler or disruption budget, until the map says who calls it.
   */
  parked?: boolean;
  /** TCP/MLLP listeners besides the HTTP port; the facade may connect to each. */
  streams: StreamPort[];
  uses: Dependency[];
  /** Deployed components that use this one (build or buy), sorted. */
  usedBy: Dependency[];
}

export interface ProductComponent {
  id: string;
  name: string;
  chart?: { name: string; repository: string; version: string };
  port: number;
  replicas?: number;
  resources?: Partial<Resources>;
  routed: boolean;
  streams: StreamPort[];
  uses: Dependency[];
  usedBy: Dependency[];
}

export interface ServiceComponent {
  id: string;
  name: string;
  provider?: string;
  kind?: string;
  host?: string;
  port: number;
  secretKeys: string[];
  /** Address ranges egress may go to; empty: the flow stays closed unless FQDN policies are chosen. */
  cidrs: string[];
  usedBy: Dependency[];
}

/** A call the map allows but the standard NetworkPolicy cannot open (no address range known). */
export interface ClosedFlow {
  from: string;
  to: string;
  port: number;
  host: string;
}

/** Standard NetworkPolicy only, or Cilium policies that can name hosts (`toFQDNs`). */
export type NetworkPolicyFlavour = 'standard' | 'cilium';
