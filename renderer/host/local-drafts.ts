// Drafts in localStorage, for the renderer on a plain static host (no Mapwright server): one draft,
// with the name of the map it belongs to, so a restored draft is never attached to another file.
import type { DraftOffer } from '../../core/host/contract.ts';

const DRAFT_KEY = 'mapwright:draft';

export function writeLocalDraft(win: Window, name: string, text: string): void {
  win.localStorage.setItem(DRAFT_KEY, JSON.stringify({ name, text, savedAt: new Date().toISOString() }));
}

export function discardLocalDraft(win: Window): void {
  win.localStorage.removeItem(DRAFT_KEY);
}

export function readLocalDraft(win: Window): DraftOffer | null {
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
