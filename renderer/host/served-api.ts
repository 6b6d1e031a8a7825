// The write side of `npm run web`'s API (server/, contract in docs: PUT /api/map, /api/drafts):
// save a served map over the version last read (atomic on the server, 409 when it changed on
// disk), and keep drafts of unsaved work on the server like the desktop app does. Every request
// carries the per-start token from the page's <meta name="mapwright-token">. Draft requests go out
// in order from a worker (draft-sender.ts).
import type { SaveResult } from '../../core/host/contract.ts';
import { sendDraftRequest } from './draft-sender.ts';

export interface Fingerprint {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export interface ServedFile {
  file: string;
  text: string;
  fingerprint: Fingerprint;
}

export interface ServedDraft {
  file: string | null;
  name: string;
  text: string;
  savedAt: string;
  baseChanged: boolean;
}

export type SaveAnswer = { ok: true; fingerprint: Fingerprint } | Extract<SaveResult, { ok: false }>;

export function serverToken(win: Window): string | null {
  return win.document.querySelector('meta[name="mapwright-token"]')?.getAttribute('content') ?? null;
}

function headersOf(win: Window, body: unknown): Record<string, string> {
  const token = serverToken(win);
  const headers: Record<string, string> = token ? { 'x-mapwright-token': token } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  return headers;
}

export async function callServer(win: Window, method: string, path: string, body?: unknown): Promise<Response | null> {
  try {
    const init: RequestInit = { method, headers: headersOf(win, body) };
    if (body !== undefined) init.body = JSON.stringify(body);
    return await win.fetch(new URL(path, win.location.href), init);
  } catch {
    return null;
  }
}

/** A draft request, sent in order from the draft worker (or from the page when it cannot). */
function draftRequest(win: Window, method: string, path: string, body?: unknown): Promise<boolean> {
  const request = { url: new URL(path, win.location.href).href, method, headers: headersOf(win, body), body };
  return sendDraftRequest(request, async () => (await callServer(win, method, path, body))?.ok === true);
}

export async function jsonOf(res: Response | null): Promise<unknown> {
  if (!res || !(res.headers.get('content-type') ?? '').includes('application/json')) return null;
  try {
    return (await res.json()) as unknown;
  } catch {
    return null;
  }
}

const query = (file: string | null) => (file === null ? '' : `?file=${encodeURIComponent(file)}`);

export async function readServedMap(win: Window, file: string | null): Promise<ServedFile | null> {
  const res = await callServer(win, 'GET', file === null ? 'api/default-map' : `api/map${query(file)}`);
  const body = res?.ok ? await jsonOf(res) : null;
  return isServedFile(body) ? body : null;
}

/** The names of the served folder's maps (sorted by the server); null when there is no API. */
export async function servedMapNames(win: Window): Promise<string[] | null> {
  const body = (await jsonOf(await callServer(win, 'GET', 'api/maps'))) as { maps?: unknown } | null;
  if (!body || !Array.isArray(body.maps)) return null;
  return body.maps.flatMap((m: unknown) => {
    const file = typeof m === 'object' && m !== null ? (m as Record<string, unknown>).file : undefined;
    return typeof file === 'string' ? [file] : [];
  });
}

export async function saveServedMap(
  win: Window,
  file: string,
  text: string,
  baseline: string | null,
  overwriteNewer = false,
): Promise<SaveAnswer> {
  const res = await callServer(win, 'PUT', `api/map${query(file)}`, { text, baseline, overwriteNewer });
  if (!res) return { ok: false, reason: 'io', message: 'the Mapwright server did not answer; nothing was saved' };
  const body = (await jsonOf(res)) as Record<string, unknown> | null;
  if (res.ok && body && isFingerprint(body.fingerprint)) return { ok: true, fingerprint: body.fingerprint };
  const message = typeof body?.message === 'string' ? body.message : `the server answered ${res.status}`;
  const reason = body?.reason === 'conflict' || body?.reason === 'invalid' ? body.reason : 'io';
  return { ok: false, reason, message };
}

/** Drafts the server keeps, newest first; null when there is no API (a static host). */
export async function servedDrafts(win: Window): Promise<ServedDraft[] | null> {
  const body = (await jsonOf(await callServer(win, 'GET', 'api/drafts'))) as { drafts?: unknown } | null;
  if (!body || !Array.isArray(body.drafts)) return null;
  return body.drafts.filter(isServedDraft);
}

export function writeServedDraft(win: Window, file: string | null, text: string, baseline: string | null) {
  return draftRequest(win, 'PUT', `api/draft${query(file)}`, { text, baseline });
}

export function discardServedDraft(win: Window, file: string | null): Promise<boolean> {
  return draftRequest(win, 'DELETE', `api/draft${query(file)}`);
}

function isFingerprint(value: unknown): value is Fingerprint {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return typeof f.sha256 === 'string' && typeof f.size === 'number' && typeof f.mtimeMs === 'number';
}

function isServedFile(value: unknown): value is ServedFile {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return typeof f.file === 'string' && typeof f.text === 'string' && isFingerprint(f.fingerprint);
}

function isServedDraft(value: unknown): value is ServedDraft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    (d.file === null || typeof d.file === 'string') &&
    typeof d.name === 'string' &&
    typeof d.text === 'string' &&
    typeof d.savedAt === 'string' &&
    typeof d.baseChanged === 'boolean'
  );
}
