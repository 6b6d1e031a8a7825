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

/** Title bar state; the host shows `• name — Mapwright` and asks before closing when dirty. */
export interface WindowState {
  token: FileToken | null;
  name: string;
  dirty: boolean;
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
 * with unsaved changes: run the Save/Discard/Cancel flow, then call `closeWindow()`.
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
const MAX_NAME_LENGTH = 255;

// ---- IPC payload validators: unknown in, a typed value or a message out ----

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export interface TokenPayload {
  token: FileToken;
}
export interface SavePayload {
  token: FileToken;
  text: string;
  overwriteNewer: boolean;
}
export interface SaveAsPayload {
  text: string;
  suggestedName: string;
}
export interface DraftPayload {
  token: FileToken | null;
  text: string;
}
export interface DiscardDraftPayload {
  token: FileToken | null;
}
export interface ConfirmUnsavedPayload {
  name: string;
}
export interface ExportPayload {
  files: Map<string, string>;
  suggestedFolder: string;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export function checkTokenPayload(payload: unknown): Checked<TokenPayload> {
  const o = record(payload, ['token']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, false);
  return token.ok ? ok({ token: token.value as FileToken }) : token;
}

export function checkSavePayload(payload: unknown): Checked<SavePayload> {
  const o = record(payload, ['token', 'text', 'overwriteNewer']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, false);
  if (!token.ok) return token;
  const text = textField(o.value.text, 'text', MAX_TEXT_LENGTH);
  if (!text.ok) return text;
  const overwrite = o.value.overwriteNewer;
  if (overwrite !== undefined && typeof overwrite !== 'boolean') return fail('overwriteNewer must be a boolean');
  return ok({ token: token.value as FileToken, text: text.value, overwriteNewer: overwrite === true });
}

export function checkSaveAsPayload(payload: unknown): Checked<SaveAsPayload> {
  const o = record(payload, ['text', 'suggestedName']);
  if (!o.ok) return o;
  const text = textField(o.value.text, 'text', MAX_TEXT_LENGTH);
  if (!text.ok) return text;
  const name = nameField(o.value.suggestedName, 'suggestedName');
  return name.ok ? ok({ text: text.value, suggestedName: name.value }) : name;
}

export interface ExportFilePayload {
  text: string;
  suggestedName: string;
  encoding: ExportEncoding;
}

/**
 * Padded base64 (RFC 4648 alphabet): Node's decoder would silently skip anything else. One character
 * class plus a length check, since a grouped `(?:x{4})*` overflows the regex stack on megabytes.
 */
function isBase64(text: string): boolean {
  return text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** `exportFile`: UTF-8 text as before (no `encoding` field), or non-empty base64 up to MAX_EXPORT_LENGTH. */
export function checkExportFilePayload(payload: unknown): Checked<ExportFilePayload> {
  const o = record(payload, ['text', 'suggestedName', 'encoding']);
  if (!o.ok) return o;
  const encoding = o.value.encoding === undefined ? 'utf8' : o.value.encoding;
  if (encoding !== 'utf8' && encoding !== 'base64') return fail("encoding must be 'utf8' or 'base64'");
  const name = nameField(o.value.suggestedName, 'suggestedName');
  if (!name.ok) return name;
  const text = textField(o.value.text, 'text', encoding === 'base64' ? MAX_EXPORT_LENGTH : MAX_TEXT_LENGTH);
  if (!text.ok) return text;
  if (encoding === 'base64' && !isBase64(text.value)) return fail('text must be non-empty base64');
  return ok({ text: text.value, suggestedName: name.value, encoding });
}

export function checkDraftPayload(payload: unknown): Checked<DraftPayload> {
  const o = record(payload, ['token', 'text']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, true);
  if (!token.ok) return token;
  const text = textField(o.value.text, 'text', MAX_TEXT_LENGTH);
  return text.ok ? ok({ token: token.value, text: text.value }) : text;
}

export function checkDiscardDraftPayload(payload: unknown): Checked<DiscardDraftPayload> {
  const o = record(payload, ['token']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, true);
  return token.ok ? ok({ token: token.value }) : token;
}

export function checkWindowStatePayload(payload: unknown): Checked<WindowState> {
  const o = record(payload, ['token', 'name', 'dirty']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, true);
  if (!token.ok) return token;
  const name = nameField(o.value.name, 'name');
  if (!name.ok) return name;
  if (typeof o.value.dirty !== 'boolean') return fail('dirty must be a boolean');
  return ok({ token: token.value, name: name.value, dirty: o.value.dirty });
}

export function checkConfirmUnsavedPayload(payload: unknown): Checked<ConfirmUnsavedPayload> {
  const o = record(payload, ['name']);
  if (!o.ok) return o;
  const name = nameField(o.value.name, 'name');
  return name.ok ? ok({ name: name.value }) : name;
}

export function checkExportPayload(payload: unknown): Checked<ExportPayload> {
  const o = record(payload, ['files', 'suggestedFolder']);
  if (!o.ok) return o;
  const folder = nameField(o.value.suggestedFolder, 'suggestedFolder');
  if (!folder.ok) return folder;
  const files = record(o.value.files, null);
  if (!files.ok) return fail('files must be an object of relative path → text');
  const out = new Map<string, string>();
  let total = 0;
  for (const [relative, text] of Object.entries(files.value)) {
    if (out.size >= MAX_EXPORT_FILES) return fail(`at most ${MAX_EXPORT_FILES} files per export`);
    if (!isSafeRelativePath(relative))
      return fail(`not a safe relative file name: ${JSON.stringify(relative.slice(0, 80))}`);
    if (typeof text !== 'string') return fail(`contents of ${relative} must be text`);
    total += text.length;
    if (total > MAX_EXPORT_LENGTH) return fail('export is too large');
    out.set(relative, text);
  }
  if (out.size === 0) return fail('nothing to export');
  return ok({ files: out, suggestedFolder: folder.value });
}

export interface RevisionPayload {
  token: FileToken;
  hash: string;
}

/** A full or abbreviated commit hash: hex only, so it can never be read as a git option or path. */
export const REVISION_PATTERN = /^[0-9a-f]{7,64}$/;

export function checkRevisionPayload(payload: unknown): Checked<RevisionPayload> {
  const o = record(payload, ['token', 'hash']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, false);
  if (!token.ok) return token;
  const hash = o.value.hash;
  if (typeof hash !== 'string' || !REVISION_PATTERN.test(hash)) return fail('hash must be a commit hash (hex)');
  return ok({ token: token.value as FileToken, hash });
}

export interface ShareLivePayload {
  token: FileToken;
  interfaceId: string;
  readOnly: boolean;
}

/** Interface ids are names the host handed out (`local`, `all`, `if:eth0:192.168.1.20`). */
export const SHARE_INTERFACE_PATTERN = /^[A-Za-z0-9_.:%-]{1,100}$/;

export function checkShareLivePayload(payload: unknown): Checked<ShareLivePayload> {
  const o = record(payload, ['token', 'interfaceId', 'readOnly']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, false);
  if (!token.ok) return token;
  const id = o.value.interfaceId;
  if (typeof id !== 'string' || !SHARE_INTERFACE_PATTERN.test(id)) return fail('interfaceId must be an interface id');
  if (typeof o.value.readOnly !== 'boolean') return fail('readOnly must be a boolean');
  return ok({ token: token.value as FileToken, interfaceId: id, readOnly: o.value.readOnly });
}

/** The empty payload of argument-less channels: anything else is refused. */
export function checkNoPayload(payload: unknown): Checked<null> {
  return payload === undefined || payload === null ? ok(null) : fail('this channel takes no arguments');
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * A relative export path such as `overlays/prod/kustomization.yaml`: ASCII segments only (they come
 * from DNS-1123 ids), no `..`, no absolute or drive paths, no reserved Windows names.
 */
export function isSafeRelativePath(relative: string): boolean {
  if (relative.length === 0 || relative.length > 400) return false;
  const segments = relative.split('/');
  if (segments.length > 8) return false;
  return segments.every((s) => SEGMENT.test(s) && !s.endsWith('.') && !s.includes('..') && !WINDOWS_RESERVED.test(s));
}

function record(value: unknown, allowed: readonly string[] | null): Checked<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('payload must be an object');
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return fail('payload must be a plain object');
  const o = value as Record<string, unknown>;
  if (allowed) {
    const unknownKey = Object.keys(o).find((k) => !allowed.includes(k));
    if (unknownKey !== undefined) return fail(`unexpected field ${JSON.stringify(unknownKey.slice(0, 40))}`);
  }
  return ok(o);
}

function tokenField(value: unknown, nullable: boolean): Checked<FileToken | null> {
  if (value === null && nullable) return ok(null);
  if (typeof value === 'string' && TOKEN_PATTERN.test(value)) return ok(value);
  return fail(nullable ? 'token must be a file token or null' : 'token must be a file token');
}

function textField(value: unknown, field: string, max: number): Checked<string> {
  if (typeof value !== 'string') return fail(`${field} must be text`);
  if (value.length > max) return fail(`${field} is too large (${value.length} characters; limit ${max})`);
  return ok(value);
}

function nameField(value: unknown, field: string): Checked<string> {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_LENGTH) {
    return fail(`${field} must be a name of 1–${MAX_NAME_LENGTH} characters`);
  }
  // Names end up in dialogs and the title bar; control characters have no business there.
  if (/\p{Cc}/u.test(value)) return fail(`${field} must not contain control characters`);
  return ok(value);
}

function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
