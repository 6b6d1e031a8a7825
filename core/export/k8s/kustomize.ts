// The Kustomize layout: a base with every namespace-independent object, and one overlay per
// target that sets the namespace, tags, replica counts, routes and scaling. Only current
// fields (`resources`, `images`, `replicas`, `labels`): no deprecated `bases` or `commonLabels`.
import type { DeploymentModel, Target } from './model.ts';
import type { Manifest } from './workloads.ts';
import { imageName } from './workloads.ts';

const KUSTOMIZATION = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' } as const;

export function baseKustomization(files: readonly string[]): Manifest {
  return { ...KUSTOMIZATION, resources: [...files].sort() };
}

/** `overlays/prod` → `../../base`; `overlays/prod/eu` → `../../../base`. */
function pathToBase(dir: string): string {
  return `${'../'.repeat(dir.split('/').length)}base`;
}

export function overlayKustomization(model: DeploymentModel, target: Target, files: readonly string[]): Manifest {
  const k: Manifest = {
    ...KUSTOMIZATION,
    namespace: target.namespace,
    resources: [pathToBase(target.dir), ...[...files].sort()],
  };
  if (target.tag !== undefined) {
    const tag = target.tag;
    const images = [...new Set(model.builds.map((c) => imageName(c, model)))].sort();
    if (images.length > 0) k['images'] = images.map((name) => ({ name, newTag: tag }));
  }
  if (target.replicas !== undefined && model.builds.length > 0) {
    const count = target.replicas;
    k['replicas'] = model.builds.map((c) => ({ name: c.id, count: c.parked === true ? 0 : count }));
  }
  return k;
}

/** The namespace enforces the restricted Pod Security Standard the pods are written for. */
export function namespaceFor(model: DeploymentModel, target: Target): Manifest {
  const labels: Record<string, string> = {
    'app.kubernetes.io/managed-by': 'mapwright',
    'app.kubernetes.io/part-of': model.partOf,
    'mapwright.dev/environment': target.env,
    'pod-security.kubernetes.io/enforce': 'restricted',
  };
  if (target.site !== undefined) labels['mapwright.dev/site'] = target.site;
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: target.namespace, labels } };
}
