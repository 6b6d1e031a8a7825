// Every value the exporter supplies when the map does not say. The generated README repeats
// them, so a reader of the manifests can tell a decision from a default. Ports and placeholder
// hosts come from core/system, which the plan's routes use too.
import { DEFAULT_EXTERNAL_PORT, DEFAULT_HOST_DOMAIN } from '../../system/ports.ts';
import { DEFAULT_NAMESPACE } from '../../system/stream-listeners.ts';
import { DEFAULT_PORT } from '../../system/topology.ts';

export const DEFAULTS = {
  port: DEFAULT_PORT,
  health: '/healthz',
  replicas: 2,
  environment: 'prod',
  tag: '0.1.0',
  registry: 'registry.example.com',
  namespace: DEFAULT_NAMESPACE,
  gatewayName: 'platform-gateway',
  gatewayNamespace: 'gateway-system',
  hostDomain: DEFAULT_HOST_DOMAIN,
  cpu: '100m',
  memory: '128Mi',
  cpuLimit: '500m',
  memoryLimit: '256Mi',
  /** HPA ceiling as a multiple of the replica count, and the CPU utilisation it aims for. */
  maxReplicasFactor: 3,
  targetCpuPercent: 70,
  /** Non-root UID used by the pods; images must not need root. */
  runAsUser: 10001,
  /** Port a managed service is reached on when the map gives none and its kind is unknown. */
  externalPort: DEFAULT_EXTERNAL_PORT,
} as const;

/** The only value a generated Secret ever holds: a marker that tests and reviewers can find. */
export const SECRET_PLACEHOLDER = 'REPLACE_ME';

export const MANAGED_BY = 'mapwright';
