// Per-node subscriptions for the canvas views. A drag changes the `gesture` slice on every pointer
// move; with one zustand listener per view, each of the ~5,000 node and link views of a large map
// would run its selectors on every move. Here a single store listener works out which node ids an
// update can concern and wakes only the views of those ids; an edit wakes the views of the nodes
// it changed and of the nodes whose label it moved, not the whole map.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { nodeIds, nodeTableKey } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { isLanding } from '../canvas/geometry.ts';
import { labelsChanged, onLabelsSettled } from '../canvas/label-layout.ts';
import { labelsAfterPaint, showAllLabels, showLabelsAfterPaint } from '../canvas/label-reveal.ts';
import { mapNodeChange } from './node-table-change.ts';
import { useMapStore, type Gesture, type MapStore } from './store.ts';

type Listener = () => void;

const listenersById = new Map<string, Set<Listener>>();

function movedIds(g: Gesture): Iterable<string> {
  return g.kind === 'move' ? g.ids : [];
}

function changedMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...[...a].filter((id) => !b.has(id)), ...[...b].filter((id) => !a.has(id))];
}

function sameStages(a: WardleyMap['stages'], b: WardleyMap['stages']): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The ids a document change concerns: changed nodes and moved labels; `all` for another map. */
function documentChange(next: MapStore, prev: MapStore): string[] | 'all' {
  const before = prev.doc.current?.map;
  const after = next.doc.current?.map;
  if (before === after) return [];
  // Views read the stages too (a node's accessible name says its stage).
  if (!before || !after || !sameStages(before.stages, after.stages)) return 'all';
  const { changed, size } = mapNodeChange(before, after);
  if (changed.length === 0) return [];
  // Every node new (another map, a whole reparse): no point comparing labels.
  if (changed.length >= size) return 'all';
  return [...changed, ...labelsChanged(before, after, next.ui.presentation)];
}

/** The ids whose views may see a different value, or `all` when every view may. */
export function concernedIds(next: MapStore, prev: MapStore): Set<string> | 'all' {
  // Presentation mode places labels for its larger font: every label may move.
  if (next.ui.presentation !== prev.ui.presentation) return 'all';
  const edited = next.doc === prev.doc ? [] : documentChange(next, prev);
  if (edited === 'all') return 'all';
  const ids = new Set<string>(edited);
  if (next.selection.ids !== prev.selection.ids) {
    for (const id of changedMembers(prev.selection.ids, next.selection.ids)) ids.add(id);
  }
  if (next.gesture !== prev.gesture) {
    for (const id of movedIds(prev.gesture)) ids.add(id);
    for (const id of movedIds(next.gesture)) ids.add(id);
  }
  if (next.ui.renaming !== prev.ui.renaming) {
    if (prev.ui.renaming !== null) ids.add(prev.ui.renaming);
    if (next.ui.renaming !== null) ids.add(next.ui.renaming);
  }
  return ids;
}

type WakeListener = (ids: Iterable<string> | 'all') => void;
const wakeListeners = new Set<WakeListener>();

/**
 * Calls `listener` with the ids whose views may see a different value (or `all`), whenever the
 * views are woken: the canvas's node layer (node-layer.ts) draws from the same wake-ups.
 */
export function onWake(listener: WakeListener): () => void {
  wakeListeners.add(listener);
  return () => wakeListeners.delete(listener);
}

function wake(ids: Iterable<string> | 'all'): void {
  for (const listener of [...wakeListeners]) listener(ids);
  const groups = ids === 'all' ? [...listenersById.values()] : [...ids].map((id) => listenersById.get(id));
  // Copied first: a woken view may unsubscribe (and another subscribe) while we walk the sets.
  const listeners = groups.flatMap((group) => (group ? [...group] : []));
  for (const listener of new Set(listeners)) listener();
}

/**
 * Whether an update put a map just loaded on screen: opened, or read again from disk (a reload,
 * whose replaced map stays in undo); not an edit, an undo or a reparse of the same map.
 */
