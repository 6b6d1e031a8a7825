// Keeps the pane's text and the store's document in step, with one history between them.
// Pane → map: a burst of typing is committed once, 80 ms after its last keystroke (never per key).
// Typing in the lines of the map's nodes (in one node, a paste of several, lines deleted across
// nodes) is committed like a canvas edit of those nodes: only their lines are parsed
// (core/model/typed-text.ts). Other text (beyond the nodes and settings, text that does not load
// yet) and a large paste are read in the map worker off the main thread; text that loads becomes
// the map as the worker read it, so the page never parses a whole file while typing. Either way one
// undo step through the store's applyEdit. The commit is split in tasks so that none holds the page for long: the
// typed text is read in one, the store takes it in the next. Text that does not load keeps the
// last good map on the canvas and shows its errors. Map → pane: a canvas edit, undo or reload
// arrives as one minimal change, so the pane keeps its cursor, selection and scroll; while the pane
// holds typing the map does not have yet, that typing is kept (pane-merge.ts).
import { Annotation, ChangeSet, type Text } from '@codemirror/state';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import { documentReadElsewhere, parseMap, type MapDocument } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { textChange, typedDocument, type TextChange } from '../../core/model/typed-text.ts';
import { applyEdit, redo, undo } from '../store/edits.ts';
import { holdTyping, holdUnapplied, noteUnapplied } from '../store/pending-typing.ts';
import { useMapStore } from '../store/store.ts';
import { stillBuilding, warmForEdits, whenBuilt } from '../store/warm-for-edits.ts';
import { latestOffThread, type MapWorkResult } from '../worker/map-worker-client.ts';
import { paneMarks, type SourceReport } from './pane-marks.ts';
import { mapChangeBesideTyping } from './pane-merge.ts';
import { appliedText, changeOf, textOf } from './pane-text.ts';
import { withSharedNodes } from './shared-nodes.ts';

export { appliedText } from './pane-text.ts';

/** Typing pauses shorter than this are one edit; the canvas follows within 100 ms of the last key. */
export const SETTLE_MS = 80;

/** A change this large (characters written or replaced) is read in the map worker, not on the page. */
export const LARGE_CHANGE = 20_000;

export const CANVAS_CHANGED_TYPING =
  'The canvas changed the lines you are typing in: your text is kept, and applying it replaces that change.';

const fromMap = Annotation.define<boolean>();

/** The pane's own caller of the map worker: typing that spans nodes is checked there first. */
const checkInWorker = latestOffThread();

export interface SourceSync {
  onUpdate(update: ViewUpdate): void;
  /** Applies typed text now (before undo/redo, so they act on what was typed). */
  flush(): void;
  undo(): boolean;
  redo(): boolean;
  detach(): void;
}

