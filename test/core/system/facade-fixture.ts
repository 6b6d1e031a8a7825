// A bought ingress controller named as the map's facade, for the small maps of the system tests:
// an ingress-nginx release (canary and mirror annotations, `tcp:` values) unless another chart is named.
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

export const INGRESS_NGINX_CHART = {
  name: 'ingress-nginx',
  repository: 'https://kubernetes.github.io/ingress-nginx',
  version: '4.11.3',
};

/** The controller node `edge`: port 443, the chart given (ingress-nginx by default). */
export function facadeNode(
  chart: { name: string; repository: string; version: string } = INGRESS_NGINX_CHART,
): MapNode {
  return {
    kind: 'component',
    name: 'Edge',
    evolution: 0.8,
    visibility: 0.8,
    sourcing: 'buy',
    deploy: { port: 443, chart },
  };
}

/** The map with the node `edge` added and named as its facade. */
export function behindController(map: WardleyMap, edge: MapNode = facadeNode()): WardleyMap {
  return { ...map, nodes: { ...map.nodes, edge }, deployment: { ...map.deployment, facade: 'edge' } };
}
