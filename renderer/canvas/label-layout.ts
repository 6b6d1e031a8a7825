// The canvas's label placement: core/render/labels.ts over the current map, computed once per
// map version (and per presentation mode, whose labels are larger) and shared by every node
// view. A label that did not move keeps its object, so memoized node views skip it; positions
// come from the map as saved, never the drag in progress, so labels stay put while dragging.
// Each version's labels are kept while its node table lives, so the store's listener can compare
// the labels before and after an edit and wake only the views whose label changed. Maps are read
// through their node table (core/model/node-table.ts: nodeTableKey, nodeOf), never their `nodes`
// record, which a large map's edit makes, a key per node, only when something reads it.
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
import { dataBadgeBoxes } from '../../core/render/data-badges.ts';
import { LABEL_FONT, PRESENTATION_FONT } from '../../core/render/label-text.ts';
import { REGION_FONT, REGION_PRESENTATION_FONT } from '../../core/render/regions.ts';
import { LayeredMap } from '../../core/model/layered-map.ts';
import { nodeCount, nodeOf, nodesPending, nodeTableKey } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { mapNodeChange } from '../store/node-table-change.ts';
import type { MapStore } from '../store/store.ts';
import { labelsOffThread } from '../worker/map-worker-client.ts';
import { SCALES } from './geometry.ts';

type Labels = ReadonlyMap<string, PlacedLabel>;
/** A map's node table, as nodeTableKey gives it: the same for every map holding the same nodes. */
type Table = object;
interface Placed {
  map: WardleyMap;
  key: Table;
  labels: Labels;
}

interface Mode {
  byNodes: WeakMap<Table, Labels>;
  /** Tables placed from the one before by re-placing only their edited nodes (large maps). */
  edits: WeakMap<Table, { from: Table; ids: readonly string[] }>;
  /** Node tables whose labels are provisional, with the search for them asked or not. */
  provisional: WeakMap<Table, { asked: boolean }>;
  last: Placed | null;
}

function newMode(): Mode {
  return { byNodes: new WeakMap(), edits: new WeakMap(), provisional: new WeakMap(), last: null };
}

/** Per presentation mode: the labels of each node table, and the table placed last. */
const modes = { plain: newMode(), presentation: newMode() };

/** At most this many edited nodes get provisional labels; more (a paste, a reload) search at once. */
const PROVISIONAL_LIMIT = 8;

type SettledListener = (table: Table, presentation: boolean, ids: string[]) => void;
const settledListeners = new Set<SettledListener>();

/** Called when searched labels replace provisional ones: the node table (nodeTableKey) and the ids whose label moved. */
export function onLabelsSettled(listener: SettledListener): () => void {
  settledListeners.add(listener);
  return () => settledListeners.delete(listener);
}

