// The canvas's label placement: core/render/labels.ts over the current map, computed once per
// map version (and per presentation mode, whose labels are larger) and shared by every node
// view. A label that did not move keeps its object, so memoized node views skip it; positions
// come from the map as saved, never the drag in progress, so labels stay put while dragging.
// Each version's labels are kept while its node table lives, so the store's listener can compare
// the labels before and after an edit and wake only the views whose label changed.
//
// On a map small enough for labels to search their places (a few tens of ms at 200 nodes), an
// edit of a few nodes does not search on the main thread: the edited nodes' labels keep their
// places around the nodes' new positions (provisional), the search runs in the map worker, and
// its answer replaces them, waking the views whose label it moved (`onLabelsSettled`).
import {
  labelInPlace,
  placeLabels,
  searchesPlaces,
  type LabelPosition,
  type PlacedLabel,
} from '../../core/render/labels.ts';
import { LABEL_FONT, PRESENTATION_FONT } from '../../core/render/label-text.ts';
import { REGION_FONT, REGION_PRESENTATION_FONT } from '../../core/render/regions.ts';
import { LayeredMap } from '../../core/model/layered-map.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { nodeTableChange } from '../store/node-table-change.ts';
import type { MapStore } from '../store/store.ts';
import { labelsOffThread } from '../worker/map-worker-client.ts';
import { SCALES } from './geometry.ts';

type Nodes = WardleyMap['nodes'];
type Labels = ReadonlyMap<string, PlacedLabel>;

interface Mode {
  byNodes: WeakMap<Nodes, Labels>;
  /** Tables placed from the one before by re-placing only their edited nodes (large maps). */
  edits: WeakMap<Nodes, { from: Nodes; ids: readonly string[] }>;
  /** Node tables whose labels are provisional, with the search for them asked or not. */
  provisional: WeakMap<Nodes, { asked: boolean }>;
  last: { nodes: Nodes; labels: Labels } | null;
}

function newMode(): Mode {
  return { byNodes: new WeakMap(), edits: new WeakMap(), provisional: new WeakMap(), last: null };
}

/** Per presentation mode: the labels of each node table, and the table placed last. */
const modes = { plain: newMode(), presentation: newMode() };

/** At most this many edited nodes get provisional labels; more (a paste, a reload) search at once. */
const PROVISIONAL_LIMIT = 8;

type SettledListener = (nodes: Nodes, presentation: boolean, ids: string[]) => void;
const settledListeners = new Set<SettledListener>();

/** Called when searched labels replace provisional ones: the node table and the ids whose label moved. */
export function onLabelsSettled(listener: SettledListener): () => void {
  settledListeners.add(listener);
  return () => settledListeners.delete(listener);
}

export function labelLayout(nodes: Nodes, presentation: boolean): Labels {
  const mode = presentation ? modes.presentation : modes.plain;
  const known = mode.byNodes.get(nodes);
  if (known) {
    const provisional = mode.provisional.get(nodes);
    if (provisional && !provisional.asked) askSearch(mode, nodes, presentation);
    return known;
  }
  const before = mode.last?.labels ?? new Map<string, PlacedLabel>();
  const usual = mode.last ? usualAfterEdit(mode, mode.last, nodes, presentation) : null;
  if (usual) return usual;
  const edited = mode.last ? fewEdited(mode.last.nodes, nodes) : null;
  const labels = edited
    ? provisionalLabels(nodes, edited, before, presentation)
    : placedNow(nodes, before, mode, presentation);
  mode.byNodes.set(nodes, labels);
  // Provisional labels differ from the last ones only at the edited nodes (labelsChanged).
  if (edited && mode.last) mode.edits.set(nodes, { from: mode.last.nodes, ids: edited });
  mode.last = { nodes, labels };
  if (edited) {
    mode.provisional.set(nodes, { asked: false });
    askSearch(mode, nodes, presentation);
  }
  return labels;
}

function fontOf(presentation: boolean) {
  return presentation ? PRESENTATION_FONT : LABEL_FONT;
}

/** The font the canvas draws monolith regions' names in (labels keep clear of them). */
function regionFontOf(presentation: boolean) {
  return presentation ? REGION_PRESENTATION_FONT : REGION_FONT;
}

function positionsOf(labels: Labels): Map<string, LabelPosition> {
  return new Map([...labels].map(([id, l]) => [id, l.position]));
}

