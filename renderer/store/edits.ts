// Every change to the map goes through a core operation; this module records the result in
// history and shows the core's errors when it refuses (the map is then left as it was).
import type { MapDocument } from '../../core/format/parse.ts';
import { hasNode, nodeOf } from '../../core/model/node-table.ts';
import * as ops from '../../core/model/operations.ts';
import type { MapNode, NodeKind, Sourcing } from '../../core/model/types.ts';
import { clampUnit } from '../../core/render/frame.ts';
import { redone, undone, withEdit } from './history.ts';
import { IDLE, useMapStore, type Gesture, type MapStore } from './store.ts';
import { movedAhead, plannedMoves } from './move-ahead.ts';
import { stillBuilding, whenBuilt } from './warm-for-edits.ts';

type EditResult = ReturnType<typeof ops.moveNodes>;

/**
 * Runs `edit` on the current document; on success records it and optionally selects `ids`.
 * `gesture` ends a gesture in the same store update (a drop), so views re-render once, not twice.
 */
export function applyEdit(
  edit: (doc: MapDocument) => EditResult,
  selectResult = false,
  gesture?: Gesture,
): string[] | undefined {
  const { doc } = useMapStore.getState();
  if (!doc.current) return undefined;
  const result = edit(doc.current);
  const ended = gesture ? { gesture } : {};
  if (!result.ok) {
    useMapStore.setState((s) => ({ ...ended, ui: { ...s.ui, editErrors: result.errors } }));
    return undefined;
  }
  useMapStore.setState((s) => ({ ...ended, ...recorded(s, result.document, selectResult ? result.ids : undefined) }));
  return result.ids;
}

/**
 * The store's update for an accepted edit to `document`: recorded in history, the last refusal's
 * errors cleared, `select` selected (else the selection kept, less nodes no longer there). Reads
 * `s` only, so the drop rehearsal (edit-rehearsal.ts) runs it on a state of its own.
 */
export function recorded(
  s: Pick<MapStore, 'doc' | 'ui' | 'selection'>,
  document: MapDocument,
  select?: readonly string[],
): Pick<MapStore, 'doc' | 'ui' | 'selection'> {
  return {
    doc: withEdit(s.doc, document),
    ui: s.ui.editErrors.length ? { ...s.ui, editErrors: [] } : s.ui,
    selection: select ? { ids: new Set(select) } : pruneSelection(s.selection.ids, document),
  };
}

function pruneSelection(ids: ReadonlySet<string>, document: MapDocument): { ids: ReadonlySet<string> } {
  const kept = [...ids].filter((id) => hasNode(document.map, id));
  return { ids: kept.length === ids.size ? ids : new Set(kept) };
}

/** What a new, empty map says in the status line; the first node added clears it. */
export const NEW_MAP_HINT = 'New map: double-click the canvas (or press U, N or C) to add a node';

const DEFAULT_NAMES: Record<NodeKind, string> = { user: 'User', need: 'Need', component: 'Component' };

export function addNodeAt(kind: NodeKind, evolution: number, visibility: number): string | undefined {
  const node = {
    kind,
    name: `New ${DEFAULT_NAMES[kind].toLowerCase()}`,
    evolution: clampUnit(evolution),
    visibility: clampUnit(visibility),
  };
  const ids = applyEdit((d) => ops.addNode(d, node), true);
  const id = ids?.[0];
  if (id)
    useMapStore.setState((s) => ({
      ui: { ...s.ui, renaming: id, fresh: id, status: s.ui.status === NEW_MAP_HINT ? '' : s.ui.status },
    }));
  return id;
}

/**
 * The first name of a node just added replaces the add itself, so its id is a slug of the real
 * name (ids become Kubernetes names) and adding + naming is one undo step.
 */
function nameFreshNode(id: string, name: string): boolean {
  const { doc } = useMapStore.getState();
  const before = doc.past[doc.past.length - 1];
  const node = doc.current && nodeOf(doc.current.map, id);
  if (!before || !node || hasNode(before.map, id)) return false;
  const result = ops.addNode(before, { ...node, name });
  if (!result.ok) return false;
  useMapStore.setState((s) => ({
    doc: { ...s.doc, current: result.document },
    selection: { ids: new Set(result.ids) },
  }));
  return true;
}

/**
 * One drag, one history step: the gesture's offset applied to every moved node at once. Dropped
 * while the map's yaml Document is still being built after opening, the nodes stay where they
 * were put (the gesture goes on) and the edit follows once the rest is built in short tasks,
 * rather than in one task of up to most of a second at 2,000 nodes.
 */
export function commitMove(ids: Iterable<string>, dEvolution: number, dVisibility: number): void {
  const { doc, gesture } = useMapStore.getState();
  const moved = [...ids];
  if (doc.current && stillBuilding(doc.current)) {
    whenBuilt(doc.current, () => moveNow(moved, dEvolution, dVisibility, gesture));
  } else moveNow(moved, dEvolution, dVisibility, gesture);
}

/**
 * The move itself; it ends the drop's `gesture` unless another has begun since. The edit lands
 * first: the inspector and the file text show it in the next frame, while the moving layer keeps
 * drawing the nodes at their new place and the canvas's layers wait (store.ts: landing). They draw
 * the drop in a task after that frame, so its painting is not in the frame the user waits for;
 * the moving layer empties after them, so no frame lacks the nodes.
 */
