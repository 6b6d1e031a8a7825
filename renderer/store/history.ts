// History of documents as a plain list: every edit pushes the document it replaces. Saving only
// marks which document is on disk, so undo after a save still reaches older work and redo brings
// the newest work back; nothing is dropped until a new edit branches off. Reloading the file from
// disk is a step too: the map it replaced is one undo away. A document put aside keeps only the
// nodes that differ from the one taking its place (core/model/node-sharing.ts).
import type { MapDocument } from '../../core/format/parse.ts';
import { holdMap, restAgainst } from '../../core/model/node-sharing.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import type { DocSlice } from './store.ts';

/** Enough for a long workshop; the oldest steps go first. */
export const HISTORY_LIMIT = 500;

export function withEdit(doc: DocSlice, next: MapDocument): DocSlice {
  if (!doc.current || next === doc.current) return doc;
  putAside(doc, doc.current, next);
  const past = [...doc.past, doc.current].slice(-HISTORY_LIMIT);
  return { ...doc, current: next, past, future: [] };
}

export function undone(doc: DocSlice): DocSlice {
  const previous = doc.past[doc.past.length - 1];
  if (!previous || !doc.current) return doc;
  putAside(doc, doc.current, previous);
  return { ...doc, current: previous, past: doc.past.slice(0, -1), future: [doc.current, ...doc.future] };
}

export function redone(doc: DocSlice): DocSlice {
  const next = doc.future[0];
  if (!next || !doc.current) return doc;
  putAside(doc, doc.current, next);
  return { ...doc, current: next, past: [...doc.past, doc.current], future: doc.future.slice(1) };
}

// The saved document stays whole: it is held as `saved` anyway, and reading it must not rebuild a
// chain of resting documents.
function putAside(doc: DocSlice, document: MapDocument, replacement: MapDocument): void {
  holdMap(replacement);
  if (document !== doc.saved) restAgainst(document, replacement);
}

/**
 * The file on disk, read again, takes the map's place as one step of history: undo brings back the
 * map it replaced (unsaved edits and all, dirty again), redo the disk's version, and the steps
 * before stay behind them. The disk's version is what is saved now.
 */
export function reloaded(doc: DocSlice, document: MapDocument, file: { name: string; token: string | null }): DocSlice {
  const stepped = doc.current ? withEdit(doc, document) : loaded(document, file.name, file.token);
  return { ...stepped, saved: document, fileName: file.name, token: file.token, loadErrors: null };
}

export function loaded(document: MapDocument, fileName: string, token: string | null): DocSlice {
  return { current: document, past: [], future: [], saved: document, fileName, token, loadErrors: null };
}

/** A file that failed to load: its errors are shown instead of a map, and nothing can be saved over it. */
export function failedToLoad(fileName: string, errors: Diagnostic[]): DocSlice {
  return { current: null, past: [], future: [], saved: null, fileName, token: null, loadErrors: errors };
}

/** Records which document is on disk; history stays, so undo past a save still works. */
export function markedSaved(doc: DocSlice, document: MapDocument, file: { name: string; token: string }): DocSlice {
  return { ...doc, saved: document, fileName: file.name, token: file.token };
}
