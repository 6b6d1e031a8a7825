// Loading and saving through the host. A file that fails to parse is shown as a list of errors
// (and can never be saved over); a save records exactly the document that was written.
import type { MapwrightHost, OpenedFile, OpenResult, SavedFile } from '../../core/host/contract.ts';
import { documentReadElsewhere, fileText, parseMap, type MapDocument } from '../../core/format/parse.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { openedTextKind } from '../import/owm-detect.ts';
import { showImportedOwm } from '../import/owm-import.ts';
import { showBanner } from '../files/file-banner.ts';
import { saveTargetOf } from '../host/save-target.ts';
import { draftWaitsFor, offerDraft, useDraftOffer } from '../files/draft-offer.ts';
import { failedToLoad, loaded, markedSaved, reloaded } from './history.ts';
import { IDLE, isDirty, useMapStore } from './store.ts';
import { rehearseEditsWhenIdle } from './edit-rehearsal.ts';
import { warmForEdits } from './warm-for-edits.ts';
import { parseOffThread } from '../worker/map-worker-client.ts';
import { DISCARD_UNAPPLIED, typingCommitted, typingUnapplied } from './pending-typing.ts';

let host: MapwrightHost | null = null;

export function useHost(next: MapwrightHost): void {
  host = next;
}

export function fileHost(): MapwrightHost | null {
  return host;
}

type ShownFile = Pick<OpenedFile, 'name' | 'text'> & { token: string | null };

export function showFile(file: ShownFile): void {
  // OWM text (a .owm file, or text that is no YAML map) becomes a new untitled map instead.
  if (openedTextKind(file.name, file.text) === 'owm') {
    showImportedOwm(file.name, file.text);
    return;
  }
  const parsed = parseMap(file.text);
  if (parsed.ok) shown(parsed.document, file);
  else shownErrors(parsed.errors, file);
}

// Opens are numbered: a file read in the worker is shown only if no other open came after it.
let opens = 0;

/**
 * A map's text read in the map worker (here only if the worker could not send the map back): its
 * document or its errors; null when another open came meanwhile or `still()` no longer holds.
 */
async function readOffThread(file: ShownFile, still: () => boolean): Promise<MapDocument | Diagnostic[] | null> {
  const open = opens;
  const result = await parseOffThread(file.text, { withMap: true }).catch(() => null);
  if (open !== opens || !still()) return null;
  if (result && !result.ok) return result.errors;
  const document = result?.ok && result.map && documentReadElsewhere(file.text, result.map);
  if (document) return document;
  const parsed = parseMap(file.text);
  return parsed.ok ? parsed.document : parsed.errors;
}

/**
 * As showFile, with the file read in the map worker: the page's main thread does not parse it (a
 * 2,000-node map's parse is one task of 100-200 ms, which would hold the page as it opens). Shown
 * only if no other open came meanwhile and `still()` holds once it is read; true when shown.
 */
export async function showFileReadOffThread(file: ShownFile, still: () => boolean = () => true): Promise<boolean> {
  opens += 1;
  if (openedTextKind(file.name, file.text) === 'owm') return (showFile(file), true);
  const read = await readOffThread(file, still);
  if (read === null) return false;
  if (Array.isArray(read)) shownErrors(read, file);
  else shown(read, file);
  return true;
}

/**
 * The open file read again from disk (in the map worker), as showFileReadOffThread: it replaces
 * the map as one undo step (history.ts: reloaded). A file that does not load leaves the map and its
 * history as they are, and its errors come back; 'stale' when another open or `still()` came first.
 */
export async function reloadReadOffThread(
  file: ShownFile,
  still: () => boolean,
): Promise<'shown' | 'stale' | Diagnostic[]> {
  opens += 1;
  if (openedTextKind(file.name, file.text) === 'owm') return (showFile(file), 'shown');
  const read = await readOffThread(file, still);
  if (read === null) return 'stale';
  if (Array.isArray(read)) return read;
  shown(read, file, true);
  return 'shown';
}

function shown(document: MapDocument, file: Pick<ShownFile, 'name' | 'token'>, reload = false): void {
  opens += 1;
  useMapStore.setState((s) => ({
    doc: reload ? reloaded(s.doc, document, file) : loaded(document, file.name, file.token),
    selection: { ids: new Set() },
    gesture: IDLE,
    // The status line speaks of the map on screen: "Saved x" of the map before must not stay.
    ui: reload ? s.ui : { ...s.ui, status: `Opened ${file.name}` },
  }));
  warmForEdits(document);
  rehearseEditsWhenIdle();
}

function shownErrors(errors: Diagnostic[], file: Pick<OpenedFile, 'name'>): void {
  opens += 1;
  useMapStore.setState((s) => ({
    doc: failedToLoad(file.name, errors),
    selection: { ids: new Set() },
    gesture: IDLE,
    ui: { ...s.ui, status: '' },
  }));
}

export function setStatus(text: string): void {
  useMapStore.setState((s) => ({ ui: { ...s.ui, status: text } }));
}
const status = setStatus;

