// Maps for the benchmarks. `generatedMap` is a plain grid of n0…n(size-1) that the drag benchmark
// can find on screen by id; `realisticMap` (test/support/maps.ts) has sourcing, deployment hints
// and a monolith, so export and plan have real work to do.
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { generateMap } from '../support/maps.ts';

export function generatedMap(size: number): WardleyMap {
  const nodes: Record<string, MapNode> = {};
  for (let i = 0; i < size; i++) {
    const node: MapNode = {
      kind: i < 20 ? 'user' : i < 200 ? 'need' : 'component',
      name: `Node ${i}`,
      evolution: ((i * 37) % 997) / 997,
      visibility: 1 - i / size,
    };
    // Each node uses one or two later nodes: about 3,000 links.
    if (i + 7 < size) node.uses = i % 2 === 0 ? [`n${i + 7}`] : [`n${i + 7}`, `n${Math.min(size - 1, i + 31)}`];
    nodes[`n${i}`] = node;
  }
  return { version: 1, title: `Generated ${size}`, nodes };
}

export function realisticMap(size: number): WardleyMap {
  return generateMap(size);
}

/** A later version of `map`: every 20th node moved right, every 100th removed, 20 added. */
export function laterVersion(map: WardleyMap): WardleyMap {
  const ids = Object.keys(map.nodes);
  const removed = new Set(ids.filter((_, i) => i % 100 === 99));
  const nodes: Record<string, MapNode> = {};
  ids.forEach((id, i) => {
    const node = map.nodes[id];
    if (!node || removed.has(id)) return;
    const uses = node.uses?.filter((u) => !removed.has(u));
    const next: MapNode = { ...node, evolution: i % 20 === 0 ? Math.min(1, node.evolution + 0.1) : node.evolution };
    if (uses && uses.length > 0) next.uses = uses;
    else delete next.uses;
    if (next.inside !== undefined && removed.has(next.inside)) delete next.inside;
    nodes[id] = next;
  });
  for (let k = 0; k < 20; k++) {
    nodes[`added-${k}`] = { kind: 'component', name: `Added ${k}`, evolution: 0.5, visibility: 0.1 };
  }
  return { ...map, nodes };
}
