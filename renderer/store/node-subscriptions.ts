// Per-node subscriptions for the canvas views. A drag changes the `gesture` slice on every pointer
// move; with one zustand listener per view, each of the ~5,000 node and link views of a large map
// would run its selectors on every move. Here a single store listener works out which node ids an
// update can concern and wakes only the views of those ids.
import { useCallback, useSyncExternalStore } from 'react';
import { useMapStore, type Gesture, type MapStore } from './store.ts';

type Listener = () => void;

const listenersById = new Map<string, Set<Listener>>();

function movedIds(g: Gesture): Iterable<string> {
  return g.kind === 'move' ? g.ids : [];
}

function changedMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...[...a].filter((id) => !b.has(id)), ...[...b].filter((id) => !a.has(id))];
}

/** The ids whose views may see a different value, or `all` when the map document itself changed. */
function concernedIds(next: MapStore, prev: MapStore): Set<string> | 'all' {
  // Presentation mode places labels for its larger font: every label may move.
  if (next.doc !== prev.doc || next.ui.presentation !== prev.ui.presentation) return 'all';
  const ids = new Set<string>();
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

function notify(next: MapStore, prev: MapStore): void {
  const ids = concernedIds(next, prev);
  const groups = ids === 'all' ? [...listenersById.values()] : [...ids].map((id) => listenersById.get(id));
  // Copied first: a woken view may unsubscribe (and another subscribe) while we walk the sets.
  const listeners = groups.flatMap((group) => (group ? [...group] : []));
  for (const listener of new Set(listeners)) listener();
}

useMapStore.subscribe(notify);

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