export function attachSourceSync(view: EditorView, report: SourceReport): SourceSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let detached = false;
  // The map text the pane last agreed with: what the pane held before the typing not yet applied.
  let base = '';
  // What was typed since `base`, as the editor recorded it (null when not known): the commit then
  // finds the changed lines without comparing two whole files.
  let typed: ChangeSet | null = ChangeSet.empty(0);
  const paneText = textOf(view);
  const marks = paneMarks(view, notingUnapplied(report), paneText);
  const settled = (document: MapDocument) => {
    base = document.text;
    typed = ChangeSet.empty(view.state.doc.length);
    marks.loaded(document);
  };
  // The text being read in the worker, until its answer is in (flush commits it at once).
  const reads = workerRead();
  // A document read from typed text, waiting for its own task to become the map.
  let applying: MapDocument | undefined;
  // The map's yaml Document is still being built in slices (after opening, or after text read
  // whole): the commit waits for the rest, built in short tasks, instead of building it in one.
  let waitingForBuild = false;
  // Nothing waits any more: no pause, read, document or build.
  const stop = () => {
    clearTimeout(timer);
    timer = applying = undefined;
    waitingForBuild = false;
    reads.end();
  };
  /** `now`: commit before returning (undo, redo and save act on what was typed). */
  const commitText = (now = false) => {
    stop();
    const current = useMapStore.getState().doc.current;
    if (!current) return;
    if (!now && stillBuilding(current)) {
      waitingForBuild = true;
      return whenBuilt(current, () => void (waitingForBuild && !detached && commitText()));
    }
    const knownTyping = typed && base === current.text ? typed : null;
    // What was typed, applied to the map's text: the pane's text without joining its lines again.
    const applied = knownTyping ? appliedText(base, knownTyping) : undefined;
    if (applied?.length === view.state.doc.length) paneText.seed(view.state.doc, applied);
    const text = paneText();
    if (text === current.text) return settled(current);
    const known = knownTyping ? changeOf(knownTyping, view.state.doc) : undefined;
    const next = now || !isLarge(known) ? typedDocument(current, text, known) : undefined;
    if (next && now) return committed(next);
    if (next) return applyLater(next, current, text);
    if (now) return committed(parsedWhole(marks, current, text));
    // Typing beyond the nodes, or a large paste: the worker reads the whole text first, so text
    // that does not load (most of what is typed on the way) never costs the page a parse.
    reads.start(text, (result) => {
      const stale = detached || paneText() !== text;
      if (result === null || stale || useMapStore.getState().doc.current !== current) return;
      reads.end();
      if (!result.ok) return marks.errors(result.errors);
      committed(readInWorker(marks, current, text, result.map));
    });
  };
  // The store takes the document in a task of its own, after the one that read the text: each
  // stays short, and a key typed between them wins (it schedules the next commit).
  const applyLater = (next: MapDocument, current: MapDocument, text: string) => {
    applying = next;
    setTimeout(() => {
      if (detached || applying !== next || paneText() !== text) return;
      applying = undefined;
      if (useMapStore.getState().doc.current === current) committed(next);
      else schedule();
    }, 0);
  };
  const committed = (next: MapDocument | undefined) => {
    if (!next) return;
    // The store's subscription calls followMap, which finds the pane already holding the text.
    base = next.text;
    applyEdit(() => ({ ok: true, document: next, ids: [] }));
    settled(next);
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
    timer = setTimeout(() => commitText(), SETTLE_MS);
  };
  followMap(useMapStore.getState().doc.current);
  const unsubscribe = useMapStore.subscribe((s, before) => {
    if (s.doc.current !== before.doc.current) followMap(s.doc.current);
  });
  const flush = () => {
    if (timer === undefined && reads.text() === undefined && applying === undefined && !waitingForBuild) return;
    commitText(true);
  };
  const releaseUnapplied = holdPaneText(paneText);
  // As flush, but a large change is read in the worker, not here; a save waits for it (pending-typing.ts).
  const release = holdTyping(async () => {
    if (timer !== undefined) commitText();
    if (waitingForBuild) await built(useMapStore.getState().doc.current);
    await reads.settled();
    if (!detached) flush();
  });
  // A large change not read yet (its pause not over, or in the worker): undo takes the pane back to
  // the map without reading it (redo brings it back, read again); redo has nothing to redo.
  const holdsLarge = () =>
    reads.text() !== undefined || (timer !== undefined && isLarge(typedSince(base, typed, view.state.doc)));
  const typing = typingUndo(view, settled);
  return {
    onUpdate(update) {
      if (!update.docChanged || update.transactions.every((t) => t.annotation(fromMap))) return;
      typing.forget();
      typed = typed && typed.newLength === update.changes.length ? typed.compose(update.changes) : null;
      marks.typing();
      schedule();
    },
    flush,
    undo: () => (holdsLarge() ? stop() : flush(), typing.revert() || undo(), true),
    redo: () => holdsLarge() || (flush(), typing.restore() || redo(), true),
    detach() {
      detached = true;
      release();
      releaseUnapplied();
      clearTimeout(timer);
      marks.detach();
      unsubscribe();
    },
  };
}

type Marks = ReturnType<typeof paneMarks>;

/** Text the pane holds that the map does not have (it does not load): leaving or replacing the map asks. */
function holdPaneText(paneText: () => string): () => void {
  return holdUnapplied(() => {
    const current = useMapStore.getState().doc.current;
    return current !== null && paneText() !== current.text;
  });
}

