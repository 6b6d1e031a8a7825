// Sensitive workloads in the bundle: on the dedicated node pool, TLS on their Service ports,
// residency pinned on the allowed sites' overlays only (patched Deployments still valid against the
// official schema), Terraform dedicated tenancy, Helm values for bought products, compose labels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPOSE_FILE, exportCompose } from '../../../../core/export/compose/index.ts';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import type { DataClass, WardleyMap } from '../../../../core/model/types.ts';
import { schemaValidator } from '../../../support/k8s-schemas.ts';
import { bundleObjects, type K8sObject } from './bundle-objects.ts';
import { readHelmfile } from './helmfile-reader.ts';
import { loadMapFile } from './fixture.ts';
import { randomMap } from './random-map.ts';

const validator = schemaValidator();
const ehealth = loadMapFile(new URL('../../../../maps/ehealth-platform.yaml', import.meta.url));
const hie = loadMapFile(new URL('../../../../maps/hie-monolith.yaml', import.meta.url));

type PodSpec = {
  nodeSelector?: Record<string, string>;
  tolerations?: unknown[];
  affinity?: unknown;
  containers: { ports: { name: string }[]; readinessProbe: { httpGet: { scheme?: string } } }[];
};

function podSpec(d: K8sObject): PodSpec {
  return (d.spec as { template: { spec: PodSpec } }).template.spec;
}

function objectsOf(files: Record<string, string>, kind: string): K8sObject[] {
  return bundleObjects(files)
    .filter((o) => o.file.startsWith('base/') && o.object.kind === kind)
    .map((o) => o.object);
}

/** `kustomize build`'s JSON 6902 `add` of an overlay's patches, on the base Deployment. */
function patchedDeployment(files: Record<string, string>, overlay: string, name: string): K8sObject {
  const base = objectsOf(files, 'Deployment').find((d) => d.metadata.name === name) as K8sObject;
  const k = parse(files[`${overlay}/kustomization.yaml`] ?? '') as {
    patches?: { target: { kind: string; name: string }; patch: string }[];
  };
  const out = JSON.parse(JSON.stringify(base)) as K8sObject;
  for (const p of k.patches ?? []) {
    if (p.target.kind !== 'Deployment' || p.target.name !== name) continue;
    for (const op of JSON.parse(p.patch) as { op: string; path: string; value: unknown }[]) {
      expect(op.op).toBe('add');
      const keys = op.path.split('/').slice(1);
      const parent = keys
        .slice(0, -1)
        .reduce<Record<string, unknown>>((o, k2) => o[k2] as Record<string, unknown>, out);
      parent[keys[keys.length - 1] as string] = op.value;
    }
  }
  return out;
}

function holders(map: WardleyMap): Set<string> {
  return new Set(Object.entries(map.nodes).flatMap(([id, n]) => ((n?.data?.classes.length ?? 0) > 0 ? [id] : [])));
}

