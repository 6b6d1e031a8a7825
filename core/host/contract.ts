// The host the renderer codes against: `window.mapwright` in Electron (the preload), or a browser
// implementation for `npm run web`. Also the IPC contract between preload and main: channel names
// (`domain:verb`) and one pure validator per payload, so main never trusts what a renderer sends.
import { MAX_MAP_BYTES } from '../format/source.ts';

export type HostKind = 'electron' | 'browser';

/**
 * An opaque id the host issued for a file the user chose (a dialog, the recent list, the default
 * map). The renderer never sends raw paths: only tokens the host handed out are accepted.
 */
export type FileToken = string;

/** A file as read from disk. The renderer parses `text` itself and shows errors with line/column. */
export interface OpenedFile {
  token: FileToken;
  /** Base name, e.g. `ehealth-platform.yaml`. */
  name: string;
  /** Full path, for display only (absent in the browser). */
  path?: string;
  text: string;
}

export type OpenResult = { ok: true; file: OpenedFile } | { ok: false; reason: 'io' | 'unreadable'; message: string };

/** Unsaved work found after a crash, already checked to load as a map. */
export interface DraftOffer {
  /** Token of the file the draft belongs to (it is opened as `StartupState.file`); null for an untitled map. */
  token: FileToken | null;
  name: string;
  text: string;
  /** ISO time the draft was written. */
  savedAt: string;
  /** The file on disk changed since the draft's base version: restoring may overwrite someone's work. */
  baseChanged: boolean;
}

export interface StartupState {
  /** The file to show: the draft's file, else the last recent file, else the default example map. */
  file: OpenedFile | null;
  draft: DraftOffer | null;
}

export interface SavedFile {
  token: FileToken;
  name: string;
  path?: string;
}

/**
 * `conflict`: the file changed on disk since it was opened or last saved (the text was kept as a draft);
 * `invalid`: the text would not load back as a map, nothing written; `io`: the disk refused.
 */
export type SaveFailure = { ok: false; reason: 'conflict' | 'invalid' | 'io'; message: string };
export type SaveResult = { ok: true; file: SavedFile } | SaveFailure;

export interface SaveOptions {
  /** The user chose "keep mine" after a conflict: replace the newer file on disk. */
  overwriteNewer?: boolean;
}

export interface RecentFile {
  token: FileToken;
  name: string;
  path: string;
}

/**
 * The open file changed on disk. `reload`: the document was clean, here is the new text (replace the
 * document, history may be kept). `changed`: the document is dirty, show a banner (reload / keep mine).
 * `deleted`: the file is gone; the next save needs "save as" or recreates it.
 */
export type ExternalChange =
  | { kind: 'reload'; file: OpenedFile }
  | { kind: 'changed'; token: FileToken; name: string }
  | { kind: 'deleted'; token: FileToken; name: string };

export type ExportResult =
  | {
      ok: true;
      folder: string;
      written: string[];
      /** Those of `written` that replaced an existing file (absent when the host cannot tell). */
      overwritten?: string[];
    }
  | { ok: false; reason: 'invalid' | 'io'; message: string };

/** How `exportFile` carries the file: text as is, or binary bytes as base64 (IPC and bridges pass strings well). */
export type ExportEncoding = 'utf8' | 'base64';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** A commit that touched the open file, newest first (`git log --follow`). */
export interface HistoryEntry {
  /** Full commit hash (40 or 64 hex digits). */
  hash: string;
  short: string;
  /** ISO 8601 author date. */
  date: string;
  author: string;
  subject: string;
}

/**
 * Title bar state; the host shows `• name — Mapwright` and asks before closing when the map is
 * dirty or the Source pane holds text that does not load (`unapplied`: in no map, so no save keeps it).
 */
export interface WindowState {
  token: FileToken | null;
  name: string;
  dirty: boolean;
  unapplied: boolean;
}

/** A network the host can open a live session on (`mapwright serve --host`), by id: never an address the page chose. */
export interface ShareInterface {
  id: string;
  /** What the dialog shows, e.g. `This computer only (127.0.0.1)` or `eth0 (192.168.1.20)`. */
  label: string;
}

export interface LiveShareRequest {
  interfaceId: string;
  readOnly: boolean;
}

/** The running session: the link to share (edits allowed unless read-only) and a watch-only link. */
export interface LiveShareInfo {
  file: string;
  joinUrl: string;
  viewUrl: string;
  interfaceLabel: string;
  readOnly: boolean;
}

export type LiveShareResult = ({ ok: true } & LiveShareInfo) | { ok: false; message: string };

/**
 * Commands sent by the application menu (Electron). The browser host never sends them. The menu
 * registers the File and View shortcuts itself; Edit shortcuts (undo, copy, delete…) and zoom-to-fit
 * and `?` are only shown there: the page handles those keys in both hosts, and in a focused text
 * field edit:* commands should act on the field (document.execCommand), not on the map.
 */
