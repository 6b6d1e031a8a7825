// What `npm run web` adds to the browser host for reading: a served map's git history (server/,
// see docs/server-api.md). On a plain static host the API is missing: no history.
import type { HistoryEntry } from '../../core/host/contract.ts';

export async function fetchServedHistory(win: Window, file: string): Promise<HistoryEntry[]> {
  const body = await fetchJson(win, `api/history?file=${encodeURIComponent(file)}`);
  return Array.isArray(body) ? body.filter(isHistoryEntry) : [];
}

export async function fetchServedRevision(win: Window, file: string, hash: string): Promise<string | null> {
  try {
    const query = `file=${encodeURIComponent(file)}&rev=${encodeURIComponent(hash)}`;
    const res = await win.fetch(new URL(`api/show?${query}`, win.location.href));
    return res.ok && (res.headers.get('content-type') ?? '').includes('yaml') ? await res.text() : null;
  } catch {
    return null;
  }
}

/** The parsed JSON answer, or null when there is no API (404, a static host's HTML, offline). */
async function fetchJson(win: Window, path: string): Promise<unknown> {
  try {
    const res = await win.fetch(new URL(path, win.location.href));
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('application/json')) return null;
    return (await res.json()) as unknown;
  } catch {
    return null;
  }
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  return ['hash', 'short', 'date', 'author', 'subject'].every((k) => typeof o[k] === 'string');
}
