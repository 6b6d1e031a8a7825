// Keeps the pane's text and the store's document in step, with one history between them.
// Pane → map: a burst of typing is parsed once, 80 ms after its last keystroke (never per key);
// text that loads becomes one undo step through the store's applyEdit, text that does not keeps
// the last good map on the canvas and shows its errors. Map → pane: a canvas edit, undo or
// reload arrives as one minimal change, so the pane keeps its cursor, selection and scroll.
import { setDiagnostics } from '@codemirror/lint';
import { Annotation } from '@codemirror/state';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import { parseMap, type MapDocument } from '../../core/format/parse.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { applyEdit, redo, undo } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import { minimalChange, withSharedNodes } from './shared-nodes.ts';
import { doctrineDiagnostics, errorDiagnostics } from './source-diagnostics.ts';

/** Typing pauses shorter than this are one edit; the canvas follows within 100 ms of the last key. */
export const SETTLE_MS = 80;

const fromMap = Annotation.define<boolean>();

export interface SourceSync {
  onUpdate(update: ViewUpdate): void;
  /** Applies typed text now (before undo/redo, so they act on what was typed). */
  flush(): void;
  undo(): boolean;
  redo(): boolean;
  detach(): void;
}

export function attachSourceSync(view: EditorView, showErrors: (errors: Diagnostic[]) => void): SourceSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let doctrineTimer: ReturnType<typeof setTimeout> | undefined;
  const showDoctrine = (document: MapDocument) => {
    clearTimeout(doctrineTimer);
    // Its own task after the canvas has drawn: doctrine on a large map must not delay the picture.
    doctrineTimer = setTimeout(() => {
      if (view.state.doc.toString() !== document.text) return;
      view.dispatch(setDiagnostics(view.state, doctrineDiagnostics(view.state.doc, document)));
    }, 30);
  };
  const commitText = () => {
    timer = undefined;
    const current = useMapStore.getState().doc.current;
    const text = view.state.doc.toString();
    if (!current) return;
    if (text === current.text) return settled(current);
    const parsed = parseMap(text);
    if (!parsed.ok) {
      view.dispatch(setDiagnostics(view.state, errorDiagnostics(view.state.doc, parsed.errors)));
      showErrors(parsed.errors);
      return;
    }
    const next = withSharedNodes(current, parsed.document);
    applyEdit(() => ({ ok: true, document: next, ids: [] }));
    settled(next);
  };
  const settled = (document: MapDocument) => {
    showErrors([]);
    showDoctrine(document);
  };
  const followMap = (document: MapDocument | null) => {
    if (!document || timer !== undefined) return;
    const change = minimalChange(view.state.doc.toString(), document.text);
    if (change) view.dispatch({ changes: change, annotations: fromMap.of(true) });
    settled(document);
  };
  followMap(useMapStore.getState().doc.current);
  const unsubscribe = useMapStore.subscribe((s, before) => {
    if (s.doc.current !== before.doc.current) followMap(s.doc.current);
  });
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    commitText();
  };
  return {
    onUpdate(update) {
      if (!update.docChanged || update.transactions.every((t) => t.annotation(fromMap))) return;
      clearTimeout(timer);
      timer = setTimeout(commitText, SETTLE_MS);
    },
    flush,
    undo: () => (flush(), undo(), true),
    redo: () => (flush(), redo(), true),
    detach() {
      clearTimeout(timer);
      clearTimeout(doctrineTimer);
      unsubscribe();
    },
  };
}
