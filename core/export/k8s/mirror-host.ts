// ingress-nginx mirrors every method of a data owner's paths, marking the copies with Host
// `mirror.<host>` (the `mirror-host` annotation). The mirrored Deployment must know that Host to
// drop mirrored writes, and the host differs per environment: each overlay sets MIRROR_HOST on
// the Deployment's container, in the phases that mirror to it only. A strategic-merge patch names
// the container (the component's id) and merges the variable into its env by name, so neither a
// second container nor an env of its own is overwritten.
import { mirrorHost, MIRROR_HOST_ENV } from '../../system/data-moves.ts';
import type { DeploymentModel, Target } from './model.ts';
import type { Manifest } from './workloads.ts';

/** Our Deployments that get copies whose writes they must drop, in this phase. */
export function mirroredDeployments(model: DeploymentModel): string[] {
  const ids = new Set<string>();
  for (const r of model.routes) if (r.mirror?.writes === 'dropped') ids.add(r.mirror.service);
  return model.builds.filter((c) => ids.has(c.id)).map((c) => c.id);
}

/** The overlay's kustomization with a MIRROR_HOST patch per mirrored Deployment (none: unchanged). */
export function withMirrorHost(kustomization: Manifest, model: DeploymentModel, target: Target): Manifest {
  const names = mirroredDeployments(model);
  if (names.length === 0) return kustomization;
  const env = [{ name: MIRROR_HOST_ENV, value: mirrorHost(target.host) }];
  const patches = names.map((name) => ({
    target: { group: 'apps', version: 'v1', kind: 'Deployment', name },
    patch: JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name },
      spec: { template: { spec: { containers: [{ name, env }] } } },
    }),
  }));
  const before = (kustomization['patches'] as Manifest[] | undefined) ?? [];
  return { ...kustomization, patches: [...before, ...patches] };
}
