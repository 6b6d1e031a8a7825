// Checks the schemas cannot make: names, labels, selectors, PDBs, tags, secrets, Pod Security,
// default deny per namespace, determinism. Run on the fixture and on random hostile maps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import { parseMap } from '../../../../core/format/parse.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { schemaValidator } from '../../../support/k8s-schemas.ts';
import { kubernetesObjects, kustomizeBuild, overlayDirs, type K8sObject } from './bundle-objects.ts';
import { conferenceMini } from './fixture.ts';
import { randomMap } from './random-map.ts';

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_KEY_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const WORKLOADS = new Set(['Deployment']);

type Pod = {
  labels: Record<string, string>;
  spec: { containers: Record<string, unknown>[]; securityContext: Record<string, unknown> };
};

function podTemplate(o: K8sObject): Pod {
  const t = (o.spec as { template: { metadata: { labels: Record<string, string> }; spec: Pod['spec'] } }).template;
  return { labels: t.metadata.labels, spec: t.spec };
}

function isSubset(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

function labelProblems(labels: Record<string, string> | undefined): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(labels ?? {})) {
    const [prefix, name] = key.includes('/') ? (key.split('/') as [string, string]) : [undefined, key];
    if (prefix !== undefined && (prefix.length > 253 || !DNS_1123_SUBDOMAIN.test(prefix)))
      out.push(`label prefix ${key}`);
    if (name.length > 63 || !LABEL_KEY_NAME.test(name)) out.push(`label name ${key}`);
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value))
      out.push(`label value ${key}=${String(value)}`);
  }
  return out;
}

/** Every invariant of one exported map; returns the violations (empty when all hold). */
function violations(map: WardleyMap, options: { ingress?: boolean } = {}): string[] {
  const { files } = exportKubernetes(map, options);
  const objects = kubernetesObjects(files);
  const out: string[] = [];
  const workloads = objects.filter((o) => WORKLOADS.has(o.object.kind));
  for (const { file, object } of objects) {
    const where = `${file} ${object.kind}/${object.metadata.name}`;
    if (!DNS_1123_LABEL.test(object.metadata.name) || object.metadata.name.length > 63)
      out.push(`${where}: name not DNS-1123`);
    out.push(...labelProblems(object.metadata.labels).map((p) => `${where}: ${p}`));
    if (object.kind === 'Service' && (object.spec as { type?: string }).type !== 'ExternalName') {
      const selector = (object.spec as { selector: Record<string, string> }).selector;
      const matching = workloads.filter((w) => isSubset(selector, podTemplate(w.object).labels));
      if (matching.length !== 1) out.push(`${where}: selects ${matching.length} workloads`);
    }
    if (object.kind === 'Secret') {
      for (const v of Object.values((object as { stringData?: Record<string, string> }).stringData ?? {}))
        if (v !== 'REPLACE_ME') out.push(`${where}: non-placeholder secret value`);
      if ((object as { data?: unknown }).data !== undefined) out.push(`${where}: secret with data`);
    }
  }
  for (const { file, object } of workloads) out.push(...podProblems(podTemplate(object)).map((p) => `${file}: ${p}`));
  out.push(...perOverlayProblems(files));
  for (const [file, text] of Object.entries(files))
    if (/:latest\b|newTag: latest/.test(text)) out.push(`${file}: latest tag`);
  return out;
}

/** The restricted Pod Security Standard, field by field, for the pod and each container. */
function podProblems(pod: Pod): string[] {
  const out: string[] = [];
  if (pod.spec.securityContext['runAsNonRoot'] !== true) out.push('pod runAsNonRoot');
  for (const c of pod.spec.containers) out.push(...containerProblems(c));
  return out;
}

