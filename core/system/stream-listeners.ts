// One Gateway shared by several environments has one TCP listener per port and namespace, and two
// listeners of one Gateway cannot hold the same port (TCP has no host name to tell them apart).
// So each namespace gets its own facade port for a stream: the first environment (prod, where
// the senders already use the registered port) keeps the component's port, and the others, in
// order, take the next free ports above it. The plan's rows and the bundle README read the same
// table, so the senders of each environment are told one port.
import type { DeploymentSettings, WardleyMap } from '../model/types.ts';
import { forEachNode } from './topology.ts';
import type { StreamEntry } from './types.ts';

/** The namespace an environment deploys into when the map does not name one. */
export const DEFAULT_NAMESPACE = 'mapwright';
/** The environment a map without environments deploys, and the one that keeps the registered ports. */
export const DEFAULT_ENVIRONMENT = 'prod';

/** `<namespace>-<env>` as a DNS-1123 label (at most 63 characters, no trailing dash). */
export function environmentNamespace(settings: DeploymentSettings, env: string): string {
  const explicit = settings.environments?.[env]?.namespace;
  if (explicit !== undefined) return explicit;
  return `${settings.namespace ?? DEFAULT_NAMESPACE}-${env}`.slice(0, 63).replace(/-+$/, '');
}

/** Namespaces of every environment of the map, the default environment's first, each once. */
export function environmentNamespaces(map: WardleyMap): string[] {
  const settings = map.deployment ?? {};
  const envs = Object.keys(settings.environments ?? {}).sort();
  if (envs.length === 0) envs.push(DEFAULT_ENVIRONMENT);
  const ordered = [...envs.filter((e) => e === DEFAULT_ENVIRONMENT), ...envs.filter((e) => e !== DEFAULT_ENVIRONMENT)];
  return [...new Set(ordered.map((e) => environmentNamespace(settings, e)))];
}

/** Every port the map's Services already use (HTTP and stream ports): a listener port avoids them. */
function takenPorts(map: WardleyMap): Set<number> {
  const out = new Set<number>();
  forEachNode(map, (node) => {
    if (node.deploy?.port !== undefined) out.add(node.deploy.port);
    if (node.deploy?.streamPort !== undefined) out.add(node.deploy.streamPort);
  });
  return out;
}

/**
 * Facade port per namespace for each stream port (component port → namespace → listener port).
 * With one namespace every port is its own.
 */
export function listenerPorts(map: WardleyMap, ports: readonly number[]): Map<number, Map<string, number>> {
  const namespaces = environmentNamespaces(map);
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const used = new Set([...takenPorts(map), ...sorted]);
  const out = new Map<number, Map<string, number>>(sorted.map((p) => [p, new Map([[namespaces[0] ?? '', p]])]));
  for (const ns of namespaces.slice(1))
    for (const p of sorted) {
      let candidate = p + 1;
      while (used.has(candidate) && candidate < 65535) candidate++;
      used.add(candidate);
      out.get(p)?.set(ns, candidate);
    }
  return out;
}

/** The rows with their per-namespace facade ports, when a Gateway is shared by several namespaces. */
export function withListeners(map: WardleyMap, rows: StreamEntry[]): StreamEntry[] {
  if (rows.length === 0 || environmentNamespaces(map).length < 2) return rows;
  const ports = listenerPorts(
    map,
    rows.map((r) => r.port),
  );
  return rows.map((r) => ({
    ...r,
    listeners: [...(ports.get(r.port) ?? new Map<string, number>())].map(([namespace, port]) => ({ namespace, port })),
  }));
}
