// Every value the exporter supplies when the map does not say. The generated README repeats
// them, so a reader of the manifests can tell a decision from a default.

export const DEFAULTS = {
  port: 8080,
  health: '/healthz',
  replicas: 2,
  environment: 'prod',
  tag: '0.1.0',
  registry: 'registry.example.com',
  namespace: 'mapwright',
  gatewayName: 'platform-gateway',
  gatewayNamespace: 'gateway-system',
  hostDomain: 'example.com',
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
  externalPort: 443,
} as const;

/** Ports of well-known managed-service kinds (used when `deploy.service.port` is absent). */
export const EXTERNAL_PORTS: ReadonlyMap<string, number> = new Map([
  ['postgres', 5432],
  ['postgresql', 5432],
  ['mysql', 3306],
  ['redis', 6379],
  ['kafka', 9092],
  ['rabbitmq', 5671],
  ['mongodb', 27017],
  ['smtp', 587],
  ['email', 587],
]);

/** The only value a generated Secret ever holds: a marker that tests and reviewers can find. */
export const SECRET_PLACEHOLDER = 'REPLACE_ME';

export const MANAGED_BY = 'mapwright';