function containerProblems(c: Record<string, unknown>): string[] {
  const out: string[] = [];
  const sc = c['securityContext'] as Record<string, unknown> | undefined;
  const name = String(c['name']);
  if (sc?.['allowPrivilegeEscalation'] !== false) out.push(`${name}: allowPrivilegeEscalation`);
  if (sc?.['runAsNonRoot'] !== true) out.push(`${name}: runAsNonRoot`);
  if (sc?.['readOnlyRootFilesystem'] !== true) out.push(`${name}: readOnlyRootFilesystem`);
  if (JSON.stringify((sc?.['capabilities'] as { drop?: unknown })?.drop) !== '["ALL"]')
    out.push(`${name}: capabilities`);
  if ((sc?.['seccompProfile'] as { type?: string })?.type !== 'RuntimeDefault') out.push(`${name}: seccomp`);
  const image = String(c['image']);
  if (!/:[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(image) || image.endsWith(':latest'))
    out.push(`${name}: image not pinned (${image})`);
  const resources = c['resources'] as { requests?: object; limits?: object } | undefined;
  if (resources?.requests === undefined || resources.limits === undefined) out.push(`${name}: resources`);
  if (c['readinessProbe'] === undefined || c['livenessProbe'] === undefined) out.push(`${name}: probes`);
  return out;
}

/** Per overlay, as kustomize would build it: a namespace, its default deny, PDBs only at ≥ 2 replicas. */
function perOverlayProblems(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const dir of overlayDirs(files)) {
    const built = kustomizeBuild(files, dir);
    const k = files[`${dir}/kustomization.yaml`] ?? '';
    const namespaces = built.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
    if (namespaces.length !== 1) out.push(`${dir}: ${namespaces.length} namespaces`);
    const deny = built.filter(
      (o) => o.kind === 'NetworkPolicy' && JSON.stringify((o.spec as { podSelector: unknown }).podSelector) === '{}',
    );
    if (deny.length !== 1 || deny[0]?.metadata.namespace !== namespaces[0])
      out.push(`${dir}: no default deny in its namespace`);
    const replicasOverride = /count: (\d+)/.exec(k);
    for (const d of built.filter((o) => o.kind === 'Deployment')) {
      const replicas = replicasOverride
        ? Number(replicasOverride[1])
        : ((d.spec as { replicas: number }).replicas ?? 1);
      const pdb = built.some((o) => o.kind === 'PodDisruptionBudget' && o.metadata.name === d.metadata.name);
      if (pdb !== replicas >= 2)
        out.push(`${dir}: ${d.metadata.name} has ${replicas} replicas and ${pdb ? 'a' : 'no'} PDB`);
    }
  }
  return out;
}

describe('exported manifests keep the rules the schemas cannot check', () => {
  it('hold for the fixture map', () => {
    expect(violations(conferenceMini())).toEqual([]);
  });

  it('catch a broken manifest (the checks can fail)', () => {
    const map = conferenceMini();
    const { files } = exportKubernetes(map);
    const broken = {
      ...files,
      'base/portal.yaml': (files['base/portal.yaml'] ?? '').replace(
        'readOnlyRootFilesystem: true',
        'readOnlyRootFilesystem: false',
      ),
    };
    const objects = kubernetesObjects(broken).filter((o) => o.object.kind === 'Deployment');
    expect(objects.flatMap((o) => podProblems(podTemplate(o.object)))).toContain('portal: readOnlyRootFilesystem');
  });

  it('hold for random maps with hostile names, and every file validates', () => {
    const validator = schemaValidator();
    fc.assert(
      fc.property(randomMap, fc.boolean(), (map, ingress) => {
        // The generator must produce maps the real loader accepts.
        const loaded = parseMap(stringify(map));
        expect(loaded.ok ? [] : loaded.errors).toEqual([]);
        const { files } = exportKubernetes(map, { ingress });
        expect(violations(map, { ingress })).toEqual([]);
        for (const { file, object } of kubernetesObjects(files)) expect(validator.kubernetes(object), file).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and ignores node positions', () => {
    fc.assert(
      fc.property(randomMap, fc.double({ min: 0, max: 1, noNaN: true }), (map, shift) => {
        const moved: WardleyMap = structuredClone(map);
        for (const node of Object.values(moved.nodes)) if (node) node.evolution = shift;
        expect(exportKubernetes(moved).files).toEqual(exportKubernetes(map).files);
        expect(exportKubernetes(map).files).toEqual(exportKubernetes(structuredClone(map)).files);
      }),
      { numRuns: 100 },
    );
  });
});