/** `report`, and the window told whether the pane now holds text that does not load. */
function notingUnapplied(report: SourceReport): SourceReport {
  return {
    errors(errors) {
      report.errors(errors);
      noteUnapplied();
    },
    notice: (text) => report.notice(text),
  };
}

/** `text` read whole on the page: the map (with `current`'s unchanged nodes), or its errors shown. */
function parsedWhole(marks: Marks, current: MapDocument, text: string): MapDocument | undefined {
  const parsed = parseMap(text);
  if (!parsed.ok) return void marks.errors(parsed.errors);
  return sharedAndWarm(current, parsed.document);
}

/**
 * The map the worker read from `text`: nothing is parsed here (the page's main thread would spend
 * 100-200 ms on a 2,000-node text), unless the worker's map did not come back.
 */
function readInWorker(marks: Marks, current: MapDocument, text: string, map: WardleyMap | undefined) {
  const read = map && documentReadElsewhere(text, map);
  return read ? sharedAndWarm(current, read) : parsedWhole(marks, current, text);
}

/** Resolves once `document`'s yaml Document is built (at once when it is not being built). */
function built(document: MapDocument | null): Promise<void> {
  return new Promise((done) => (document ? whenBuilt(document, done) : done()));
}

/** What was typed since `base`, when it is still the map's text. */
function typedSince(base: string, typed: ChangeSet | null, doc: Text): TextChange | undefined {
  const known = typed && base === useMapStore.getState().doc.current?.text;
  return known && typed ? changeOf(typed, doc) : undefined;
}

/** A change this large is read in the map worker. */
function isLarge(change: TextChange | null | undefined): boolean {
  return !!change && Math.max(change.insert.length, change.to - change.from) >= LARGE_CHANGE;
}

/** The pane's read of its whole text in the map worker: only the latest is answered. */
function workerRead() {
  let read: { text: string; done: Promise<void> } | undefined;
  return {
    text: () => read?.text,
    start(text: string, answer: (result: MapWorkResult | null) => void): void {
      const mine = { text, done: Promise.resolve() };
      read = mine;
      mine.done = checkInWorker(text, { withMap: true }).then((result) => void (read === mine && answer(result)));
    },
    end: () => void (read = undefined),
    /** Resolves once the latest read (and any started while waiting) has been answered. */
    async settled(): Promise<void> {
      for (let waited = read; waited; waited = read === waited ? undefined : read) await waited.done;
    },
  };
}

/**
 * `read` (text read whole, just now) with `current`'s unchanged node objects. It has no yaml
 * Document yet; the next keystroke's commit would build it in one piece (most of a second at 2,000
 * nodes): it is built in idle slices from now on, as on opening.
 */
function sharedAndWarm(current: MapDocument, read: MapDocument): MapDocument {
  const next = withSharedNodes(current, read);
  warmForEdits(next);
  return next;
}

/**
 * Typing that does not load is the newest thing to undo: undo takes the pane back to the map, and
 * redo brings the typing back while the map has not changed since.
 */
function typingUndo(view: EditorView, settled: (document: MapDocument) => void) {
  let undone: { typed: string; mapText: string } | undefined;
  const paneText = textOf(view);
  const replacePane = (text: string, annotated: boolean) => {
    const change = textChange(paneText(), text);
    if (change) view.dispatch({ changes: change, annotations: annotated ? fromMap.of(true) : [] });
  };
  return {
    forget: () => void (undone = undefined),
    revert(): boolean {
      const current = useMapStore.getState().doc.current;
      if (!current || paneText() === current.text) return false;
      undone = { typed: paneText(), mapText: current.text };
      replacePane(current.text, true);
      settled(current);
      return true;
    },
    restore(): boolean {
      const current = useMapStore.getState().doc.current;
      const was = undone;
      undone = undefined;
      if (!was || !current || current.text !== was.mapText || paneText() !== was.mapText) return false;
      replacePane(was.typed, false);
      return true;
    },
  };
}
