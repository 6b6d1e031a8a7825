// The file's life outside the editor: changes on disk (git pull, checkout, another editor), save
// conflicts, and starting a new map. A clean document follows the disk; a dirty one never does so
// silently: the user picks "reload from disk" or "keep mine" (which may overwrite, on request).
import type { ExternalChange, MapwrightHost, OpenedFile, Unsubscribe } from '../../core/host/contract.ts';
import { fileText } from '../../core/format/parse.ts';
import { emptyMapDocument } from '../../core/model/operations.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { fileHost, keepWorkAsked, reloadReadOffThread, setStatus } from '../store/files.ts';
import { NEW_MAP_HINT } from '../store/edits.ts';
import { loaded, markedSaved } from '../store/history.ts';
import { IDLE, isDirty, useMapStore } from '../store/store.ts';
import { showBanner, useFileBanner } from './file-banner.ts';

export function handleExternalChange(change: ExternalChange): void {
  const state = useMapStore.getState();
  const token = change.kind === 'reload' ? change.file.token : change.token;
  if (token !== state.doc.token) return;
  const name = change.kind === 'reload' ? change.file.name : change.name;
  if (change.kind === 'deleted') {
    showBanner({
      kind: 'deleted',
      name,
      token,
      message: `${name} was deleted or moved on disk. Save writes it again.`,
    });
    return;
  }
  if (change.kind === 'reload' && !isDirty(state)) {
    void followDisk(change.file);
    return;
  }
  showChanged(name, token);
}

function showChanged(name: string, token: string, errors?: readonly Diagnostic[]): void {
  const message = errors ? doesNotLoad(name, errors) : `${name} changed on disk, and this window has unsaved changes.`;
  showBanner({ kind: 'changed', name, token, message });
}

function doesNotLoad(name: string, errors: readonly Diagnostic[]): string {
  return `${name} changed on disk and does not load as a map (${firstError(errors)}). The map here is kept as it was.`;
}

function firstError(errors: readonly Diagnostic[]): string {
  const first = errors[0];
  if (!first) return 'no map in it';
  return first.line ? `line ${first.line}: ${first.message}` : first.message;
}

/**
 * The file read in the map worker, shown unless the map changed meanwhile (`before` is its document
 * then). It replaces the map as one undo step: undo brings back the map as it was just before. A
 * file that does not load leaves the map as it is (its errors come back).
 */
function readUnlessEdited(file: OpenedFile): Promise<'shown' | 'stale' | Diagnostic[]> {
  const before = useMapStore.getState().doc.current;
  return reloadReadOffThread(file, () => useMapStore.getState().doc.current === before);
}

/**
 * A clean map follows the disk; an edit made while the file is read wins, and the banner asks.
 * Undo goes back to the map as it was before the change on disk (then unsaved: it differs from the file).
 * A file on disk that does not load (saved half-way in another editor, a merge conflict) never
 * replaces the map: it stays as it was, the banner says what is wrong with the file, and the map
 * follows the disk again once the file loads.
 */
async function followDisk(file: OpenedFile): Promise<void> {
  const read = await readUnlessEdited(file);
  if (read === 'shown') {
    showBanner(null);
    setStatus(`Reloaded ${file.name}: it changed on disk`);
  } else if (useMapStore.getState().doc.token === file.token) {
    showChanged(file.name, file.token, read === 'stale' ? undefined : read);
  }
}

export function attachExternalChanges(host: MapwrightHost): Unsubscribe {
  return host.onExternalChange(handleExternalChange);
}

/**
 * The file on disk replaces the map (the user chose it over the unsaved changes); the map it
 * replaces, unsaved changes and all, stays one undo away, and redo brings the disk's version back.
 */
export async function reloadFromDisk(): Promise<void> {
  const host = fileHost();
  const banner = useFileBanner.getState().banner;
  if (!host || !banner) return;
  const result = await host.reload(banner.token);
  if (!result.ok) {
    setStatus(`Could not reload: ${result.message}`);
    return;
  }
  const read = await readUnlessEdited(result.file);
  // An edit made while the file is read keeps the banner: the user asks again.
  if (read === 'stale') return;
  if (read !== 'shown') {
    showBanner({ ...banner, message: doesNotLoad(result.file.name, read) });
    setStatus(`Not reloaded: ${result.file.name} does not load as a map (${firstError(read)})`);
    return;
  }
  showBanner(null);
  setStatus(`Reloaded ${result.file.name} from disk`);
}

/** Keeps the window's version; after a refused save this writes it over the newer file. */
export async function keepMine(): Promise<void> {
  const banner = useFileBanner.getState().banner;
  const host = fileHost();
  const { doc } = useMapStore.getState();
  if (!banner) return;
  if (banner.kind !== 'conflict' || !host || !doc.current || !doc.token) {
    showBanner(null);
    return;
  }
  const document = doc.current;
  const result = await host.save(doc.token, fileText(document), { overwriteNewer: true });
  if (!result.ok) {
    setStatus(`Not saved: ${result.message}`);
    return;
  }
  useMapStore.setState((s) => ({ doc: markedSaved(s.doc, document, result.file) }));
  showBanner(null);
  setStatus(`Saved ${result.file.name} over the newer file on disk`);
  await host.discardDraft(result.file.token);
}

/** File → New: an empty untitled map, after asking about unsaved work. */
export async function newMap(): Promise<void> {
  if (!(await keepWorkAsked())) return;
  useMapStore.setState({
    doc: loaded(emptyMapDocument('Untitled map'), 'untitled.yaml', null),
    selection: { ids: new Set() },
    gesture: IDLE,
  });
  showBanner(null);
  setStatus(NEW_MAP_HINT);
}
