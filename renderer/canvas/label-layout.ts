// The canvas's label placement: core/render/labels.ts over the current map, computed once per
// map version (and per presentation mode, whose labels are larger) and shared by every node
// view. A label that did not move keeps its object, so memoized node views skip it; positions
// come from the map as saved, never the drag in progress, so labels stay put while dragging.
import { placeLabels, type LabelPosition, type PlacedLabel } from '../../core/render/labels.ts';
import { LABEL_FONT, PRESENTATION_FONT } from '../../core/render/label-text.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import type { MapStore } from '../store/store.ts';
import { SCALES } from './geometry.ts';

interface Layout {
  nodes: WardleyMap['nodes'];
  presentation: boolean;
  labels: Map<string, PlacedLabel>;
}

let last: Layout | null = null;

export function labelLayout(nodes: WardleyMap['nodes'], presentation: boolean): Map<string, PlacedLabel> {
  if (last && last.nodes === nodes && last.presentation === presentation) return last.labels;
  const before = last?.presentation === presentation ? last.labels : new Map<string, PlacedLabel>();
  const previous = new Map<string, LabelPosition>([...before].map(([id, l]) => [id, l.position]));
  const placed = placeLabels({ version: 1, title: '', nodes }, SCALES, {
    font: presentation ? PRESENTATION_FONT : LABEL_FONT,
    previous,
  });
  const labels = new Map([...placed].map(([id, l]) => [id, sameLabel(before.get(id), l) ?? l] as const));
  last = { nodes, presentation, labels };
  return labels;
}

/** The label of node `id` in the store's current map. */
export function labelOf(s: MapStore, id: string): PlacedLabel | undefined {
  const nodes = s.doc.current?.map.nodes;
  return nodes ? labelLayout(nodes, s.ui.presentation).get(id) : undefined;
}

function sameLabel(a: PlacedLabel | undefined, b: PlacedLabel): PlacedLabel | undefined {
  if (!a) return undefined;
  const same =
    a.position === b.position &&
    a.x === b.x &&
    a.y === b.y &&
    a.anchor === b.anchor &&
    a.lineHeight === b.lineHeight &&
    a.box.x === b.box.x &&
    a.box.y === b.box.y &&
    a.lines.join('\n') === b.lines.join('\n');
  return same ? a : undefined;
}
