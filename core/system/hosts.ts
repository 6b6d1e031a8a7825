// Which workload serves a map node after phase k: the monolith while the node is still inside
// it, both during the phase that moves it (canary, mirror or branch by abstraction), then itself.
import { nodeIndex, type MapNode, type WardleyMap } from '../model/types.ts';
import { facadeController, isPlatform, monolithsOf } from './topology.ts';
import type { Extraction, Schedule } from './types.ts';

export interface Hosting {
  nodes: ReadonlyMap<string, MapNode>;
  monoliths: readonly string[];
  extraction: ReadonlyMap<string, Extraction>;
  schedule: Schedule;
  phase: number;
  controller: string | undefined;
}

/**
 * `map` hosted after `phase`. A caller that has them passes the map's path table (its monoliths
 * and facade controller) and node index: a plan reads each once for all of its phases.
 */
export function hostingAt(
  map: WardleyMap,
  schedule: Schedule,
  phase: number,
  table?: { monoliths: readonly string[]; controller: string | undefined },
  nodes: ReadonlyMap<string, MapNode> = nodeIndex(map),
): Hosting {
  return {
    nodes,
    monoliths: table?.monoliths ?? monolithsOf(map),
    extraction: new Map(schedule.extractions.map((e) => [e.node, e])),
    schedule,
    phase,
    controller: table === undefined ? facadeController(map) : table.controller,
  };
}

/** A monolith runs until its retirement phase (the last one) unless something stays inside it. */
export function monolithAlive(h: Hosting, id: string): boolean {
  return h.phase < h.schedule.last || h.schedule.kept.includes(id) || h.schedule.extractions.length === 0;
}

/**
 * Whether a node runs as a workload of its own in this phase. A caller holding the node passes it
 * (`node` is `h.nodes.get(id)`): a phase's walk over every node looked each up several times.
 */
export function ownWorkload(h: Hosting, id: string, node: MapNode | undefined = h.nodes.get(id)): boolean {
  if (node === undefined || node.kind !== 'component' || isPlatform(node)) return false;
  if (h.monoliths.includes(id)) return monolithAlive(h, id);
  if (node.sourcing === undefined) return false;
  const inside = node.inside !== undefined && h.monoliths.includes(node.inside);
  if (!inside) return true;
  const e = h.extraction.get(id);
  return e !== undefined && e.phase <= h.phase;
}

/** Workloads that serve a node in this phase (empty when nothing does); `node` as for ownWorkload. */
export function hostsOf(h: Hosting, id: string, node: MapNode | undefined = h.nodes.get(id)): string[] {
  if (node === undefined || isPlatform(node)) return [];
  if (h.monoliths.includes(id)) return monolithAlive(h, id) ? [id] : [];
  const monolith = node.inside !== undefined && h.monoliths.includes(node.inside) ? node.inside : undefined;
  if (monolith === undefined) return ownWorkload(h, id, node) ? [id] : [];
  const old = monolithAlive(h, monolith) ? [monolith] : [];
  const e = h.extraction.get(id);
  if (e === undefined || e.phase > h.phase) return old;
  return e.phase === h.phase ? [...old, id] : [id];
}
