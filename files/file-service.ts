// The file side of the host, without Electron: open, save, save as, reload, drafts, recent files
// and watching, all by token. Dialogs stay in the IPC layer; they hand chosen paths to `openPath`
// and `saveAsPath`, the only ways a path enters the service.
import { basename, dirname } from 'node:path';
import type {
  DraftOffer,
  ExternalChange,
  OpenResult,
  OpenedFile,
  RecentFile,
  SaveResult,
  StartupState,
} from '../core/host/contract.ts';
import { MAX_MAP_BYTES } from '../core/format/source.ts';
import { parseMap } from '../core/format/parse.ts';
import { saveMapFile } from './atomic-save.ts';
import { sweepDraftsFolder } from './draft-sweep.ts';
import { discardDraft, recoverableDrafts, writeDraft } from './drafts.ts';
import { reactionToDiskChange } from './external-change.ts';
import { FileTokens, type OpenEntry } from './file-tokens.ts';
import { fingerprintOf, isMissing, readWithFingerprint } from './fingerprint.ts';
import { addRecentFile, readRecentFiles } from './recent-files.ts';
import { sweepStaleTemps } from './temp-sweep.ts';
import { watchMapFile, type MapFileWatcher } from './watch.ts';

export interface FileServiceOptions {
  /** The app's data folder: recent files live here, drafts in `drafts/` below it. */
  dataFolder: string;
  /** Opened on first start (the example map). */
  defaultMap: string;
  onExternalChange: (change: ExternalChange) => void;
  /** Off in tests that do not need a watcher. */
  watch?: boolean;
  watchStabilityMs?: number;
}

export class FileService {
  private readonly tokens = new FileTokens();
  private readonly draftsFolder: string;
  private active: { entry: OpenEntry; dirty: boolean; watcher: MapFileWatcher | null } | null = null;

  constructor(private readonly options: FileServiceOptions) {
    this.draftsFolder = `${options.dataFolder}/drafts`;
  }

  isIssued(token: string): boolean {
    return this.tokens.find(token) !== undefined;
  }

  /** The path behind an issued token, for host services that read beside the file (git history). */
  pathOf(token: string): string | undefined {
    return this.tokens.find(token)?.path;
  }

  /** Opens a path the user chose; it becomes the active (watched) document. */
  async openPath(path: string): Promise<OpenResult> {
    const entry = this.tokens.issue(path);
    const result = await this.read(entry);
    if (result.ok) {
      await sweepStaleTemps(dirname(path));
      await addRecentFile(this.options.dataFolder, path);
      await this.activate(entry);
    }
    return result;
  }

  async openToken(token: string): Promise<OpenResult> {
    const entry = this.tokens.find(token);
    return entry ? this.openPath(entry.path) : unknownToken();
  }

  /** Reads the file again; what was read becomes the version the next save compares against. */
  async reload(token: string): Promise<OpenResult> {
    const entry = this.tokens.find(token);
    return entry ? this.read(entry) : unknownToken();
  }

  async save(token: string, text: string, overwriteNewer = false): Promise<SaveResult> {
    const entry = this.tokens.find(token);
    if (!entry) return { ok: false, reason: 'io', message: 'this file was not opened through a dialog' };
    // A file that fails to parse is shown as errors and never replaced by a plain save.
    if (!(await loadsOrIsAbsent(entry.path))) {
      const message = `${basename(entry.path)} does not load as a map on disk; fix it in a text editor or use Save As`;
      return { ok: false, reason: 'invalid', message };
    }
    return this.write(entry, text, overwriteNewer);
  }

  /** Saves to a path the user chose in a save dialog (which already asked about replacing it). */
  async saveAsPath(path: string, text: string, previous: string | null = null): Promise<SaveResult> {
    const entry = this.tokens.issue(path);
    entry.baseline = await fingerprintOf(path);
    const result = await this.write(entry, text, true);
    if (result.ok) {
      if (previous !== null && previous !== entry.token && this.isIssued(previous)) await this.discardDraft(previous);
      if (previous === null) await this.discardDraft(null);
      await addRecentFile(this.options.dataFolder, path);
      await this.activate(entry);
    }
    return result;
  }

  private async write(entry: OpenEntry, text: string, overwriteNewer: boolean): Promise<SaveResult> {
    const token = entry.token;
    const outcome = await saveMapFile({ path: entry.path, text, baseline: entry.baseline, overwriteNewer });
    if (!outcome.ok) {
      if (outcome.reason === 'conflict') {
        await this.writeDraft(token, text);
        return { ...outcome, message: `${outcome.message}; your version was kept as a draft` };
      }
      return outcome;
    }
    entry.baseline = outcome.fingerprint;
    await discardDraft(this.draftsFolder, entry.path);
    return { ok: true, file: { token, name: basename(entry.path), path: entry.path } };
  }