/** The labels of `map`'s nodes, placed once per node table. */
export function labelLayout(map: WardleyMap, presentation: boolean): Labels {
  const mode = presentation ? modes.presentation : modes.plain;
  const key = nodeTableKey(map);
  const known = mode.byNodes.get(key);
  if (known) {
    const provisional = mode.provisional.get(key);
    if (provisional && !provisional.asked) askSearch(mode, map, presentation);
    return known;
  }
  const before = mode.last?.labels ?? new Map<string, PlacedLabel>();
  const usual = mode.last ? usualAfterEdit(mode, mode.last, map, presentation) : null;
  if (usual) return usual;
  const edited = mode.last ? fewEdited(mode.last.map, map) : null;
  const labels = edited
    ? provisionalLabels(map, edited, before, presentation)
    : placedNow(map, before, mode, presentation);
  mode.byNodes.set(key, labels);
  // Provisional labels differ from the last ones only at the edited nodes (labelsChanged).
  if (edited && mode.last) mode.edits.set(key, { from: mode.last.key, ids: edited });
  mode.last = { map, key, labels };
  if (edited) {
    mode.provisional.set(key, { asked: false });
    askSearch(mode, map, presentation);
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

function placedNow(map: WardleyMap, before: Labels, mode: Mode, presentation: boolean): Labels {
  // A map too large to search places each label by its node alone: earlier places are not read,
  // and listing them cost a large map's every edit a walk over its thousands of labels.
  const searches = searchesPlaces(nodeCount(map));
  const last = mode.last;
  // The last labels are kept for unchanged nodes when that map's record is at hand (not made for it).
  const kept = last && !nodesPending(last.map) ? { before: { nodes: last.map.nodes, labels: last.labels } } : {};
  // placeLabels reads the map's nodes alone, through their table (nodeEntries). Only a search
  // avoids boxes: names keep clear of the sensitive-data badges (DataBadges.tsx).
  const placed = placeLabels(map, SCALES, {
    font: fontOf(presentation),
    regionFont: regionFontOf(presentation),
    ...(searches ? { previous: positionsOf(before), avoid: dataBadgeBoxes(map, SCALES) } : {}),
    ...kept,
  });
  return new Map([...placed].map(([id, l]) => [id, sameLabel(before.get(id), l) ?? l] as const));
}

/**
 * Above the search limit every label has its usual place, so an edit that keeps the ids and their
 * order re-places only the edited nodes' labels (what placeLabels would give), copying the rest:
 * typing in a 2,000-node map must not walk and rebuild every label per edit.
 */
function usualAfterEdit(mode: Mode, last: Placed, map: WardleyMap, presentation: boolean) {
  // The store's listeners compare the same two tables: one walk serves them all.
  const { changed: edited, sameIds, size } = mapNodeChange(last.map, map);
  if (!sameIds || searchesPlaces(size) || size !== last.labels.size) return null;
  // The edited labels layered over the last ones (layered-map.ts), not a copy of every label.
  const placed = new Map<string, PlacedLabel>();
  for (const id of edited) {
    const node = nodeOf(map, id);
    if (!node) return null;
    const was = last.labels.get(id);
    const label = labelInPlace(id, node, SCALES, fontOf(presentation));
    placed.set(id, sameLabel(was, label) ?? label);
  }
  const labels = LayeredMap.changed(last.labels, placed);
  const key = nodeTableKey(map);
  mode.byNodes.set(key, labels);
  mode.edits.set(key, { from: last.key, ids: edited });
  mode.last = { map, key, labels };
  return labels;
}

/**
 * The ids edited between two node tables of a map whose labels search, when there are few of them
 * (and the table kept its other ids); null when `next` should be searched at once.
 */
function fewEdited(prev: WardleyMap, next: WardleyMap): readonly string[] | null {
  const { changed, sameIds, size } = mapNodeChange(prev, next);
  if (!searchesPlaces(size) || !sameIds || changed.length > PROVISIONAL_LIMIT) return null;
  return changed;
}

/** Unedited nodes keep their label; an edited node's label keeps its place around the node. */
function provisionalLabels(map: WardleyMap, edited: readonly string[], before: Labels, presentation: boolean): Labels {
  const labels = new Map(before);
  for (const id of edited) {
    const node = nodeOf(map, id);
    const was = before.get(id);
    if (!node) continue;
    const label = labelInPlace(id, node, SCALES, fontOf(presentation), was);
    labels.set(id, sameLabel(was, label) ?? label);
  }
  return labels;
}

// Only maps small enough to search get here: their record, sent to the worker, is cheap to make.
function askSearch(mode: Mode, map: WardleyMap, presentation: boolean): void {
  const key = nodeTableKey(map);
  const provisional = mode.provisional.get(key);
  if (!provisional) return;
  provisional.asked = true;
  const shown = mode.byNodes.get(key) ?? new Map<string, PlacedLabel>();
  labelsOffThread({ nodes: map.nodes, presentation, previous: positionsOf(shown) }).then(
    (placed) => settle(mode, key, presentation, placed),
    // No worker answer: the provisional labels stay, and the next look asks again.
    () => {
      provisional.asked = false;
    },
  );
}

function settle(mode: Mode, key: Table, presentation: boolean, placed: Labels): void {
  const shown = mode.byNodes.get(key) ?? new Map<string, PlacedLabel>();
  const labels = new Map([...placed].map(([id, l]) => [id, sameLabel(shown.get(id), l) ?? l] as const));
  mode.byNodes.set(key, labels);
  mode.provisional.delete(key);
  if (mode.last?.key === key) mode.last = { ...mode.last, labels };
  const moved = [...labels].filter(([id, label]) => shown.get(id) !== label).map(([id]) => id);
  if (moved.length > 0) for (const listener of settledListeners) listener(key, presentation, moved);
}

/** The label of node `id` in the store's current map. */
export function labelOf(s: MapStore, id: string): PlacedLabel | undefined {
  const map = s.doc.current?.map;
  return map ? labelLayout(map, s.ui.presentation).get(id) : undefined;
}

/** Ids whose label differs (by object) between two maps' layouts, placing `next` if needed. */
export function labelsChanged(prev: WardleyMap, next: WardleyMap, presentation: boolean): string[] {
  const mode = presentation ? modes.presentation : modes.plain;
  const before = mode.byNodes.get(nodeTableKey(prev));
  const after = labelLayout(next, presentation);
  if (!before) return [...after.keys()];
  const edit = mode.edits.get(nodeTableKey(next));
  if (edit?.from === nodeTableKey(prev)) return edit.ids.filter((id) => before.get(id) !== after.get(id));
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