export async function startUp(): Promise<void> {
  if (!host) return;
  const state = await host.startup();
  if (state.file) await showFileReadOffThread(state.file);
  // Never deleted here: the prompt's Discard is the only way a draft goes (files/draft-offer.ts).
  if (state.draft) offerDraft(state.draft);
}

export async function saveCurrent(saveAs = false): Promise<boolean> {
  // What the user sees is saved: typing the source pane holds (a large paste still being read) first.
  await typingCommitted();
  const { doc } = useMapStore.getState();
  if (!host || !doc.current) return false;
  if (!saveAsked(doc.token, doc.fileName)) return false;
  const document = doc.current;
  const text = fileText(document);
  const result = doc.token && !saveAs ? await host.save(doc.token, text) : await host.saveAs(text, doc.fileName);
  if (!result) {
    status('Not saved: cancelled');
    return false;
  }
  if (!result.ok) {
    status(`Not saved: ${result.message}`);
    if (result.reason === 'conflict' && doc.token) {
      showBanner({ kind: 'conflict', name: doc.fileName, token: doc.token, message: result.message });
    }
    return false;
  }
  showBanner(null);
  useMapStore.setState((s) => ({ doc: markedSaved(s.doc, document, result.file) }));
  // "Saved" only once the drafts of the saved work are gone: they queue behind any autosave still
  // on its way, and a reload after "Saved" but before they reached the server offered the saved
  // work back as unsaved ("Restore unsaved work?").
  try {
    await host.discardDraft(result.file.token);
    // The work was untitled: its draft is kept under no file, and is saved now.
    if (doc.token === null) await host.discardDraft(null);
  } finally {
    status(savedWords(host, result.file));
  }
  return true;
}

function savedWords(host: MapwrightHost, file: SavedFile): string {
  const done =
    saveTargetOf(host, file.token) === 'download'
      ? `Downloaded ${file.name} (a copy: no file was written)`
      : `Saved ${file.name}`;
  return typingUnapplied() ? `${done}: the map as drawn; the Source pane's text does not load and was not saved` : done;
}

/** Saving a file whose put-off draft still waits replaces that draft: only when the user says so. */
function saveAsked(token: string | null, name: string): boolean {
  const waiting = useDraftOffer.getState().waiting;
  if (!waiting || !draftWaitsFor(token)) return true;
  const yes = window.confirm(`Saving ${name} deletes the unsaved work kept from ${waiting.savedAt}. Save anyway?`);
  if (yes) useDraftOffer.setState({ waiting: null });
  return yes;
}

/** Before the document is replaced: asks about unsaved work; false when the user cancelled. */
export async function keepWorkAsked(): Promise<boolean> {
  if (!host) return false;
  await typingCommitted();
  if (typingUnapplied() && !window.confirm(DISCARD_UNAPPLIED)) return false;
  const state = useMapStore.getState();
  if (!isDirty(state) || !state.doc.current) return true;
  const choice = await host.confirmUnsaved(state.doc.fileName);
  if (choice === 'cancel') return false;
  return choice === 'discard' || (await saveCurrent());
}

/** Asks before replacing a dirty map, reads with `read` (default: the open dialog), then `show`s it. */
export async function openAnother(
  read?: () => Promise<OpenResult | null>,
  show: (file: OpenedFile) => unknown = showFileReadOffThread,
): Promise<void> {
  if (!host || !(await keepWorkAsked())) return;
  const result = await (read ? read() : host.openFile());
  if (!result) return;
  if (!result.ok) {
    status(`Could not open: ${result.message}`);
    return;
  }
  show(result.file);
}

/**
 * Reads first (the open dialog by default), then asks about unsaved work, then `show`s it: nothing
 * is asked about a file that was never chosen, and `accept` can turn a file down (its reason goes
 * to the status line) before anything on screen is at stake.
 */
export async function readThenReplace(
  show: (file: OpenedFile) => void,
  accept: (file: OpenedFile) => boolean = () => true,
  read?: () => Promise<OpenResult | null>,
): Promise<void> {
  if (!host) return;
  const result = await (read ? read() : host.openFile());
  if (!result) return;
  if (!result.ok) {
    status(`Could not open: ${result.message}`);
    return;
  }
  if (!accept(result.file) || !(await keepWorkAsked())) return;
  show(result.file);
}

/** Autosave: the host keeps a draft of unsaved work a second after the last edit. */
export function writeDraftSoon(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useMapStore.subscribe((s, before) => {
    if (s.doc.current === before.doc.current || !isDirty(s) || !s.doc.current) return;
    clearTimeout(timer);
    const { token, current } = s.doc;
    // A draft put off with "Later" belongs to this file: writing would replace it.
    if (draftWaitsFor(token)) return;
    timer = setTimeout(() => {
      // Saved (or another map loaded) in the meantime: a draft now would offer back work that is
      // safe on disk, under a file it no longer belongs to.
      const now = useMapStore.getState();
      if (now.doc.current !== current || now.doc.token !== token || !isDirty(now)) return;
      void host?.writeDraft(token, fileText(current));
    }, 1000);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
