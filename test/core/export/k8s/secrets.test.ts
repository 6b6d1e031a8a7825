// Credentials of managed services. By default a placeholder Secret outside every kustomization
// and an optional reference (the pod starts without it); with the External Secrets Operator
// flavour an ExternalSecret in the base, valid against the operator's CRD schema, and a
// required reference: no pod starts without its credentials, and every one it needs is made.
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../../core/export/bundle.ts';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { schemaValidator } from '../../../support/k8s-schemas.ts';
import { loadMap } from '../../plan/load-map.ts';
import { bundleObjects, kustomizeBuild, overlayDirs, type K8sObject } from './bundle-objects.ts';

const validator = schemaValidator();
const MAPS = ['maps/conference.yaml', 'maps/hie-monolith.yaml', 'maps/ehealth-platform.yaml'];

type SecretRef = { secretRef?: { name: string; optional?: boolean } };

function secretRefs(d: K8sObject): { name: string; optional?: boolean }[] {
  const pod = (d.spec as { template: { spec: { containers: { envFrom?: SecretRef[] }[] } } }).template.spec;
  return pod.containers.flatMap((c) =>
    (c.envFrom ?? []).flatMap((e) => (e.secretRef === undefined ? [] : [e.secretRef])),
  );
}

/** Every required secret reference of an overlay is the target of an ExternalSecret in it. */
function unmetSecrets(map: WardleyMap): string[] {
  return unmetIn(exportKubernetes(map, { secrets: 'external-secrets', phase: 'last' }).files);
}

function unmetIn(files: Bundle): string[] {
  const out: string[] = [];
  for (const dir of overlayDirs(files)) {
    const objects = kustomizeBuild(files, dir);
    const made = new Set(
      objects
        .filter((o) => o.kind === 'ExternalSecret')
        .map((o) => (o.spec as { target: { name: string } }).target.name),
    );
    for (const d of objects.filter((o) => o.kind === 'Deployment'))
      for (const ref of secretRefs(d)) {
        if (ref.optional !== false) out.push(`${dir} ${d.metadata.name}: ${ref.name} is optional`);
        if (!made.has(ref.name)) out.push(`${dir} ${d.metadata.name}: nothing makes ${ref.name}`);
      }
  }
  return out;
}

describe('managed-service credentials', () => {
  it('by default: placeholder Secrets outside the kustomizations, pods start without them', () => {
    const { files } = exportKubernetes(loadMap('maps/conference.yaml'));
    expect(Object.keys(files).filter((f) => f.startsWith('secrets/'))).toContain('secrets/database.yaml');
    const deployments = bundleObjects(files).filter(({ object }) => object.kind === 'Deployment');
    const refs = deployments.flatMap(({ object }) => secretRefs(object));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.optional === true)).toBe(true);
    expect(bundleObjects(files).some(({ object }) => object.kind === 'ExternalSecret')).toBe(false);
    expect(files['README.md']).toContain('--secrets external-secrets');
  });

  it.each(MAPS)('with external-secrets, %s: every required secret is made by a valid ExternalSecret', (file) => {
    const map = loadMap(file);
    expect(unmetSecrets(map)).toEqual([]);
    const { files } = exportKubernetes(map, { secrets: 'external-secrets', secretStore: 'vault' });
    expect(Object.keys(files).filter((f) => f.startsWith('secrets/'))).toEqual([]);
    const externals = bundleObjects(files).filter(({ object }) => object.kind === 'ExternalSecret');
    expect(externals.length).toBeGreaterThan(0);
    for (const { file: f, object } of externals) {
      expect(validator.kubernetes(object), f).toEqual([]);
      expect(object.spec).toMatchObject({ secretStoreRef: { kind: 'ClusterSecretStore', name: 'vault' } });
    }
    expect(files['README.md']).toContain('ClusterSecretStore `vault`');
  });

  it('the CRD schema really checks, and the unmet-secret check can fail', () => {
    const { files } = exportKubernetes(loadMap('maps/conference.yaml'), { secrets: 'external-secrets' });
    const external = bundleObjects(files).find(({ object }) => object.kind === 'ExternalSecret')!.object;
    const typo = structuredClone(external) as unknown as { spec: { data: { remoteRef: Record<string, unknown> }[] } };
    typo.spec.data[0]!.remoteRef['keyz'] = 'x';
    expect(validator.kubernetes(typo).length).toBeGreaterThan(0);
    // Drop the database's ExternalSecret: the Deployments that need it must be reported.
    const stripped = Object.fromEntries(
      Object.entries(files).map(([f, t]) => [f, f === 'base/database.yaml' ? `${t.split('\n---\n')[0]!}\n` : t]),
    );
    expect(unmetIn(stripped).join('\n')).toContain('nothing makes database-credentials');
  });
});
