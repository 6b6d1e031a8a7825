// The host for `npm run web`: the same contract as Electron's preload, done with what a browser
// offers. The map the server serves saves back to its file on disk through the server's API
// (atomic, refused when the file changed since it was read, drafts kept on the server); a file
// saved through the browser's save picker saves through its handle; anything else downloads, and
// the Save button then says "Download". On a plain static host drafts live in localStorage.
import type {
  DraftOffer,
  ExportResult,
  FileToken,
  MapwrightHost,
  OpenedFile,
  OpenResult,
  SaveResult,
  StartupState,
  UnsavedChoice,
} from '../../core/host/contract.ts';
import { base64ToBytes, binaryMediaTypeOf } from '../export/picture-bytes.ts';
import { zipBundle } from '../export/zip-bundle.ts';
import { DEFAULT_MAP_NAME, defaultMapText } from './default-map.ts';
import { discardLocalDraft, readLocalDraft, writeLocalDraft } from './local-drafts.ts';
import {
  discardServedDraft,
  readServedMap,
  servedDrafts,
  writeServedDraft,
  type ServedDraft,
  type ServedFile,
} from './served-api.ts';
import { fetchServedHistory, fetchServedRevision } from './served-maps.ts';
import { servedLiveSharing } from './served-live.ts';
import {
  download,
  openServedAsked,
  pickFile,
  saveAsServed,
  saveKnown,
  type FileHandleLike,
  type KnownFile,
} from './browser-files.ts';

/** Where Save puts the map: its file on disk, a file handle the browser gave, or a download. */
export type SaveTarget = 'disk' | 'handle' | 'download';

interface PickerWindow {
  showSaveFilePicker?: (options: { suggestedName: string }) => Promise<FileHandleLike>;
}

export type BrowserHost = MapwrightHost & {
  openDropped(file: File): Promise<OpenResult>;
  saveTarget(token: FileToken | null): SaveTarget;
};

export function createBrowserHost(win: Window = window): BrowserHost {
  const files = new Map<string, KnownFile>();
  let served = false;
  const remember = (known: KnownFile, text: string): OpenedFile => {
    const token = newToken();
    files.set(token, known);
    return { token, name: known.name, text };
  };
  const readFile = async (file: File): Promise<OpenResult> => {
    try {
      return { ok: true, file: remember({ name: file.name }, await file.text()) };
    } catch (e) {
      return { ok: false, reason: 'unreadable', message: e instanceof Error ? e.message : String(e) };
    }
  };
  const notKnown = (): OpenResult => ({ ok: false, reason: 'io', message: 'the browser cannot re-read that file' });
  const picker = () => (win as unknown as PickerWindow).showSaveFilePicker;

  return {
    kind: 'browser',
    startup: async () => {
      const first = await readServedMap(win, null);
      // No map served: a static host (no API), or a server whose folder is still empty (served).
      const drafts = first ? undefined : await servedDrafts(win);
      if (!first && !drafts) return staticStartup(win, remember);
      served = true;
      return servedStartup(win, first, drafts ?? (await servedDrafts(win)) ?? [], remember);
    },
    openFile: async () => {
      const asked = served ? await openServedAsked(win) : 'computer';
      if (asked !== 'computer') return asked?.ok ? rememberServed(asked.read, remember) : asked;
      const file = await pickFile(win.document);
      return file ? readFile(file) : null;
    },
    openDropped: readFile,
    openRecent: async () => notKnown(),
    recentFiles: async () => [],
    reload: async (token) => {
      const known = files.get(token);
      if (!known?.served) return notKnown();
      const read = await readServedMap(win, known.served.file);
      if (!read) return { ok: false, reason: 'io', message: `could not read ${known.name} from the server` };
      known.served.baseline = read.fingerprint.sha256;
      return { ok: true, file: { token, name: known.name, text: read.text } };
    },
    save: async (token, text, options) => {
      const known = files.get(token);
      if (!known) return { ok: false, reason: 'io', message: 'unknown file' };
      const written = await saveKnown(win, known, text, options?.overwriteNewer === true);
      if (written.ok && !known.served) discardLocalDraft(win);
      return written.ok ? { ok: true, file: { token, name: known.name } } : written;
    },
    saveAs: async (text, suggestedName): Promise<SaveResult | null> => {
      if (served) {
        const named = await saveAsServed(win, text, suggestedName);
        if (!named || !named.ok) return named;
        const token = remember(named.known, text).token;
        return { ok: true, file: { token, name: named.known.name } };
      }
      let handle: FileHandleLike | undefined;
      const pick = picker();
      if (pick) {
        try {
          handle = await pick({ suggestedName });
        } catch (e) {
          // Closing the picker is a cancel; anything else is a failure the user must hear about.
          if (e instanceof DOMException && e.name === 'AbortError') return null;
          return pickerFailure(e);
        }
      }
      const known: KnownFile = handle ? { name: handle.name, handle } : { name: suggestedName };
      const token = remember(known, text).token;
      const written = await saveKnown(win, known, text, false);
      return written.ok ? { ok: true, file: { token, name: known.name } } : written;
    },
    writeDraft: async (token, text) => {
      const known = token ? files.get(token) : undefined;
      if (served) await writeServedDraft(win, known?.served?.file ?? null, text, known?.served?.baseline ?? null);
      else writeLocalDraft(win, known?.name ?? 'untitled.yaml', text);
    },
    discardDraft: async (token) => {
      const known = token ? files.get(token) : undefined;
      if (served) await discardServedDraft(win, known?.served?.file ?? null);
      else discardLocalDraft(win);
    },
    onExternalChange: () => () => undefined,
    onMenuCommand: () => () => undefined,
    setWindowState: async (state) => {
      win.document.title = `${state.dirty || state.unapplied ? '• ' : ''}${state.name} — Mapwright`;
    },
    // Two questions, since a browser dialog has two buttons: save first? if not, discard?
    confirmUnsaved: async (name): Promise<UnsavedChoice> => {
      if (win.confirm(`${name} has unsaved changes. Save them first?`)) return 'save';
      return win.confirm(`Discard the unsaved changes to ${name}?`) ? 'discard' : 'cancel';
    },
    closeWindow: async () => undefined,
    // No folder access in a browser: the bundle arrives as one .zip with the same relative paths.
    writeExport: async (exported, suggestedFolder): Promise<ExportResult> => {
      const name = `${suggestedFolder}.zip`;
      download(win.document, zipBundle(exported), name, 'application/zip');
      return { ok: true, folder: name, written: Object.keys(exported).sort() };
    },
    exportFile: async (text, suggestedName, encoding) => {
      if (encoding === 'base64')
        download(win.document, base64ToBytes(text), suggestedName, binaryMediaTypeOf(suggestedName));
      else download(win.document, text, suggestedName);
      return { ok: true, folder: '', written: [suggestedName] };
    },
    // A browser has no git: only maps served by `npm run web` have a history (its API).
    history: async (token) => {
      const file = files.get(token)?.served?.file;
      return file ? fetchServedHistory(win, file) : [];
    },
    fileAtRevision: async (token, hash) => {
      const file = files.get(token)?.served?.file;
      return file ? fetchServedRevision(win, file, hash) : null;
    },
    ...servedLiveSharing(win, (token) => files.get(token)?.served?.file),
    saveTarget: (token) => {
      const known = token ? files.get(token) : undefined;
      if (known?.served || (!known && served)) return 'disk';
      if (known?.handle || (!known && picker())) return 'handle';
      return 'download';
    },
  };
}

