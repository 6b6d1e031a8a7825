// A data owner mirrored by ingress-nginx gets every method copied with Host `mirror.<host>`; its
// Deployment is told that Host (MIRROR_HOST, per overlay: the host differs per environment) so it
// can drop mirrored writes. The Ingress annotation, the Deployment's env, the plan and the README
// name the same thing, only in the phase that mirrors.
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { extractionPhases, planMarkdown } from '../../../../core/plan/index.ts';
import { schemaValidator } from '../../../support/k8s-schemas.ts';
import { loadMap } from '../../plan/load-map.ts';
import { component, smallMap } from '../../plan/small-map.ts';
import { kustomizeBuild, overlayDirs, type K8sObject } from './bundle-objects.ts';

const validator = schemaValidator();
const hie = loadMap('maps/hie-monolith.yaml');

function phaseOf(map: WardleyMap, node: string): number {
  return extractionPhases(map).phases.find((p) => p.steps.some((s) => s.node === node))?.index ?? -1;
}

type Container = { name: string; env?: { name: string; value: string }[] };

/** The component's own container (named after it), wherever it stands in the list. */
function containerOf(objects: K8sObject[], name: string, container: string = name): Container | undefined {
  const d = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name);
  const spec = d?.spec as { template: { spec: { containers: Container[] } } } | undefined;
  return spec?.template.spec.containers.find((c) => c.name === container);
}

function mirrorHostAnnotations(objects: K8sObject[]): string[] {
  return objects
    .filter((o) => o.kind === 'Ingress')
    .flatMap((o) => {
      const a = (o.metadata as { annotations?: Record<string, string> }).annotations ?? {};
      const host = a['nginx.ingress.kubernetes.io/mirror-host'];
      return host === undefined ? [] : [host];
    });
}

describe('MIRROR_HOST on the Deployment ingress-nginx mirrors a data owner to', () => {
  const k = phaseOf(hie, 'consent');
  const { files } = exportKubernetes(hie, { phase: k });

  it('is set in every overlay to the mirror-host of that overlay’s Ingress, and validates', () => {
    expect(k).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const dir of overlayDirs(files)) {
      const objects = kustomizeBuild(files, dir);
      const hosts = new Set(mirrorHostAnnotations(objects));
      const env = containerOf(objects, 'consent')?.env ?? [];
      expect(env).toHaveLength(1);
      expect(env[0]?.name).toBe('MIRROR_HOST');
      expect(hosts).toEqual(new Set([env[0]?.value]));
      const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'consent')!;
      expect(validator.kubernetes(deployment)).toEqual([]);
      seen.add(env[0]!.value);
    }
    // One value per environment: test and prod have different hosts.
    expect(seen).toEqual(new Set(['mirror.test.exchange.hie.example', 'mirror.exchange.hie.example']));
  });

  it('only the mirrored Deployments get it, and only in the phase that mirrors', () => {
    for (const phase of [k - 1, k + 1]) {
      const other = exportKubernetes(hie, { phase }).files;
      for (const dir of overlayDirs(other))
        expect(containerOf(kustomizeBuild(other, dir), 'consent')?.env).toBeUndefined();
    }
    const objects = kustomizeBuild(files, overlayDirs(files)[0]!);
    const withEnv = objects
      .filter((o) => o.kind === 'Deployment')
      .filter((o) => containerOf(objects, o.metadata.name)?.env !== undefined)
      .map((o) => o.metadata.name)
      .sort();
    const mirrored = extractionPhases(hie)
      .phases.find((p) => p.index === k)!
      .routes.flatMap((r) => (r.mirror?.writes === 'dropped' ? [r.mirror.service] : []));
    expect(withEnv).toEqual([...new Set(mirrored)].sort());
  });

  it('finds its container by name: a sidecar put before it and an env of its own are kept', () => {
    // A platform team's edit of the base: a log shipper first, and a setting on consent's container.
    const base = files['base/consent.yaml']!;
    const edited = {
      ...files,
      'base/consent.yaml': base
        .replace(
          '      containers:\n',
          '      containers:\n        - name: log-shipper\n          image: registry.example/shipper:1.0.0\n',
        )
        .replace(
          '          envFrom:\n',
          '          env:\n            - name: LOG_LEVEL\n              value: info\n          envFrom:\n',
        ),
    };
    expect(edited['base/consent.yaml']).not.toBe(base);
    for (const dir of overlayDirs(edited)) {
      const objects = kustomizeBuild(edited, dir);
      expect(containerOf(objects, 'consent', 'log-shipper')?.env).toBeUndefined();
      expect(
        containerOf(objects, 'consent')
          ?.env?.map((e) => e.name)
          .sort(),
      ).toEqual(['LOG_LEVEL', 'MIRROR_HOST']);
    }
  });

  it('the plan and the bundle README name the same variable', () => {
    const step = extractionPhases(hie)
      .phases.find((p) => p.index === k)!
      .dataSteps.find((d) => d.node === 'consent')!;
    expect(step.description).toContain("MIRROR_HOST=mirror.<host> on consent's Deployment");
    // Markdown escapes `_`, `<` and `>`; it renders as the same text.
    expect(planMarkdown(extractionPhases(hie))).toContain('MIRROR\\_HOST=mirror.\\<host\\>');
    expect(files['README.md']).toContain('`MIRROR_HOST=mirror.<host>` on the mirrored Deployment');
  });

  it('a Gateway mirrors only reads: no MIRROR_HOST', () => {
    const map = smallMap(
      { owner: component({ plan: { data: true, mirror: true, paths: ['/o'] }, deploy: { port: 8080 } }) },
      { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } },
    );
    const at = exportKubernetes(map, { phase: phaseOf(map, 'owner') }).files;
    for (const dir of overlayDirs(at)) expect(containerOf(kustomizeBuild(at, dir), 'owner')?.env).toBeUndefined();
  });
});
