// Where `plan --routes-dir` puts its route objects: the namespace, host and facade of the bundle
// made from the same map and options, so the files are that bundle's routes (namespace aside,
// which the overlay's kustomization sets).
import type { WardleyMap } from '../../model/types.ts';
import type { PlanRouteContext } from '../../plan/index.ts';
import { deploymentModel } from './model.ts';

/** The bundle's route context for one environment (default: prod, else the map's first), or why none. */
export function planRouteContext(
  map: WardleyMap,
  env: string | undefined,
  ingress: boolean,
): PlanRouteContext | string {
  const { model, warnings } = deploymentModel(map, { ...(env === undefined ? {} : { env }), ingress });
  const error = warnings.find((w) => w.severity === 'error');
  if (error !== undefined) return error.message;
  const target = model.targets.find((t) => t.env === 'prod' && env === undefined) ?? model.targets[0];
  if (target === undefined) return 'the map has no environment to route in';
  return { partOf: model.partOf, namespace: target.namespace, host: target.host, facade: model.facade };
}