export const MENU_COMMANDS = [
  'file:new',
  'file:open',
  'file:open-recent',
  'file:save',
  'file:save-as',
  'file:import-owm',
  'file:export-k8s',
  'file:export-compose',
  'file:export-plan',
  'file:export-owm',
  'file:export-svg',
  'file:share-live',
  'file:close',
  'edit:undo',
  'edit:redo',
  'edit:cut',
  'edit:copy',
  'edit:paste',
  'edit:delete',
  'edit:select-all',
  'view:zoom-to-fit',
  'view:presentation',
  'view:plan',
  'view:toggle-panels',
  'view:shortcuts',
  'help:about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * `token` is set for `file:open-recent`. `file:close` is also sent when the user closes the window
 * with unsaved changes or unapplied Source pane text: ask about them, then call `closeWindow()`.
 */
export interface MenuEvent {
  command: MenuCommand;
  token?: FileToken;
}

export type Unsubscribe = () => void;

/**
 * Calls reject (a plain Error) only when the host refuses the request itself: a payload that fails
 * its validator or a token it never issued. Expected failures are values (`ok: false`).
 */
export interface MapwrightHost {
  readonly kind: HostKind;
  startup(): Promise<StartupState>;
  /** Shows an open dialog; null when the user cancelled. */
  openFile(): Promise<OpenResult | null>;
  openRecent(token: FileToken): Promise<OpenResult>;
  recentFiles(): Promise<RecentFile[]>;
  /** Re-reads the file from disk; the host's "last seen" version becomes what was read. */
  reload(token: FileToken): Promise<OpenResult>;
  save(token: FileToken, text: string, options?: SaveOptions): Promise<SaveResult>;
  /** Shows a save dialog; null when the user cancelled. */
  saveAs(text: string, suggestedName: string): Promise<SaveResult | null>;
  /** Autosave, about 1 s after the last edit. Null token: an untitled map. */
  writeDraft(token: FileToken | null, text: string): Promise<void>;
  discardDraft(token: FileToken | null): Promise<void>;
  onExternalChange(listener: (change: ExternalChange) => void): Unsubscribe;
  onMenuCommand(listener: (event: MenuEvent) => void): Unsubscribe;
  setWindowState(state: WindowState): Promise<void>;
  confirmUnsaved(name: string): Promise<UnsavedChoice>;
  /** Closes the window without asking again (after the renderer's own unsaved-changes flow). */
  closeWindow(): Promise<void>;
  /** Writes files (relative paths such as `base/tickets.yaml`) into a folder the user picks; null when cancelled. */
  writeExport(files: Record<string, string>, suggestedFolder: string): Promise<ExportResult | null>;
  /**
   * Writes one exported file (SVG, OWM text, PNG) where the user picks; null when cancelled. With
   * `encoding: 'base64'`, `text` is the file's bytes in base64 (a PNG picture); the default is UTF-8 text.
   */
  exportFile(text: string, suggestedName: string, encoding?: ExportEncoding): Promise<ExportResult | null>;
  /** Commits that touched the file, newest first; empty when it is not in a git repository. */
  history(token: FileToken): Promise<HistoryEntry[]>;
  /** The file's text as committed at `hash` (from `history`); null when that version does not exist. */
  fileAtRevision(token: FileToken, hash: string): Promise<string | null>;
  /**
   * Live sharing ("Share live session…"): the networks a session can listen on, start one on the
   * open file (one session at a time: asking again for the same file answers the running one), end
   * it. Absent on hosts that cannot run a server (a participant's page, a static host).
   */
  shareInterfaces?(): Promise<ShareInterface[]>;
  shareLive?(token: FileToken, request: LiveShareRequest): Promise<LiveShareResult>;
  /** The running session, or null. */
  liveShareState?(): Promise<LiveShareInfo | null>;
  /** Rejects when the host could not confirm the session ended. */
  endLiveShare?(): Promise<void>;
}

// ---- IPC: channels (renderer → main are invoked; main → renderer are events) ----

export const CHANNELS = {
  startup: 'app:startup',
  open: 'file:open',
  openRecent: 'file:open-recent',
  recent: 'file:recent',
  reload: 'file:reload',
  save: 'file:save',
  saveAs: 'file:save-as',
  writeDraft: 'draft:write',
  discardDraft: 'draft:discard',
  setWindowState: 'window:set-state',
  confirmUnsaved: 'window:confirm-unsaved',
  closeWindow: 'window:close',
  writeExport: 'export:write',
  exportFile: 'export:file',
  history: 'history:list',
  fileAtRevision: 'history:show',
  shareInterfaces: 'live:interfaces',
  shareLive: 'live:share',
  liveShareState: 'live:state',
  endLiveShare: 'live:end',
} as const;
export type InvokeChannel = (typeof CHANNELS)[keyof typeof CHANNELS];

export const EVENTS = { externalChange: 'file:external-change', menuCommand: 'menu:command' } as const;

/** The only origin allowed to call the host (the custom protocol serving the built renderer). */
export const APP_ORIGIN = 'app://mapwright';

export const MAX_TEXT_LENGTH = MAX_MAP_BYTES;
export const MAX_EXPORT_FILES = 2000;
export const MAX_EXPORT_LENGTH = 50 * 1024 * 1024;
