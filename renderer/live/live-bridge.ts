// The editor in a live session: edits still go through the store and core/model operations as
// always; this bridge mirrors each one into the shared Yjs document, brings everyone else's
// changes back into the store as documents (the same minimal splices), and routes undo to a
// Y.UndoManager that takes back only this participant's own changes.
import * as Y from 'yjs';
import type { MapDocument } from '../../core/format/parse.ts';
import { ANNOTATIONS, liveMapOf, META, NODES } from '../../core/live/live-doc.ts';
import { reconcileDocument } from '../../core/live/reconcile.ts';
import { sanitizedLiveMap } from '../../core/live/sanitize.ts';
import { writeEditToLive } from '../../core/live/write-edit.ts';
import { routeUndo } from '../store/edits.ts';
import { withEdit } from '../store/history.ts';
import { useMapStore } from '../store/store.ts';

/** Transaction origin of this participant's own edits: the only ones its undo takes back. */
export const LOCAL_ORIGIN = 'local-edit';

export class LiveBridge {
  readonly undoManager: Y.UndoManager;
  private applyingRemote = false;
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** Changes came from the room while no map was shown (as the one joined is read). */
  private missed = false;
  private readonly detach: (() => void)[] = [];

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly canWrite: boolean,
  ) {
    const scopes = [ydoc.getMap(NODES), ydoc.getMap(META), ydoc.getArray(ANNOTATIONS)];
    // Each edit is its own undo step, as in the editor's own history.
    this.undoManager = new Y.UndoManager(scopes, { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.origin !== LOCAL_ORIGIN) this.projectSoon();
    };
    ydoc.on('afterTransaction', onTransaction);
    this.detach.push(() => ydoc.off('afterTransaction', onTransaction));
    this.detach.push(useMapStore.subscribe((s, before) => this.mirror(s.doc.current, before.doc.current)));
    this.detach.push(routeUndo({ undo: () => void this.undoManager.undo(), redo: () => void this.undoManager.redo() }));
  }

  /** The shared state as a document on top of `base` (the file's text, for its comments). */
  documentFor(base: MapDocument): MapDocument {
    const order = Object.keys(base.map.nodes);
    const result = reconcileDocument(base, sanitizedLiveMap(liveMapOf(this.ydoc, order), base.map));
    return result.ok ? result.document : base;
  }

  destroy(): void {
    clearTimeout(this.pending);
    this.detach.forEach((d) => d());
    this.undoManager.destroy();
  }

  // A local edit (any change of the document not made by this bridge) goes into Yjs.
  private mirror(next: MapDocument | null, before: MapDocument | null): void {
    // The map just shown on joining was read (in the worker) from the room's state as it was then:
    // what came from the room meanwhile, with no map to bring it into, joins it now.
    if (!before && next && this.missed) return this.projectSoon();
    if (this.applyingRemote || !next || !before || next === before) return;
    if (!this.canWrite) {
      this.projectSoon(); // a watcher's edit is put back to the shared state
      return;
    }
    writeEditToLive(this.ydoc, before.map, next.map, LOCAL_ORIGIN);
  }

  // Remote updates arrive in bursts: bring them into the store a few at a time.
  private projectSoon(): void {
    if (this.pending !== undefined) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.project();
    }, 100);
  }

  private project(): void {
    const current = useMapStore.getState().doc.current;
    this.missed = !current;
    if (!current) return;
    const next = this.documentFor(current);
    if (next === current) return;
    this.applyingRemote = true;
    try {
      // Recorded like an edit so the editor's own steps (naming a new node) build on what is shown.
      useMapStore.setState((s) => ({ doc: withEdit(s.doc, next), ...prunedSelection(s.selection.ids, next) }));
    } finally {
      this.applyingRemote = false;
    }
  }
}

function prunedSelection(ids: ReadonlySet<string>, document: MapDocument): { selection?: { ids: Set<string> } } {
  const kept = [...ids].filter((id) => Object.hasOwn(document.map.nodes, id));
  return kept.length === ids.size ? {} : { selection: { ids: new Set(kept) } };
}