function placedNow(nodes: Nodes, before: Labels, mode: Mode, presentation: boolean): Labels {
  // A map too large to search places each label by its node alone: earlier places are not read,
  // and listing them cost a large map's every edit a walk over its thousands of labels.
  const searches = searchesPlaces(Object.keys(nodes).length);
  const placed = placeLabels({ version: 1, title: '', nodes }, SCALES, {
    font: fontOf(presentation),
    regionFont: regionFontOf(presentation),
    ...(searches ? { previous: positionsOf(before) } : {}),
    ...(mode.last ? { before: mode.last } : {}),
  });
  return new Map([...placed].map(([id, l]) => [id, sameLabel(before.get(id), l) ?? l] as const));
}

/**
 * Above the search limit every label has its usual place, so an edit that keeps the ids and their
 * order re-places only the edited nodes' labels (what placeLabels would give), copying the rest:
 * typing in a 2,000-node map must not walk and rebuild every label per edit.
 */
function usualAfterEdit(mode: Mode, last: { nodes: Nodes; labels: Labels }, nodes: Nodes, presentation: boolean) {
  // The store's listeners compare the same two tables: one walk serves them all.
  const { changed: edited, sameIds, size } = nodeTableChange(last.nodes, nodes);
  if (!sameIds || searchesPlaces(size) || size !== last.labels.size) return null;
  // The edited labels layered over the last ones (layered-map.ts), not a copy of every label.
  const placed = new Map<string, PlacedLabel>();
  for (const id of edited) {
    const node = nodes[id];
    if (!node) return null;
    const was = last.labels.get(id);
    const label = labelInPlace(id, node, SCALES, fontOf(presentation));
    placed.set(id, sameLabel(was, label) ?? label);
  }
  const labels = LayeredMap.changed(last.labels, placed);
  mode.byNodes.set(nodes, labels);
  mode.edits.set(nodes, { from: last.nodes, ids: edited });
  mode.last = { nodes, labels };
  return labels;
}

/**
 * The ids edited between two node tables of a map whose labels search, when there are few of them
 * (and the table kept its other ids); null when `next` should be searched at once.
 */
function fewEdited(prev: Nodes, next: Nodes): readonly string[] | null {
  const { changed, sameIds, size } = nodeTableChange(prev, next);
  if (!searchesPlaces(size) || !sameIds || changed.length > PROVISIONAL_LIMIT) return null;
  return changed;
}

/** Unedited nodes keep their label; an edited node's label keeps its place around the node. */
function provisionalLabels(nodes: Nodes, edited: readonly string[], before: Labels, presentation: boolean): Labels {
  const labels = new Map(before);
  for (const id of edited) {
    const node = nodes[id];
    const was = before.get(id);
    if (!node) continue;
    const label = labelInPlace(id, node, SCALES, fontOf(presentation), was);
    labels.set(id, sameLabel(was, label) ?? label);
  }
  return labels;
}

function askSearch(mode: Mode, nodes: Nodes, presentation: boolean): void {
  const provisional = mode.provisional.get(nodes);
  if (!provisional) return;
  provisional.asked = true;
  const shown = mode.byNodes.get(nodes) ?? new Map<string, PlacedLabel>();
  labelsOffThread({ nodes, presentation, previous: positionsOf(shown) }).then(
    (placed) => settle(mode, nodes, presentation, placed),
    // No worker answer: the provisional labels stay, and the next look asks again.
    () => {
      provisional.asked = false;
    },
  );
}

function settle(mode: Mode, nodes: Nodes, presentation: boolean, placed: Labels): void {
  const shown = mode.byNodes.get(nodes) ?? new Map<string, PlacedLabel>();
  const labels = new Map([...placed].map(([id, l]) => [id, sameLabel(shown.get(id), l) ?? l] as const));
  mode.byNodes.set(nodes, labels);
  mode.provisional.delete(nodes);
  if (mode.last?.nodes === nodes) mode.last = { nodes, labels };
  const moved = [...labels].filter(([id, label]) => shown.get(id) !== label).map(([id]) => id);
  if (moved.length > 0) for (const listener of settledListeners) listener(nodes, presentation, moved);
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
  const edit = mode.edits.get(next);
  if (edit?.from === prev) return edit.ids.filter((id) => before.get(id) !== after.get(id));
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
