// Unsaved work found at start-up. It is offered with three answers: Restore (the draft becomes the
// document, with its own file, name and history), Later (nothing happens to it; it is offered again
// on the next start, and meanwhile autosave leaves it alone) and Discard (the only way a draft is
// deleted, after the prompt has said what would be lost). Kept apart from the map store so the
// offer never enters undo history.
import { create } from 'zustand';
import type { DraftOffer, FileToken, MapwrightHost } from '../../core/host/contract.ts';
import { parseMap, type MapDocument } from '../../core/format/parse.ts';
import { changeCount, isEmptyDiff } from '../../core/diff/model.ts';
import { diffMaps } from '../../core/diff/diff.ts';
import { nodeEntries } from '../../core/model/types.ts';
import { loaded } from '../store/history.ts';
import { IDLE, useMapStore } from '../store/store.ts';

export interface DraftOfferState {
  /** The draft the prompt asks about. */
  offer: DraftOffer | null;
  /** A draft the user put off with "Later": kept on disk, offered again in the bar and next start. */
  waiting: DraftOffer | null;
  /** The prompt shows what Discard would delete and asks once more. */
  confirmingDiscard: boolean;
}

export const useDraftOffer = create<DraftOfferState>(() => ({ offer: null, waiting: null, confirmingDiscard: false }));

function setStatus(status: string): void {
  useMapStore.setState((s) => ({ ui: { ...s.ui, status } }));
}

export function offerDraft(offer: DraftOffer): void {
  useDraftOffer.setState({ offer, waiting: null, confirmingDiscard: false });
}

/** True while a waiting draft belongs to `token`'s file: autosave must not write over it. */
export function draftWaitsFor(token: FileToken | null): boolean {
  const { offer, waiting } = useDraftOffer.getState();
  const pending = offer ?? waiting;
  return pending !== null && pending.token === token;
}

function pendingDraft(): DraftOffer | null {
  const { offer, waiting } = useDraftOffer.getState();
  return offer ?? waiting;
}

/**
 * The draft becomes the document. A draft of the file on screen is an edit on top of it (dirty; one
 * undo shows the file); any other draft keeps its own name and file token, never the file's.
 */
export function restoreDraft(): void {
  const draft = pendingDraft();
  if (!draft) return;
  const parsed = parseMap(draft.text);
  if (!parsed.ok) {
    setStatus(`The draft of ${draft.name} does not load: ${parsed.errors[0]?.message ?? ''}`);
    return;
  }
  const { doc } = useMapStore.getState();
  const onTopOfFile = draft.token !== null && doc.current !== null && doc.token === draft.token;
  useMapStore.setState({
    doc:
      onTopOfFile && doc.current
        ? { ...doc, current: parsed.document, past: [...doc.past, doc.current], future: [] }
        : { ...loaded(parsed.document, draft.name, draft.token), saved: null },
    selection: { ids: new Set() },
    gesture: IDLE,
  });
  useDraftOffer.setState({ offer: null, waiting: null, confirmingDiscard: false });
  setStatus(`Restored unsaved work on ${draft.name} from ${draft.savedAt}`);
}

export function restoreLater(): void {
  const draft = pendingDraft();
  useDraftOffer.setState({ offer: null, waiting: draft, confirmingDiscard: false });
  if (draft) setStatus(`The unsaved work on ${draft.name} is kept; restore it from the bar or the next start`);
}

export function askDiscard(): void {
  const draft = pendingDraft();
  useDraftOffer.setState({ offer: draft, waiting: null, confirmingDiscard: true });
}

/** Deletes the draft for good: only after askDiscard showed what it holds. */
export async function discardForGood(host: MapwrightHost | null): Promise<void> {
  const draft = pendingDraft();
  if (!draft || !host) return;
  await host.discardDraft(draft.token);
  useDraftOffer.setState({ offer: null, waiting: null, confirmingDiscard: false });
  setStatus(`Discarded the unsaved work on ${draft.name}`);
}

/** In words, what deleting `draft` loses compared with the document on screen (or all of it). */
export function draftLoss(draft: DraftOffer, current: MapDocument | null, currentToken: FileToken | null): string {
  const parsed = parseMap(draft.text);
  if (!parsed.ok) return `The draft of ${draft.name} from ${draft.savedAt} no longer loads; it will be deleted.`;
  const nodes = nodeEntries(parsed.map).length;
  if (draft.token === null || !current || draft.token !== currentToken)
    return `All of "${parsed.map.title}" (${draft.name}, ${nodes} nodes), saved as a draft ${draft.savedAt}, is deleted for good.`;
  const diff = diffMaps(current.map, parsed.map);
  if (isEmptyDiff(diff)) return `The draft of ${draft.name} holds no change to the file; deleting it loses nothing.`;
  const parts = [
    diff.added.length > 0 ? `${diff.added.length} added` : '',
    diff.removed.length > 0 ? `${diff.removed.length} removed` : '',
    diff.moved.length > 0 ? `${diff.moved.length} moved` : '',
    diff.renamed.length > 0 ? `${diff.renamed.length} renamed` : '',
  ].filter(Boolean);
  const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  return `${changeCount(diff)} unsaved changes to ${draft.name}${detail} from ${draft.savedAt} are deleted for good.`;
}
