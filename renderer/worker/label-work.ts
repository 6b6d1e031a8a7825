// The canvas's label search as worker work: placeLabels over a node table with the canvas's
// scales and font, keeping each label's last place when it costs no more (`previous`), and clear
// of the sensitive-data badges. Plain data in and out (a Map survives a structured clone), so a
// 200-node map's search (tens of ms) runs beside the page instead of inside a drop.
import type { WardleyMap } from '../../core/model/types.ts';
import { dataBadgeBoxes } from '../../core/render/data-badges.ts';
import { LABEL_FONT, PRESENTATION_FONT } from '../../core/render/label-text.ts';
import { placeLabels, type LabelPosition, type PlacedLabel } from '../../core/render/labels.ts';
import { REGION_FONT, REGION_PRESENTATION_FONT } from '../../core/render/regions.ts';
import { SCALES } from '../canvas/geometry.ts';

export interface LabelWorkRequest {
  kind: 'labels';
  nodes: WardleyMap['nodes'];
  presentation: boolean;
  previous: ReadonlyMap<string, LabelPosition>;
}

export function doLabelWork(request: LabelWorkRequest): Map<string, PlacedLabel> {
  const map: WardleyMap = { version: 1, title: '', nodes: request.nodes };
  return placeLabels(map, SCALES, {
    font: request.presentation ? PRESENTATION_FONT : LABEL_FONT,
    regionFont: request.presentation ? REGION_PRESENTATION_FONT : REGION_FONT,
    previous: request.previous,
    // As the canvas's own search (label-layout.ts): names keep clear of the sensitive-data badges.
    avoid: dataBadgeBoxes(map, SCALES),
  });
}
