// What each workload of the system model becomes in the deployment model: our image (or the
// monolith's), a bought product's Helm release, or a managed service outside the cluster, with
// the map's deploy hints applied and a warning for every default taken.
import type { MapNode } from '../../model/types.ts';
import { externalPort } from '../../system/ports.ts';
import type { Workload } from '../../system/types.ts';
import type { ExportWarning } from '../bundle.ts';
import { DEFAULTS } from './defaults.ts';
import type { BuildComponent, ProductComponent, Resources, ServiceComponent } from './component-types.ts';

function resourcesOf(node: MapNode): Resources {
  const r = node.deploy?.resources ?? {};
  return {
    cpu: r.cpu ?? DEFAULTS.cpu,
    memory: r.memory ?? DEFAULTS.memory,
    cpuLimit: r.cpuLimit ?? DEFAULTS.cpuLimit,
    memoryLimit: r.memoryLimit ?? DEFAULTS.memoryLimit,
  };
}

export function buildComponent(w: Workload, node: MapNode, warnings: ExportWarning[]): BuildComponent {
  const hints = node.deploy ?? {};
  if (hints.port === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: w.id,
      message: `${w.id}: no deploy.port, using ${DEFAULTS.port}`,
    });
  }
  if (hints.tag === 'latest') warnings.push(latestWarning(w.id, w.id));
  const c: BuildComponent = {
    id: w.id,
    name: node.name,
    image: hints.image ?? w.id,
    port: w.port,
    replicas: hints.replicas ?? DEFAULTS.replicas,
    health: hints.health ?? DEFAULTS.health,
    resources: resourcesOf(node),
    env: Object.entries(hints.env ?? {})
      .filter((e): e is [string, string] => e[1] !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
    routed: false,
    monolith: w.kind === 'monolith',
    streams: w.streams ?? [],
    uses: [],
    usedBy: [],
  };
  if (hints.tag !== undefined && hints.tag !== 'latest') c.tag = hints.tag;
  return c;
}

export function productComponent(w: Workload, node: MapNode, warnings: ExportWarning[]): ProductComponent {
  const hints = node.deploy ?? {};
  const p: ProductComponent = {
    id: w.id,
    name: node.name,
    port: w.port,
    routed: false,
    streams: w.streams ?? [],
    uses: [],
    usedBy: [],
  };
  if (hints.chart !== undefined) p.chart = { ...hints.chart };
  else
    warnings.push({
      severity: 'warning',
      rule: 'export/no-chart',
      node: w.id,
      message: `${w.id}: bought component without deploy.chart; the Helm release is a stub to fill in`,
    });
  if (hints.port === undefined)
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: w.id,
      message: `${w.id}: no deploy.port, using ${DEFAULTS.port} for its Service, routes and network policy`,
    });
  if (hints.replicas !== undefined) p.replicas = hints.replicas;
  if (hints.resources !== undefined) p.resources = resourcesOf(node);
  return p;
}

export function serviceComponent(w: Workload, node: MapNode, warnings: ExportWarning[]): ServiceComponent {
  const svc = node.deploy?.service ?? {};
  if (externalPort(node) === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: w.id,
      message: `${w.id}: no deploy.service.port, using ${DEFAULTS.externalPort}`,
    });
  }
  if (svc.host === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/no-host',
      node: w.id,
      message: `${w.id}: no deploy.service.host; the ExternalName points at a placeholder`,
    });
  }
  const s: ServiceComponent = {
    id: w.id,
    name: node.name,
    port: w.port,
    secretKeys: [...(svc.secretKeys ?? [defaultSecretKey(w.id)])].sort(),
    cidrs: [...(svc.cidrs ?? [])].sort(),
    usedBy: [],
  };
  if (svc.provider !== undefined) s.provider = svc.provider;
  if (svc.kind !== undefined) s.kind = svc.kind;
  if (svc.host !== undefined) s.host = svc.host;
  return s;
}

function defaultSecretKey(id: string): string {
  return `${id.toUpperCase().replace(/-/g, '_')}_CREDENTIALS`;
}

export function latestWarning(where: string, node: string | undefined): ExportWarning {
  const w: ExportWarning = {
    severity: 'warning',
    rule: 'export/latest-tag',
    message: `${where}: tag "latest" is never deployed; using ${DEFAULTS.tag}`,
  };
  if (node !== undefined) w.node = node;
  return w;
}