function moveNow(ids: readonly string[], dEvolution: number, dVisibility: number, gesture: Gesture): void {
  const doc = useMapStore.getState().doc.current;
  const ending = useMapStore.getState().gesture === gesture && gesture.kind === 'move';
  const endGesture = () => void (ending && useMapStore.setState({ gesture: IDLE }));
  if (!doc || (dEvolution === 0 && dVisibility === 0)) return endGesture();
  // Worked out during the drag (move-ahead.ts) when the pointer rested where it was released.
  const ready = movedAhead(doc, ids, dEvolution, dVisibility);
  const moves = ready ? [] : plannedMoves(doc, ids, dEvolution, dVisibility);
  const move = (d: MapDocument) => (ready && d === doc ? ready : ops.moveNodes(d, moves));
  if ((!ready && moves.length === 0) || !ending) {
    if (ready || moves.length > 0) applyEdit(move);
    return endGesture();
  }
  const landing: Gesture = { ...gesture, dEvolution: 0, dVisibility: 0, landing: true };
  applyEdit(move, false, landing);
  afterNextFrame(() => void (useMapStore.getState().gesture === landing && useMapStore.setState({ gesture: IDLE })));
}

/** Runs `then` in a task after the next frame is painted (its animation callbacks queue the task). */
function afterNextFrame(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(then, 0);
  requestAnimationFrame(() => setTimeout(then, 0));
}

export function removeSelected(): void {
  const ids = [...useMapStore.getState().selection.ids];
  if (ids.length > 0) applyEdit((d) => ops.removeNodes(d, ids));
}

export function renameNode(id: string, name: string): void {
  const trimmed = name.trim();
  const fresh = useMapStore.getState().ui.fresh === id;
  useMapStore.setState((s) => ({ ui: { ...s.ui, renaming: null, fresh: null } }));
  if (trimmed === '') return;
  if (fresh && nameFreshNode(id, trimmed)) return;
  applyEdit((d) => ops.setNodeField(d, id, 'name', trimmed));
}

/** Gives node `from` the id `to`; false when the core refused it (its errors are listed). */
export function changeId(from: string, to: string): boolean {
  if (from === to) return true;
  if (!applyEdit((d) => ops.renameNode(d, from, to))) return false;
  useMapStore.setState({ selection: { ids: new Set([to]) } });
  return true;
}

/** Sets a field of node `id`; false when the core refused it (its errors are listed). */
export function setField(id: string, field: string, value: unknown): boolean {
  return applyEdit((d) => ops.setNodeField(d, id, field, value)) !== undefined;
}

export function setSourcing(id: string, sourcing: Sourcing | undefined): void {
  applyEdit((d) => ops.setSourcing(d, id, sourcing));
}

/** Makes `from` use `to`; a refusal (a node using itself) is said in the status line too. */
export function linkNodes(from: string, to: string): void {
  if (applyEdit((d) => ops.link(d, from, to))) return;
  const reason = useMapStore.getState().ui.editErrors[0]?.message ?? 'the link was refused';
  const status = from === to ? `Not linked: a node cannot use itself (${reason}); pick another node` : reason;
  useMapStore.setState((s) => ({ ui: { ...s.ui, status } }));
}

export function unlinkNodes(from: string, to: string): void {
  applyEdit((d) => ops.unlink(d, from, to));
}

/** Links the selection in the order it was selected: each node uses the next. */
export function linkSelected(): void {
  const ids = [...useMapStore.getState().selection.ids];
  if (ids.length === 1) return linkNodes(ids[0] as string, ids[0] as string);
  if (ids.length !== 2) {
    const status = 'To link, select two nodes: first the one that uses, then (Shift) the one it uses';
    useMapStore.setState((s) => ({ ui: { ...s.ui, status } }));
    return;
  }
  const [from, to] = ids as [string, string];
  linkNodes(from, to);
}

export function copySelected(): void {
  const { doc, selection } = useMapStore.getState();
  if (!doc.current) return;
  const map = doc.current.map;
  const copied = [...selection.ids].flatMap((id): [string, MapNode][] => {
    const node = nodeOf(map, id);
    return node ? [[id, node]] : [];
  });
  useMapStore.setState((s) => ({ ui: { ...s.ui, clipboard: copied, status: `copied ${copied.length}` } }));
}

export function paste(): void {
  const copied = useMapStore.getState().ui.clipboard;
  if (copied.length > 0) applyEdit((d) => ops.pasteNodes(d, copied, { evolution: 0.03, visibility: -0.03 }), true);
}

export function nudgeSelected(dEvolution: number, dVisibility: number): void {
  const ids = useMapStore.getState().selection.ids;
  if (ids.size > 0) commitMove(ids, dEvolution, dVisibility);
}

/** Where undo goes instead of history: in a live session, to the participant's own changes only. */
export interface UndoRoute {
  undo(): void;
  redo(): void;
}
let undoRoute: UndoRoute | null = null;

export function routeUndo(route: UndoRoute): () => void {
  undoRoute = route;
  return () => {
    if (undoRoute === route) undoRoute = null;
  };
}

export function undo(): void {
  if (undoRoute) return undoRoute.undo();
  useMapStore.setState((s) => ({ doc: undone(s.doc), gesture: IDLE }));
}

export function redo(): void {
  if (undoRoute) return undoRoute.redo();
  useMapStore.setState((s) => ({ doc: redone(s.doc), gesture: IDLE }));
}
