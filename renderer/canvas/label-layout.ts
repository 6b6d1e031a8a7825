// The canvas's label placement: core/render/labels.ts over the current map, computed once per
// map version (and per presentation mode, whose labels are larger) and shared by every node
// view. A label that did not move keeps its object, so memoized node views skip it; positions
// come from the map as saved, never the drag in progress, so labels stay put while dragging.
// Each version's labels are kept while its node table lives, so the store's listener can compare
// the labels before and after an edit and wake only the views whose label changed.
import { placeLabels, type LabelPosition, type PlacedLabel } from '../../core/render/labels.ts';
import { LABEL_FONT, PRESENTATION_FONT } from '../../core/render/label-text.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import type { MapStore } from '../store/store.ts';
import { SCALES } from './geometry.ts';

type Nodes = WardleyMap['nodes'];
type Labels = Map<string, PlacedLabel>;

/** Per presentation mode: the labels of each node table, and the table placed last. */
const modes = {
  plain: { byNodes: new WeakMap<Nodes, Labels>(), last: null as { nodes: Nodes; labels: Labels } | null },
  presentation: { byNodes: new WeakMap<Nodes, Labels>(), last: null as { nodes: Nodes; labels: Labels } | null },
};

export function labelLayout(nodes: Nodes, presentation: boolean): Labels {
  const mode = presentation ? modes.presentation : modes.plain;
  const known = mode.byNodes.get(nodes);
  if (known) return known;
  const before = mode.last?.labels ?? new Map<string, PlacedLabel>();
  const previous = new Map<string, LabelPosition>([...before].map(([id, l]) => [id, l.position]));
  const placed = placeLabels({ version: 1, title: '', nodes }, SCALES, {
    font: presentation ? PRESENTATION_FONT : LABEL_FONT,
    previous,
    ...(mode.last ? { before: mode.last } : {}),
  });
  const labels = new Map([...placed].map(([id, l]) => [id, sameLabel(before.get(id), l) ?? l] as const));
  mode.byNodes.set(nodes, labels);
  mode.last = { nodes, labels };
  return labels;
}

/** The label of node `id` in the store's current map. */
export function labelOf(s: MapStore, id: string): PlacedLabel | undefined {
  const nodes = s.doc.current?.map.nodes;
  return nodes ? labelLayout(nodes, s.ui.presentation).get(id) : undefined;
}

/** Ids whose label differs (by object) between two node tables' layouts, placing `next` if needed. */
export function labelsChanged(prev: Nodes, next: Nodes, presentation: boolean): string[] {
  const mode = presentation ? modes.presentation : modes.plain;
  const before = mode.byNodes.get(prev);
  const after = labelLayout(next, presentation);
  if (!before) return [...after.keys()];
  const ids = [...after].filter(([id, label]) => before.get(id) !== label).map(([id]) => id);
  for (const id of before.keys()) if (!after.has(id)) ids.push(id);
  return ids;
}

function sameLabel(a: PlacedLabel | undefined, b: PlacedLabel): PlacedLabel | undefined {
  if (!a || a === b) return a;
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
