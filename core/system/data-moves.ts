// How a data owner's writes stay on its monolith while the monolith is the system of record, and
// how they move. One rule, read by the routing table, the network flows and the plan's words, so
// the three cannot disagree (Newman, Monolith to Microservices ch. 4: writes move only with
// reverse sync in place or routed whole to one side; never split between two stores).
import type { MapNode, WardleyMap } from '../model/types.ts';
import { facadeSplits, forEachNode } from './topology.ts';
import type { Facade, Schedule } from './types.ts';

/**
 * by-method: a Gateway splits or mirrors only GET/HEAD and sends every write to the monolith.
 * write-through: a facade that cannot match methods canaries every request; our new service
 *   forwards the writes it receives to the monolith's API.
 * mirror-drop: ingress-nginx mirrors every request (it cannot mirror by method); the monolith
 *   serves all of them, and the new service answers mirrored writes (marked by MIRROR_HOST_PREFIX
 *   in their Host, sent without a body) without applying or forwarding them.
 * cutover: a bought or outsourced product can neither write through nor drop mirrored writes,
 *   and the facade cannot keep writes from it (nor can a facade that never splits: plain
 *   Ingresses): nothing is split. The product runs beside the
 *   monolith filled by its import (change data capture from the monolith), then takes every
 *   request of its paths in one step at the start of the next phase, inside a freeze window.
 */
export type DataMove = 'by-method' | 'write-through' | 'mirror-drop' | 'cutover';

/**
 * The Host ingress-nginx gives mirrored requests (`mirror-host`, before the routed host): the
 * service that sees it knows the request is a copy and must not store or forward a write.
 */
export const MIRROR_HOST_PREFIX = 'mirror.';

/**
 * The environment variable that tells a mirrored Deployment which Host marks a copy
 * (`MIRROR_HOST=mirror.<host>`): the bundle sets it per overlay, the plan and README name it.
 */
export const MIRROR_HOST_ENV = 'MIRROR_HOST';

export function mirrorHost(host: string): string {
  return `${MIRROR_HOST_PREFIX}${host}`;
}

export function dataMoveOf(node: MapNode, facade: Facade, mirror: boolean): DataMove {
  if (node.sourcing === 'outsource' || !facadeSplits(facade)) return 'cutover';
  if (facade.kind === 'gateway') return 'by-method';
  if (node.sourcing === 'buy') return 'cutover';
  return mirror ? 'mirror-drop' : 'write-through';
}

/**
 * The moves the plan's data owners make, each once, in DataMove order (empty when no data owner
 * leaves a monolith): what the bundle README has to explain, and nothing more.
 */
export function dataMovesOf(map: WardleyMap, schedule: Schedule, facade: Facade): DataMove[] {
  const found = new Set<DataMove>();
  const extraction = new Map(schedule.extractions.map((e) => [e.node, e]));
  forEachNode(map, (node, id) => {
    const e = extraction.get(id);
    if (node.plan?.data === true && e !== undefined) found.add(dataMoveOf(node, facade, e.mirror));
  });
  const order: DataMove[] = ['by-method', 'write-through', 'mirror-drop', 'cutover'];
  return order.filter((m) => found.has(m));
}
