// Kubernetes objects of a built component: ServiceAccount, ConfigMap, Deployment, Service, and
// (per target, since they depend on the replica count) HorizontalPodAutoscaler and PDB.
import type { StreamPort } from '../../system/types.ts';
import { DEFAULTS } from './defaults.ts';
import type { BuildComponent, DeploymentModel, Dependency } from './model.ts';
import { componentLabels, derivedName, envVarName, selectorLabels } from './names.ts';

export type Manifest = Record<string, unknown>;

function roleOf(c: BuildComponent): string {
  return c.monolith ? 'legacy' : c.routed ? 'edge' : 'backend';
}

function metadata(c: BuildComponent, model: DeploymentModel, name: string = c.id): Manifest {
  // The node's display name is free text: it goes into an annotation value, never into a name.
  return {
    name,
    labels: componentLabels(c.id, model.partOf, roleOf(c)),
    annotations: { 'mapwright.dev/node-name': c.name },
  };
}

export function imageName(c: BuildComponent, model: DeploymentModel): string {
  return `${model.registry}/${c.image}`;
}

/** Address of a dependency as its consumers see it, keyed by environment variable name. */
export function dependencySettings(dep: Dependency): [string, string][] {
  if (dep.sourcing === 'outsource') {
    return [
      [envVarName(dep.id, 'HOST'), dep.id],
      [envVarName(dep.id, 'PORT'), String(dep.port ?? DEFAULTS.externalPort)],
    ];
  }
  const port = dep.port === undefined ? '' : `:${dep.port}`;
  return [[envVarName(dep.id, 'URL'), `http://${dep.id}${port}`]];
}

/** ConfigMap data: dependency addresses from `uses`, then the map's own settings (they win). */
export function configData(c: BuildComponent): Record<string, string> {
  const entries = new Map<string, string>();
  for (const dep of c.uses) for (const [k, v] of dependencySettings(dep)) entries.set(k, v);
  for (const [k, v] of c.env) entries.set(k, v);
  // The names alone sorted, in code-unit order without a comparison call per pair: a monolith has
  // the settings of every component inside it, a sort that grew faster than the map.
  const data: Record<string, string> = {};
  for (const name of [...entries.keys()].sort()) data[name] = entries.get(name)!;
  return data;
}

export function serviceAccountFor(c: BuildComponent, model: DeploymentModel): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: metadata(c, model),
    automountServiceAccountToken: false,
  };
}

export function configMapFor(c: BuildComponent, model: DeploymentModel): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: metadata(c, model, derivedName(c.id, 'config')),
    data: configData(c),
  };
}

/** The restricted Pod Security Standard, container level. */
export const RESTRICTED_CONTAINER_SECURITY = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  privileged: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
} as const;

function containerFor(c: BuildComponent, model: DeploymentModel): Manifest {
  const probe = { httpGet: { path: c.health, port: 'http' }, periodSeconds: 10 };
  const envFrom: Manifest[] = [{ configMapRef: { name: derivedName(c.id, 'config') } }];
  // Placeholder secrets are optional: the pod starts before the platform team has applied the
  // real one. An ExternalSecret's target is required: the pod waits until the operator made it.
  const optional = model.secrets.flavour === 'placeholder';
  for (const dep of c.uses)
    if (dep.sourcing === 'outsource')
      envFrom.push({ secretRef: { name: derivedName(dep.id, 'credentials'), optional } });
  return {
    name: c.id,
    image: `${imageName(c, model)}:${c.tag ?? model.tag}`,
    imagePullPolicy: 'IfNotPresent',
    ports: [
      { name: 'http', containerPort: c.port, protocol: 'TCP' },
      ...c.streams.map((st) => ({ name: streamPortName(st), containerPort: st.port, protocol: 'TCP' })),
    ],
    envFrom,
    readinessProbe: { ...probe, initialDelaySeconds: 5 },
    livenessProbe: { ...probe, initialDelaySeconds: 15 },
    resources: {
      requests: { cpu: c.resources.cpu, memory: c.resources.memory },
      limits: { cpu: c.resources.cpuLimit, memory: c.resources.memoryLimit },
    },
    securityContext: {
      ...RESTRICTED_CONTAINER_SECURITY,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    // A read-only root filesystem still needs somewhere to write temporary files.
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  };
}

/** Why a parked Deployment runs no pods, for whoever reads it in the cluster. */
export const PARKED_ANNOTATION = 'mapwright.dev/parked';
export const PARKED_REASON = 'nothing on the map calls it after the monolith retired; replicas 0 until it has a caller';

export function deploymentFor(c: BuildComponent, model: DeploymentModel): Manifest {
  const labels = componentLabels(c.id, model.partOf, roleOf(c));
  const meta = metadata(c, model);
  if (c.parked === true)
    meta['annotations'] = {
      ...(meta['annotations'] as Record<string, string>),
      [PARKED_ANNOTATION]: PARKED_REASON,
    };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta,
    spec: {
      replicas: c.parked === true ? 0 : c.replicas,
      selector: { matchLabels: selectorLabels(c.id) },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: c.id,
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: DEFAULTS.runAsUser,
            runAsGroup: DEFAULTS.runAsUser,
            fsGroup: DEFAULTS.runAsUser,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [containerFor(c, model)],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

/**
 * A stream listener's port name (`mllp-2575`): unique on a monolith that holds several, and no
 * `appProtocol`, since neither raw TCP nor MLLP has a name Kubernetes or IANA documents for it.
 */
export function streamPortName(s: StreamPort): string {
  return `${s.protocol}-${s.port}`;
}

export function serviceFor(c: BuildComponent, model: DeploymentModel): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(c, model),
    spec: {
      type: 'ClusterIP',
      selector: selectorLabels(c.id),
      ports: [
        { name: 'http', port: c.port, targetPort: 'http', protocol: 'TCP' },
        ...c.streams.map((st) => {
          const name = streamPortName(st);
          return { name, port: st.port, targetPort: name, protocol: 'TCP' };
        }),
      ],
    },
  };
}

/** HPA and PDB exist only where there is more than one replica to scale or to keep (never parked). */
export function scalingFor(c: BuildComponent, model: DeploymentModel, replicas: number): Manifest[] {
  if (replicas < 2 || c.parked === true) return [];
  const hpa = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: metadata(c, model),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: c.id },
      minReplicas: replicas,
      maxReplicas: replicas * DEFAULTS.maxReplicasFactor,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULTS.targetCpuPercent } },
        },
      ],
    },
  };
  const pdb = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadata(c, model),
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(c.id) } },
  };
  return [hpa, pdb];
}
