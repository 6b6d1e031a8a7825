// Ports and addresses of workloads when the map gives none: the one source of these defaults
// (the Kubernetes exporter's DEFAULTS take them from here), so the Service, the route backend
// and the network policy of one component always agree.
import type { MapNode } from '../model/types.ts';
import { DEFAULT_PORT } from './topology.ts';

/** Port a managed service is reached on when the map gives none and its kind is unknown. */
export const DEFAULT_EXTERNAL_PORT = 443;

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

export function externalPort(node: MapNode): number | undefined {
  const svc = node.deploy?.service ?? {};
  return svc.port ?? (svc.kind === undefined ? undefined : EXTERNAL_PORTS.get(svc.kind.toLowerCase()));
}

export function workloadPort(node: MapNode): number {
  if (node.sourcing === 'outsource') return externalPort(node) ?? DEFAULT_EXTERNAL_PORT;
  return node.deploy?.port ?? DEFAULT_PORT;
}

/** Domain of the placeholder hosts the map did not give (managed services, environments). */
export const DEFAULT_HOST_DOMAIN = 'example.com';

/** Where a managed service is reached when the map gives no host (a placeholder to replace). */
export function placeholderManagedHost(id: string): string {
  return `${id}.managed.${DEFAULT_HOST_DOMAIN}`;
}

export function managedHost(id: string, node: MapNode | undefined): string {
  return node?.deploy?.service?.host ?? placeholderManagedHost(id);
}
