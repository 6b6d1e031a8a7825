// IPC payload validators: unknown in, a typed value or a message out. Main runs every payload a
// renderer sends through one of these, so it never trusts the renderer's shapes or sizes.
import {
  MAX_EXPORT_FILES,
  MAX_EXPORT_LENGTH,
  MAX_TEXT_LENGTH,
  type ExportEncoding,
  type FileToken,
  type WindowState,
} from './contract.ts';

const MAX_NAME_LENGTH = 255;

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
  const o = record(payload, ['token', 'name', 'dirty', 'unapplied']);
  if (!o.ok) return o;
  const token = tokenField(o.value.token, true);
  if (!token.ok) return token;
  const name = nameField(o.value.name, 'name');
  if (!name.ok) return name;
  if (typeof o.value.dirty !== 'boolean') return fail('dirty must be a boolean');
  if (typeof o.value.unapplied !== 'boolean') return fail('unapplied must be a boolean');
  return ok({ token: token.value, name: name.value, dirty: o.value.dirty, unapplied: o.value.unapplied });
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
