// The plan view's node names, placed by the same placer as the map (core/render/labels.ts) but at
// the places nodes are drawn at this timeline step, clear of the regions' names: an extracted
// component pushed out of its monolith takes its label with it, and no name covers another.
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { placeLabels, type Box, type PlacedLabel } from '../../core/render/labels.ts';
import type { MapScales } from '../../core/render/frame.ts';
import { regionLabelBox } from './outside.ts';
import type { TimelineLayout } from './timeline.ts';

/** The name a plan node shows: a monolith left empty by the last phase says it is retired. */
export function planName(node: MapNode, retired: boolean): string {
  return retired ? `${node.name} (retired)` : node.name;
}

export function planLabels(map: WardleyMap, layout: TimelineLayout, scales: MapScales): Map<string, PlacedLabel> {
  const nodes: WardleyMap['nodes'] = {};
  for (const [id, node] of Object.entries(map.nodes)) {
    if (!node) continue;
    const at = layout.at.get(id);
    nodes[id] = {
      ...node,
      name: planName(node, layout.retired.includes(id)),
      ...(at ? { evolution: scales.evolutionAt(at.x), visibility: scales.visibilityAt(at.y) } : {}),
    };
  }
  const avoid: Box[] = layout.regions
    .filter((r) => r.labelled)
    .map((r) => {
      const b = regionLabelBox(r.name, r.labelAt);
      return { x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top };
    });
  return placeLabels({ ...map, nodes }, scales, { avoid });
}
