// Keeps the pane's text and the store's document in step, with one history between them.
// Pane → map: a burst of typing is committed once, 80 ms after its last keystroke (never per key).
// Typing inside one node's lines is committed like a canvas edit of that node (only its lines are
// parsed: core/model/typed-text.ts); other text that loads is parsed whole; either way one undo
// step through the store's applyEdit. Text that does not load keeps the last good map on the
// canvas and shows its errors. Map → pane: a canvas edit, undo or reload arrives as one minimal
// change, so the pane keeps its cursor, selection and scroll; while the pane holds typing the map
// does not have yet, that typing is kept (pane-merge.ts).
import { setDiagnostics } from '@codemirror/lint';
import { Annotation, ChangeSet, type Text } from '@codemirror/state';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import { parseMap, type MapDocument } from '../../core/format/parse.ts';
import { textChange, typedDocument, type TextChange } from '../../core/model/typed-text.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { DOCTRINE_PAUSE_MS, doctrineFindings } from '../store/doctrine-findings.ts';
import { applyEdit, redo, undo } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import { mapChangeBesideTyping } from './pane-merge.ts';
import { withSharedNodes } from './shared-nodes.ts';
import { doctrineDiagnostics, errorDiagnostics } from './source-diagnostics.ts';

/** Typing pauses shorter than this are one edit; the canvas follows within 100 ms of the last key. */
export const SETTLE_MS = 80;

export const CANVAS_CHANGED_TYPING =
  'The canvas changed the lines you are typing in: your text is kept, and applying it replaces that change.';

const fromMap = Annotation.define<boolean>();

export interface SourceSync {
  onUpdate(update: ViewUpdate): void;
  /** Applies typed text now (before undo/redo, so they act on what was typed). */
  flush(): void;
  undo(): boolean;
  redo(): boolean;
  detach(): void;
}

export interface SourceReport {
  errors(errors: Diagnostic[]): void;
  /** A word about the pane and the map (null clears it). */
  notice(text: string | null): void;
}

export function attachSourceSync(view: EditorView, report: SourceReport): SourceSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let doctrineTimer: ReturnType<typeof setTimeout> | undefined;
  let detached = false;
  // The map text the pane last agreed with: what the pane held before the typing not yet applied.
  let base = '';
  // What was typed since `base`, as the editor recorded it (null when not known): the commit then
  // finds the changed lines without comparing two whole files.
  let typed: ChangeSet | null = ChangeSet.empty(0);
  const paneText = () => view.state.doc.toString();
  const showDoctrine = (document: MapDocument) => {
    clearTimeout(doctrineTimer);
    // Its own task once typing pauses, shown only if the pane still holds that map.
    doctrineTimer = setTimeout(() => {
      if (detached || paneText() !== document.text) return;
      view.dispatch(
        setDiagnostics(view.state, doctrineDiagnostics(view.state.doc, document, doctrineFindings(document))),
      );
    }, DOCTRINE_PAUSE_MS);
  };
  const settled = (document: MapDocument) => {
    base = document.text;
    typed = ChangeSet.empty(view.state.doc.length);
    report.errors([]);
    report.notice(null);
    showDoctrine(document);
  };
  const commitText = () => {
    timer = undefined;
    const current = useMapStore.getState().doc.current;
    const text = paneText();
    if (!current) return;
    if (text === current.text) return settled(current);
    const known = typed && base === current.text ? changeOf(typed, view.state.doc) : undefined;
    const next = typedDocument(current, text, known) ?? parsedWhole(current, text);
    if (!next) return;
    // The store's subscription calls followMap, which finds the pane already holding the text.
    base = next.text;
    applyEdit(() => ({ ok: true, document: next, ids: [] }));
    settled(next);
  };
  const parsedWhole = (current: MapDocument, text: string): MapDocument | undefined => {
    const parsed = parseMap(text);
    if (parsed.ok) return withSharedNodes(current, parsed.document);
    view.dispatch(setDiagnostics(view.state, errorDiagnostics(view.state.doc, parsed.errors)));
    report.errors(parsed.errors);
    return undefined;
  };
  const followMap = (document: MapDocument | null) => {
    if (!document) return;
    const pane = paneText();
    if (pane === base) {
      const change = textChange(pane, document.text);
      if (change) view.dispatch({ changes: change, annotations: fromMap.of(true) });
      return settled(document);
    }
    const change = mapChangeBesideTyping(base, pane, document.text);
    base = document.text;
    typed = null;
    if (change === 'conflict') return report.notice(CANVAS_CHANGED_TYPING);
    if (change) view.dispatch({ changes: change, annotations: fromMap.of(true) });
    // The kept typing is checked again against the map it now sits in.
    schedule();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(commitText, SETTLE_MS);
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
  // Typing that does not load is the newest thing to undo: undo takes the pane back to the map,
  // and redo brings the typing back while the map has not changed since.
  let undoneTyping: { typed: string; mapText: string } | undefined;
  const replacePane = (text: string, annotated: boolean) => {
    const change = textChange(paneText(), text);
    if (change) view.dispatch({ changes: change, annotations: annotated ? fromMap.of(true) : [] });
  };
  const revertTyping = (): boolean => {
    const current = useMapStore.getState().doc.current;
    if (!current || paneText() === current.text) return false;
    undoneTyping = { typed: paneText(), mapText: current.text };
    replacePane(current.text, true);
    view.dispatch(setDiagnostics(view.state, []));
    settled(current);
    return true;
  };
  const restoreTyping = (): boolean => {
    const current = useMapStore.getState().doc.current;
    const undone = undoneTyping;
    undoneTyping = undefined;
    if (!undone || !current || current.text !== undone.mapText || paneText() !== undone.mapText) return false;
    replacePane(undone.typed, false);
    return true;
  };
  return {
    onUpdate(update) {
      if (!update.docChanged || update.transactions.every((t) => t.annotation(fromMap))) return;
      undoneTyping = undefined;
      typed = typed && typed.newLength === update.changes.length ? typed.compose(update.changes) : null;
      clearTimeout(doctrineTimer);
      schedule();
    },
    flush,
    undo: () => (flush(), revertTyping() || undo(), true),
    redo: () => (flush(), restoreTyping() || redo(), true),
    detach() {
      detached = true;
      clearTimeout(timer);
      clearTimeout(doctrineTimer);
      unsubscribe();
    },
  };
}

/** The one span `changes` touched, as a change of the text before them into `doc`. */
function changeOf(changes: ChangeSet, doc: Text): TextChange | undefined {
  let from = Infinity;
  let to = -1;
  let fromB = Infinity;
  let toB = -1;
  changes.iterChangedRanges((a0, a1, b0, b1) => {
    from = Math.min(from, a0);
    to = Math.max(to, a1);
    fromB = Math.min(fromB, b0);
    toB = Math.max(toB, b1);
  });
  return to < 0 ? undefined : { from, to, insert: doc.sliceString(fromB, toB) };
}
