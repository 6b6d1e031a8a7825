// The host for `npm run web`: the same contract as Electron's preload, done with what a browser
// offers. Open through a file picker or drag-and-drop; save through the File System Access API
// when the file came with a handle, else as a download; drafts in localStorage.
import type {
  DraftOffer,
  ExportResult,
  MapwrightHost,
  OpenedFile,
  OpenResult,
  SaveResult,
  UnsavedChoice,
} from '../../core/host/contract.ts';
import { base64ToBytes, binaryMediaTypeOf } from '../export/picture-bytes.ts';
import { zipBundle } from '../export/zip-bundle.ts';
import { DEFAULT_MAP_NAME, defaultMapText } from './default-map.ts';
import { fetchServedDefaultMap, fetchServedHistory, fetchServedRevision } from './served-maps.ts';

interface FileHandleLike {
  name: string;
  createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
}

interface PickerWindow {
  showSaveFilePicker?: (options: { suggestedName: string }) => Promise<FileHandleLike>;
}

interface KnownFile {
  name: string;
  handle?: FileHandleLike;
  /** Set for the map `npm run web` serves: its name there, the key for its git history. */
  served?: string;
}

const DRAFT_KEY = 'mapwright:draft';

export function createBrowserHost(
  win: Window = window,
): MapwrightHost & { openDropped(file: File): Promise<OpenResult> } {
  const files = new Map<string, KnownFile>();
  const remember = (name: string, text: string, handle?: FileHandleLike): OpenedFile => {
    const token = newToken();
    files.set(token, handle ? { name, handle } : { name });
    return { token, name, text };
  };
  const readFile = async (file: File): Promise<OpenResult> => {
    try {
      return { ok: true, file: remember(file.name, await file.text()) };
    } catch (e) {
      return { ok: false, reason: 'unreadable', message: e instanceof Error ? e.message : String(e) };
    }
  };
  const notKnown = (): OpenResult => ({ ok: false, reason: 'io', message: 'the browser cannot re-read that file' });

  return {
    kind: 'browser',
    startup: async () => {
      const served = await fetchServedDefaultMap(win);
      if (!served) return { file: remember(DEFAULT_MAP_NAME, defaultMapText()), draft: readDraft(win) };
      const file = remember(served.file, served.text);
      files.set(file.token, { name: served.file, served: served.file });
      return { file, draft: readDraft(win) };
    },
    openFile: async () => {
      const file = await pickFile(win.document);
      return file ? readFile(file) : null;
    },
    openDropped: readFile,
    openRecent: async () => notKnown(),
    recentFiles: async () => [],
    reload: async () => notKnown(),
    save: async (token, text) => {
      const known = files.get(token);
      if (!known) return { ok: false, reason: 'io', message: 'unknown file' };
      const written = await writeOut(win, text, known);
      if (written.ok) win.localStorage.removeItem(DRAFT_KEY);
      return written.ok ? { ok: true, file: { token, name: known.name } } : written;
    },
    saveAs: async (text, suggestedName) => {
      const picker = (win as unknown as PickerWindow).showSaveFilePicker;
      let handle: FileHandleLike | undefined;
      if (picker) {
        try {
          handle = await picker({ suggestedName });
        } catch {
          return null;
        }
      }
      const token = remember(handle?.name ?? suggestedName, text, handle).token;
      const known = files.get(token) as KnownFile;
      const written = await writeOut(win, text, known);
      return written.ok ? { ok: true, file: { token, name: known.name } } : written;
    },
    writeDraft: async (token, text) => {
      const name = token ? (files.get(token)?.name ?? 'untitled.yaml') : 'untitled.yaml';
      win.localStorage.setItem(DRAFT_KEY, JSON.stringify({ name, text, savedAt: new Date().toISOString() }));
    },
    discardDraft: async () => win.localStorage.removeItem(DRAFT_KEY),
    onExternalChange: () => () => undefined,
    onMenuCommand: () => () => undefined,
    setWindowState: async (state) => {
      win.document.title = `${state.dirty ? '• ' : ''}${state.name} — Mapwright`;
    },
    confirmUnsaved: async (name): Promise<UnsavedChoice> =>
      win.confirm(`${name} has unsaved changes. Discard them?`) ? 'discard' : 'cancel',
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
    // A browser has no git: only the map served by `npm run web` has a history (its small API).
    history: async (token) => {
      const served = files.get(token)?.served;
      return served ? fetchServedHistory(win, served) : [];
    },
    fileAtRevision: async (token, hash) => {
      const served = files.get(token)?.served;
      return served ? fetchServedRevision(win, served, hash) : null;
    },
  };
}

async function writeOut(win: Window, text: string, known: KnownFile): Promise<SaveResult | { ok: true }> {
  try {
    if (known.handle) {
      const stream = await known.handle.createWritable();
      await stream.write(text);
      await stream.close();
    } else {
      download(win.document, text, known.name);
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: 'io', message: e instanceof Error ? e.message : String(e) };
  }
}

function readDraft(win: Window): DraftOffer | null {
  try {
    const raw = win.localStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { name, text, savedAt } = parsed as Record<string, unknown>;
    if (typeof name !== 'string' || typeof text !== 'string' || typeof savedAt !== 'string') return null;
    return { token: null, name, text, savedAt, baseChanged: false };
  } catch {
    return null;
  }
}

function pickFile(document: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.yaml,.yml,.owm,.txt,text/yaml,text/plain';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function download(document: Document, content: string | Uint8Array, name: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function newToken(): string {
  return `b${crypto.randomUUID().replace(/-/g, '')}`.slice(0, 32);
}
