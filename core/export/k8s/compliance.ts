// Workloads holding sensitive data, as the cluster must run them (the HIPAA step of the seed
// talks): on the dedicated node pool the map names (nodeSelector + toleration), serving TLS on
// every Service port (`appProtocol: https`, probes over HTTPS, callers given https:// URLs), their
// certificate mounted from a Secret. Applied to the base objects after #11's exporter built them,
// so the exporter itself stays unaware of compliance.
import { classesHeld } from '../../compliance/classes.ts';
import { classesReaching, dataFlows } from '../../compliance/flows.ts';
import type { Agreement, DataClass, SensitiveSettings, WardleyMap } from '../../model/types.ts';
import { visitNodes } from '../../model/node-table.ts';
import type { DeploymentModel } from './model.ts';
import { derivedName } from './names.ts';
import type { Manifest } from './workloads.ts';

/** Where the certificate of a sensitive workload is mounted (key `tls.crt` / `tls.key`). */
export const TLS_MOUNT = '/etc/tls';
export const DEFAULT_RESIDENCY_LABEL = 'topology.kubernetes.io/region';

export interface SensitiveContext {
  /** Component id → the classes it holds (only components holding some). */
  classes: ReadonlyMap<string, DataClass[]>;
  /** Component id → the sites or regions its data may live in (only pinned components). */
  residency: ReadonlyMap<string, string[]>;
  /** Component id → the classes held there or one `uses` edge away (what a supplier receives). */
  reaching: ReadonlyMap<string, DataClass[]>;
  agreements: ReadonlyMap<string, Agreement[]>;
  settings: SensitiveSettings;
  residencyLabel: string;
}

export function sensitiveContext(map: WardleyMap): SensitiveContext {
  const classes = new Map<string, DataClass[]>();
  const residency = new Map<string, string[]>();
  const agreements = new Map<string, Agreement[]>();
  visitNodes(map, (node, id) => {
    if (node.kind !== 'component') return;
    const held = classesHeld(node);
    if (held.length > 0) classes.set(id, held);
    if (held.length > 0 && node.data?.residency !== undefined) residency.set(id, [...node.data.residency]);
    if (node.agreements !== undefined) agreements.set(id, [...node.agreements]);
  });
  const settings = map.deployment?.sensitive ?? {};
  const reaching = classesReaching(dataFlows(map));
  return {
    classes,
    residency,
    reaching,
    agreements,
    settings,
    residencyLabel: settings.residencyLabel ?? DEFAULT_RESIDENCY_LABEL,
  };
}

/** Node pool placement for a pod spec: nodeSelector on the pool's label, toleration of its taint. */
export function poolPlacement(settings: SensitiveSettings): Manifest {
  const pool = settings.nodePool;
  if (pool === undefined) return {};
  const out: Manifest = { nodeSelector: { [pool.label.key]: pool.label.value } };
  const taint = pool.taint;
  if (taint !== undefined)
    out['tolerations'] = [
      taint.value === undefined
        ? { key: taint.key, operator: 'Exists', effect: taint.effect }
        : { key: taint.key, operator: 'Equal', value: taint.value, effect: taint.effect },
    ];
  return out;
}

/** The base objects with every sensitive built workload placed, served over TLS and called over TLS. */
export function sensitiveBase(
  base: Map<string, Manifest[]>,
  model: DeploymentModel,
  s: SensitiveContext,
): Map<string, Manifest[]> {
  const ours = new Set(sensitiveBuilds(model, s));
  if (ours.size === 0) return base;
  const out = new Map<string, Manifest[]>();
  for (const [file, objects] of base)
    out.set(
      file,
      objects.map((o) => sensitiveObject(o, ours, s)),
    );
  return out;
}

/** Built workloads (the monolith included) holding sensitive data, in the model's order. */
export function sensitiveBuilds(model: DeploymentModel, s: SensitiveContext): string[] {
  return model.builds.filter((c) => s.classes.has(c.id)).map((c) => c.id);
}

function sensitiveObject(o: Manifest, ours: ReadonlySet<string>, s: SensitiveContext): Manifest {
  const name = (o['metadata'] as { name?: string } | undefined)?.name ?? '';
  if (o['kind'] === 'ConfigMap') return callersOverTls(o, ours);
  if (!ours.has(name)) return o;
  if (o['kind'] === 'Deployment') return placedDeployment(o, name, s);
  if (o['kind'] === 'Service') return tlsService(o);
  return o;
}

function placedDeployment(o: Manifest, id: string, s: SensitiveContext): Manifest {
  const copy = plainCopy(o);
  const template = (copy['spec'] as { template: { metadata: Manifest; spec: Manifest } }).template;
  const pod = template.spec;
  Object.assign(pod, poolPlacement(s.settings));
  template.metadata['annotations'] = { 'mapwright.dev/data-classes': (s.classes.get(id) ?? []).join(',') };
  const volumes = (pod['volumes'] as Manifest[] | undefined) ?? [];
  // Optional, like the credentials: the pod starts once cert-manager (or the team) has issued it.
  pod['volumes'] = [...volumes, { name: 'tls', secret: { secretName: derivedName(id, 'tls'), optional: true } }];
  for (const container of (pod['containers'] as Manifest[] | undefined) ?? []) tlsContainer(container);
  return copy;
}

function tlsContainer(container: Manifest): void {
  const ports = (container['ports'] as Manifest[] | undefined) ?? [];
  for (const port of ports) if (port['name'] === 'http') port['name'] = 'https';
  for (const probe of ['readinessProbe', 'livenessProbe']) {
    const get = (container[probe] as { httpGet?: Manifest } | undefined)?.httpGet;
    if (get !== undefined) Object.assign(get, { port: 'https', scheme: 'HTTPS' });
  }
  const mounts = (container['volumeMounts'] as Manifest[] | undefined) ?? [];
  container['volumeMounts'] = [...mounts, { name: 'tls', mountPath: TLS_MOUNT, readOnly: true }];
}

function tlsService(o: Manifest): Manifest {
  const copy = plainCopy(o);
  const spec = copy['spec'] as { ports?: Manifest[] };
  // Only the HTTP port: a stream listener (TCP, MLLP) keeps its own name and protocol.
  for (const port of spec.ports ?? [])
    if (port['name'] === 'http') Object.assign(port, { name: 'https', targetPort: 'https', appProtocol: 'https' });
  return copy;
}

/** Callers reach a sensitive workload at https://, never http://. */
function callersOverTls(o: Manifest, ours: ReadonlySet<string>): Manifest {
  const data = o['data'] as Record<string, string> | undefined;
  if (data === undefined) return o;
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const host = /^http:\/\/([a-z0-9-]+)(:\d+)?$/.exec(value)?.[1];
    next[key] = host !== undefined && ours.has(host) ? `https${value.slice('http'.length)}` : value;
  }
  return { ...o, data: next };
}

/** Manifests are plain JSON data, so a JSON round trip copies them whole. */
function plainCopy(o: Manifest): Manifest {
  return JSON.parse(JSON.stringify(o)) as Manifest;
}