/**
 * The served map to open, and the newest draft: its own file is the one opened, so restoring it
 * never lands on another file. An empty folder shows the example map as a file of the folder not
 * yet written (no baseline): its first save creates it there, never over another.
 */
async function servedStartup(
  win: Window,
  first: ServedFile | null,
  drafts: readonly ServedDraft[],
  remember: (known: KnownFile, text: string) => OpenedFile,
): Promise<StartupState> {
  const newest = drafts[0];
  const wanted = newest?.file && newest.file !== first?.file ? await readServedMap(win, newest.file) : null;
  const shown = wanted ?? first;
  const file = shown
    ? remember({ name: shown.file, served: { file: shown.file, baseline: shown.fingerprint.sha256 } }, shown.text)
    : remember({ name: DEFAULT_MAP_NAME, served: { file: DEFAULT_MAP_NAME, baseline: null } }, defaultMapText());
  if (!newest) return { file, draft: null };
  const own = newest.file !== null && newest.file === file.name;
  const draft: DraftOffer = {
    token: own ? file.token : null,
    name: newest.file ?? 'untitled.yaml',
    text: newest.text,
    savedAt: newest.savedAt,
    baseChanged: newest.baseChanged,
  };
  return { file, draft };
}

/** A plain static host: the example map, and the draft this browser kept. */
function staticStartup(win: Window, remember: (known: KnownFile, text: string) => OpenedFile): StartupState {
  return { file: remember({ name: DEFAULT_MAP_NAME }, defaultMapText()), draft: readLocalDraft(win) };
}

function rememberServed(read: ServedFile, remember: (known: KnownFile, text: string) => OpenedFile): OpenResult {
  const served = { file: read.file, baseline: read.fingerprint.sha256 };
  return { ok: true, file: remember({ name: read.file, served }, read.text) };
}

function pickerFailure(e: unknown): SaveResult {
  return { ok: false, reason: 'io', message: `the save picker failed: ${e instanceof Error ? e.message : String(e)}` };
}

function newToken(): string {
  return `b${crypto.randomUUID().replace(/-/g, '')}`.slice(0, 32);
}