function opened(next: MapStore, prev: MapStore): boolean {
  const doc = next.doc;
  return (
    doc.current !== prev.doc.current &&
    doc.current !== null &&
    doc.current === doc.saved &&
    doc.saved !== prev.doc.saved &&
    doc.future.length === 0
  );
}

/**
 * The state the views last followed, while a drop lands (store.ts: landing): they are woken once
 * the landing is over, for everything that changed since, so the frame that paints the drop's
 * edit in the inspector does not also repaint the canvas.
 */
let behind: MapStore | null = null;

useMapStore.subscribe((next, latest) => {
  if (isLanding(next.gesture)) {
    behind ??= latest;
    return;
  }
  const prev = behind ?? latest;
  behind = null;
  const ids = concernedIds(next, prev);
  if (ids === 'all' && opened(next, prev)) {
    // A large map's labels join after its first paint (label-reveal.ts); a small one's show at once.
    const map = next.doc.current?.map;
    const order = map ? [...nodeIds(map)] : [];
    if (labelsAfterPaint(order.length)) showLabelsAfterPaint(order, wake);
    else showAllLabels(wake);
  }
  wake(ids);
});

/**
 * The map the canvas's React layers draw (Canvas.tsx): while a drop lands, the one the views last
 * followed. Their deferred render of the dropped map then starts once it has landed, with the node
 * and link layers, instead of being queued by the drop's task right behind the frame that paints it.
 */
export function shownMap(s: MapStore): WardleyMap | undefined {
  return shownState(s).doc.current?.map;
}

/**
 * The state from before a drop while it lands, else `s`: what the views outside the inspector
 * read of an edit (the window title's and the toolbar's dirty mark, Undo). The first drop after
 * opening makes the map dirty; a new window title had the browser (or Electron) draw its own frame
 * and the GPU process composite it on the same two cores as the drop's frame. Shown once landed.
 */
export function shownState(s: MapStore): MapStore {
  return isLanding(s.gesture) && behind ? behind : s;
}

// Searched labels replacing provisional ones (label-layout.ts) wake the views of the map on screen.
onLabelsSettled((table, presentation, ids) => {
  const s = useMapStore.getState();
  const map = s.doc.current?.map;
  if (map && nodeTableKey(map) === table && s.ui.presentation === presentation) wake(ids);
});

function listen(ids: readonly string[], listener: Listener): () => void {
  for (const id of ids) {
    const group = listenersById.get(id) ?? new Set();
    group.add(listener);
    listenersById.set(id, group);
  }
  return () => {
    for (const id of ids) {
      const group = listenersById.get(id);
      group?.delete(listener);
      if (group?.size === 0) listenersById.delete(id);
    }
  };
}

/**
 * A store value about node `id` (and `other`, for a link), re-read only when an update can concern
 * them: any change of the document, a change of their selection membership, a move gesture that
 * carries them, or renaming them. So the selector may read the map document, whether these ids are
 * selected, moving or renamed, and nothing else (not the camera, not other ui fields).
 */
export function useNodeState<T>(selector: (s: MapStore) => T, id: string, other?: string): T {
  const subscribe = useCallback(
    (listener: Listener) => listen(other === undefined ? [id] : [id, other], listener),
    [id, other],
  );
  return useSyncExternalStore(subscribe, () => selector(useMapStore.getState()));
}

/**
 * Several store values about node `id` (and `other`) in one subscription, read as useNodeState
 * reads one: the same tuple comes back while every value in it is the same.
 */
export function useNodeValues<T extends readonly unknown[]>(read: (s: MapStore) => T, id: string, other?: string): T {
  const last = useRef<T | null>(null);
  const subscribe = useCallback(
    (listener: Listener) => listen(other === undefined ? [id] : [id, other], listener),
    [id, other],
  );
  return useSyncExternalStore(subscribe, () => {
    const next = read(useMapStore.getState());
    const prev = last.current;
    if (prev && prev.length === next.length && prev.every((v, i) => Object.is(v, next[i]))) return prev;
    last.current = next;
    return next;
  });
}