describe('sensitive workloads in the Kubernetes bundle', () => {
  const { files } = exportKubernetes(ehealth);
  const held = holders(ehealth);

  it('run on the dedicated node pool, and only they do', () => {
    const deployments = objectsOf(files, 'Deployment');
    expect(deployments.filter((d) => held.has(d.metadata.name)).length).toBeGreaterThan(3);
    for (const d of deployments) {
      const pod = podSpec(d);
      if (!held.has(d.metadata.name)) {
        expect(pod.nodeSelector, d.metadata.name).toBeUndefined();
        continue;
      }
      expect(pod.nodeSelector).toEqual({ 'ehealth.example/pool': 'patient-data' });
      expect(pod.tolerations).toEqual([
        { key: 'ehealth.example/dedicated', operator: 'Equal', value: 'patient-data', effect: 'NoSchedule' },
      ]);
      expect(pod.containers[0]?.ports[0]?.name).toBe('https');
      expect(pod.containers[0]?.readinessProbe.httpGet.scheme).toBe('HTTPS');
    }
  });

  it('serve TLS on every Service port and are called at https:// URLs', () => {
    for (const s of objectsOf(files, 'Service')) {
      const ports = (s.spec as { type: string; ports: { appProtocol?: string }[] }).ports;
      const sensitive = held.has(s.metadata.name) && (s.spec as { type: string }).type === 'ClusterIP';
      for (const p of ports) expect(p.appProtocol, s.metadata.name).toBe(sensitive ? 'https' : undefined);
    }
    const config = objectsOf(files, 'ConfigMap').find((c) => c.metadata.name === 'health-records-config');
    expect(config?.['data']).toMatchObject({ JOURNAL_INTEGRATION_URL: 'https://journal-integration:8080' });
    expect(files['README.md']).toContain('appProtocol: https');
  });

  it('pin residency by node affinity on the allowed sites’ overlays only, still valid Deployments', () => {
    const affinity = (site: string) => ({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'ehealth.example/site', operator: 'In', values: [site] }] }],
        },
      },
    });
    for (const site of ['site-a', 'site-b']) {
      const d = patchedDeployment(files, `overlays/prod/${site}`, 'health-records');
      expect(podSpec(d).affinity).toEqual(affinity(site));
      expect(validator.kubernetes(d)).toEqual([]);
    }
    // Booking holds PII but is pinned nowhere; test sites are not among the allowed ones.
    expect(podSpec(patchedDeployment(files, 'overlays/prod/site-a', 'appointment-booking')).affinity).toBeUndefined();
    for (const overlay of ['overlays/test/test-site', 'overlays/qa/test-site', 'overlays/dev'])
      expect(parse(files[`${overlay}/kustomization.yaml`] ?? '')).not.toHaveProperty('patches');
  });

  it('give managed services that hold or receive the data dedicated tenancy and encryption', () => {
    const hieFiles = exportKubernetes(hie, { phase: 'last' }).files;
    const stub = JSON.parse(hieFiles['infra/audit-trail.tf.json'] ?? '{}') as {
      module: Record<string, Record<string, unknown>>;
    };
    expect(stub.module['audit-trail']).toMatchObject({
      encryption_at_rest: true,
      encryption_in_transit: true,
      dedicated_tenancy: true,
      // It holds PHI and receives PII from a caller.
      data_classes: ['phi', 'pii'],
      agreements: ['baa', 'dpa'],
    });
    const conference = exportKubernetes(loadMapFile(new URL('../../../../maps/conference.yaml', import.meta.url)));
    for (const [file, text] of Object.entries(conference.files))
      if (file.endsWith('.tf.json')) expect(text, file).not.toContain('dedicated_tenancy');
  });

  it('put bought products holding the data on the pool with the encrypted storage class', () => {
    const helmfile = readHelmfile(exportKubernetes(hie, { phase: 'last' }).files['helmfile.yaml']) as unknown as {
      releases: { name: string; values: Record<string, unknown>[] }[];
    };
    const registry = helmfile.releases.filter((r) => r.name === 'document-registry');
    expect(registry.length).toBeGreaterThan(0);
    for (const r of registry)
      expect(r.values[r.values.length - 1]).toMatchObject({
        nodeSelector: { 'hie.example/pool': 'phi' },
        global: { defaultStorageClass: 'encrypted-ssd' },
      });
    const facade = helmfile.releases.find((r) => r.name === 'facade');
    expect(facade?.values.some((v) => 'nodeSelector' in v)).toBe(false);
  });

  it('are labelled in docker-compose with their data classes', () => {
    const compose = parse(exportCompose(ehealth).files[COMPOSE_FILE] ?? '', { version: '1.1' }) as {
      services: Record<string, { labels?: Record<string, string> }>;
    };
    expect(validator.compose(compose)).toEqual([]);
    expect(compose.services['health-records']?.labels).toMatchObject({
      'mapwright.dev/data-classes': 'phi,pii',
      'mapwright.dev/residency': 'site-a,site-b',
    });
    expect(compose.services['patient-portal']?.labels).not.toHaveProperty('mapwright.dev/data-classes');
  });
});

const classes = fc.uniqueArray(fc.constantFrom<DataClass>('phi', 'pii', 'pci', 'confidential'), { minLength: 1 });

/** A random map where some components hold data, with a node pool named. */
const sensitiveMap = fc
  .tuple(randomMap, fc.array(fc.option(classes, { nil: undefined }), { minLength: 9, maxLength: 9 }))
  .map(([map, held]) => {
    const nodes = Object.fromEntries(
      Object.entries(map.nodes).map(([id, n], i) => {
        const c = held[i];
        return [id, n?.kind === 'component' && c !== undefined ? { ...n, data: { classes: c } } : n];
      }),
    );
    const nodePool = {
      label: { key: 'pool', value: 'dedicated' },
      taint: { key: 'dedicated', effect: 'NoSchedule' as const },
    };
    return { ...map, nodes, deployment: { ...map.deployment, sensitive: { nodePool } } } as WardleyMap;
  });

describe('over random maps', () => {
  it('every Deployment of a holder, and no other, selects the pool; every file stays valid', () => {
    fc.assert(
      fc.property(sensitiveMap, (map) => {
        const { files, warnings } = exportKubernetes(map);
        if (warnings.some((w) => w.severity === 'error')) return;
        const held = holders(map);
        for (const { file, object } of bundleObjects(files)) {
          if (file === 'helmfile.yaml') continue;
          if (object.kind === 'Deployment') {
            const selector = podSpec(object).nodeSelector;
            expect(selector).toEqual(held.has(object.metadata.name) ? { pool: 'dedicated' } : undefined);
          }
          expect(validator.kubernetes(object), `${file} ${object.kind}`).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
