// Roles of a map's nodes that every phase shares: monoliths (what others are `inside`), the
// platform rows, the facade, and which components users reach through their needs.
import { visitNodes } from '../model/node-table.ts';
import { nodeLookup, type MapNode, type WardleyMap } from '../model/types.ts';
import type { EdgeOptions, Facade } from './types.ts';

export const DEFAULT_PORT = 8080;
export const DEFAULT_GATEWAY = { name: 'platform-gateway', namespace: 'gateway-system' } as const;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Visits the nodes of `map` in the record's order through node-table's lists of the record's ids
 * and nodes (made once per record): no [id, node] pair per node, no listing of the record's keys and
 * no look-up per walk (at 10,000 nodes a listing costs twenty times one of 2,000; a plan walks the
 * nodes ten times).
 */
export function forEachNode(map: WardleyMap, visit: (node: MapNode, id: string) => void): void {
  visitNodes(map, visit);
}

/** Monolith ids, the one holding most components first (it takes the catch-all), then by id. */
export function monolithsOf(map: WardleyMap): string[] {
  // Ids looked up through the map's record (or an edit's table), not an index of every node.
  const lookup = nodeLookup(map);
  const counts = new Map<string, number>();
  forEachNode(map, (node) => {
    if (node.inside !== undefined && lookup(node.inside)) counts.set(node.inside, (counts.get(node.inside) ?? 0) + 1);
  });
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compare(a, b));
}

/** Platform rows: what the workloads run on. They are not deployed and nobody calls them by URL. */
export function isPlatform(node: MapNode | undefined): boolean {
  return node?.platform === true;
}

/** Whether a node can hold paths (or a stream port) at the facade at all. */
export function routableAtFacade(
  node: MapNode,
  id: string,
  controller: string | undefined,
  monoliths: ReadonlySet<string>,
): boolean {
  if (node.kind !== 'component' || isPlatform(node) || id === controller || monoliths.has(id)) return false;
  // A managed service outside any monolith is reached at its provider, never through our facade.
  return !(node.sourcing === 'outsource' && node.inside === undefined);
}

/** The bought ingress controller the map names as its facade, if it is one. */
export function facadeController(map: WardleyMap): string | undefined {
  const id = map.deployment?.facade;
  if (id === undefined) return undefined;
  // One id: read through the map's record (or an edit's table), not an index of every node.
  const node = nodeLookup(map)(id);
  return node?.kind === 'component' && node.sourcing === 'buy' && !isPlatform(node) ? id : undefined;
}

export function facadeOfMap(map: WardleyMap, edge: EdgeOptions = {}): Facade {
  const controller = facadeController(map);
  if (controller !== undefined) {
    const deploy = nodeLookup(map)(controller)?.deploy;
    const facade: Facade = { kind: 'controller', id: controller, port: deploy?.port ?? DEFAULT_PORT };
    if (deploy?.chart?.name === 'ingress-nginx') facade.annotations = 'ingress-nginx';
    return facade;
  }
  const g = map.deployment?.gateway;
  return {
    kind: 'gateway',
    name: g?.name ?? DEFAULT_GATEWAY.name,
    namespace: g?.namespace ?? DEFAULT_GATEWAY.namespace,
    ...(edge.ingress === true ? { plain: true as const } : {}),
  };
}

/**
 * Whether the facade can split, mirror and redirect a path: a Gateway, or ingress-nginx by its
 * annotations. Plain Ingresses (`--ingress`, or another controller named as facade) send each path
 * whole to one backend, so a moving component's paths stay on the monolith in its phase and go
 * whole to it in the next.
 */
export function facadeSplits(facade: Facade): boolean {
  return facade.kind === 'gateway' ? facade.plain !== true : facade.annotations === 'ingress-nginx';
}

/**
 * Components a user reaches through needs: follow `uses` from every user node, passing through
 * users and needs only. A component further down the value chain is internal (least exposure).
 */
export function userReached(map: WardleyMap): ReadonlySet<string> {
  const lookup = nodeLookup(map);
  const out = new Set<string>();
  const seen = new Set<string>();
  const queue: string[] = [];
  forEachNode(map, (node, id) => {
    if (node.kind === 'user') queue.push(id);
  });
  // A read index instead of `shift()`, which moves the whole array: the walk stays linear.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of lookup(id)?.uses ?? []) {
      const node = lookup(next);
      if (!node) continue;
      if (node.kind === 'component') out.add(next);
      else queue.push(next);
    }
  }
  return out;
}