  async writeDraft(token: string | null, text: string): Promise<void> {
    const entry = token === null ? null : this.tokens.find(token);
    if (entry === undefined) throw new Error('unknown file token');
    const key = entry ? { path: entry.path, name: basename(entry.path) } : { path: null, name: 'Untitled map' };
    await writeDraft(this.draftsFolder, key, text, entry?.baseline?.sha256 ?? null);
  }

  async discardDraft(token: string | null): Promise<void> {
    const entry = token === null ? null : this.tokens.find(token);
    if (entry === undefined) throw new Error('unknown file token');
    await discardDraft(this.draftsFolder, entry?.path ?? null);
  }

  async recentFiles(): Promise<RecentFile[]> {
    const paths = await readRecentFiles(this.options.dataFolder);
    return paths.map((path) => ({ token: this.tokens.issue(path).token, name: basename(path), path }));
  }

  /** The newest recoverable draft (and its file), else the last recent file, else the example map. */
  async startup(): Promise<StartupState> {
    await sweepDraftsFolder(this.draftsFolder);
    const [draft] = await recoverableDrafts(this.draftsFolder);
    if (draft) {
      const opened = draft.path === null ? null : await this.openPath(draft.path);
      const file = opened?.ok ? opened.file : null;
      const offer: DraftOffer = {
        token: file?.token ?? null,
        name: draft.name,
        text: draft.text,
        savedAt: draft.savedAt,
        baseChanged: draft.baseChanged,
      };
      return { file, draft: offer };
    }
    for (const path of [...(await readRecentFiles(this.options.dataFolder)).slice(0, 1), this.options.defaultMap]) {
      const opened = await this.openPath(path);
      if (opened.ok) return { file: opened.file, draft: null };
    }
    return { file: null, draft: null };
  }

  /** The renderer's view of the active document: which token, and whether it has unsaved edits. */
  async setActive(token: string | null, dirty: boolean): Promise<void> {
    const entry = token === null ? null : this.tokens.find(token);
    if (entry === undefined) return;
    if (entry === null) await this.deactivate();
    else if (this.active?.entry !== entry) await this.activate(entry);
    if (this.active) this.active.dirty = dirty;
  }

  async close(): Promise<void> {
    await this.deactivate();
  }

  private async read(entry: OpenEntry): Promise<OpenResult> {
    const name = basename(entry.path);
    try {
      const read = await readWithFingerprint(entry.path);
      if (!read) return { ok: false, reason: 'io', message: `${name} does not exist` };
      if (read.bytes.byteLength > MAX_MAP_BYTES)
        return { ok: false, reason: 'unreadable', message: `${name} is larger than 10 MB` };
      const text = decodeStrictly(read.bytes);
      if (text === null) return { ok: false, reason: 'unreadable', message: `${name} is not UTF-8 text` };
      entry.baseline = read.fingerprint;
      const file: OpenedFile = { token: entry.token, name, path: entry.path, text };
      return { ok: true, file };
    } catch (e) {
      const message = isMissing(e) ? `${name} does not exist` : e instanceof Error ? e.message : String(e);
      return { ok: false, reason: 'io', message };
    }
  }

  private async activate(entry: OpenEntry): Promise<void> {
    if (this.active?.entry === entry) return;
    await this.deactivate();
    const active: { entry: OpenEntry; dirty: boolean; watcher: MapFileWatcher | null } = {
      entry,
      dirty: false,
      watcher: null,
    };
    this.active = active;
    if (this.options.watch === false) return;
    const stabilityMs = this.options.watchStabilityMs ?? 300;
    active.watcher = await watchMapFile(entry.path, () => void this.onDiskEvent(active), { stabilityMs });
    // Deactivated while the watcher was starting.
    if (this.active !== active) await active.watcher.close();
  }

  private async deactivate(): Promise<void> {
    const watcher = this.active?.watcher;
    this.active = null;
    await watcher?.close();
  }

  private async onDiskEvent(active: { entry: OpenEntry; dirty: boolean }): Promise<void> {
    if (this.active !== active) return;
    const { entry } = active;
    const onDisk = await fingerprintOf(entry.path);
    const name = basename(entry.path);
    switch (reactionToDiskChange(entry.baseline, onDisk, active.dirty)) {
      case 'ignore':
        return;
      case 'deleted':
        return this.options.onExternalChange({ kind: 'deleted', token: entry.token, name });
      case 'banner':
        return this.options.onExternalChange({ kind: 'changed', token: entry.token, name });
      case 'reload': {
        const read = await this.read(entry);
        if (read.ok) this.options.onExternalChange({ kind: 'reload', file: read.file });
        else this.options.onExternalChange({ kind: 'changed', token: entry.token, name });
      }
    }
  }
}

function decodeStrictly(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function loadsOrIsAbsent(path: string): Promise<boolean> {
  const read = await readWithFingerprint(path);
  return read === null || parseMap(read.bytes).ok;
}

function unknownToken(): OpenResult {
  return { ok: false, reason: 'io', message: 'this file was not opened through a dialog' };
}
