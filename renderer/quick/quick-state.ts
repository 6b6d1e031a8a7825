// The quick-entry line: open or closed, what it last said, the statements typed so far (for
// Up/Down), and the commands it runs. Every change to the map goes through the store's applyEdit,
// so one statement or one paste is one undo step. A statement entered while the map's yaml
// Document is still being built after opening (the first seconds of a large map) waits for the
// rest, built in short tasks, as a drop and the source pane do: applied at once, it would build the
// whole Document in the Enter's task (most of a second at 2,000 nodes).
import { create } from 'zustand';
import type { MapDocument } from '../../core/format/parse.ts';
import { applyQuickLine, applyQuickText, reasonOf, type QuickLineResult } from '../../core/quick/batch.ts';
import { isQuickBlank } from '../../core/quick/statement.ts';
import { applyEdit } from '../store/edits.ts';
import { useMapStore, type DocSlice } from '../store/store.ts';
import { stillBuilding, whenBuilt } from '../store/warm-for-edits.ts';

export interface QuickState {
  open: boolean;
  /** The reason the last statement was refused (nothing changed), or empty. */
  error: string;
  /** Lines of the last paste that failed, with their reasons. */
  failedLines: QuickLineResult[];
  /** What the last statement did, for the status under the line. */
  done: string;
  history: string[];
  /** Statements entered this session, for the action count. */
  entered: number;
  /** Statements (or pastes) entered, waiting for the map's Document to be built, in order. */
  waiting: string[];
}

export const useQuickEntry = create<QuickState>()(() => ({
  open: false,
  error: '',
  failedLines: [],
  done: '',
  history: [],
  entered: 0,
  waiting: [],
}));

export function openQuickEntry(): void {
  useQuickEntry.setState({ open: true });
}

export function closeQuickEntry(): void {
  useQuickEntry.setState({ open: false, error: '', failedLines: [], done: '' });
}

function remember(statement: string): void {
  useQuickEntry.setState((s) => ({
    history: s.history[s.history.length - 1] === statement ? s.history : [...s.history, statement],
    entered: s.entered + 1,
  }));
}

/** Whether `document` is the map on screen or in its history (not a map opened since). */
function stillTheMap(doc: DocSlice, document: MapDocument): boolean {
  return doc.current === document || doc.past.includes(document) || doc.future.includes(document);
}

/**
 * Runs `apply` now, or once the map's yaml Document is built when it is still being built (then in
 * short tasks): `waitingAs` shows meanwhile. Dropped if another map was opened in between.
 */
function whenMapBuilt(waitingAs: string, apply: () => void): void {
  const current = useMapStore.getState().doc.current;
  if (!current || !stillBuilding(current)) return apply();
  useQuickEntry.setState((s) => ({ waiting: [...s.waiting, waitingAs], error: '', done: `… ${waitingAs}` }));
  // Applied in a task of its own, not in the one that built the last steps.
  whenBuilt(current, () =>
    setTimeout(() => {
      useQuickEntry.setState((s) => ({ waiting: s.waiting.slice(1) }));
      if (stillTheMap(useMapStore.getState().doc, current)) apply();
    }, 0),
  );
}

/**
 * Applies one statement as one undo step; `then(true)` once it was applied (at once, or when the
 * map's Document is built), `then(false)` when it was refused (the reason is shown). The same
 * statement entered again while it waits is not entered twice.
 */
export function enterStatement(line: string, then: (applied: boolean) => void = () => undefined): void {
  if (!useMapStore.getState().doc.current || isQuickBlank(line)) return then(false);
  const waiting = useQuickEntry.getState().waiting;
  if (waiting[waiting.length - 1] === line.trim()) return;
  remember(line.trim());
  whenMapBuilt(line.trim(), () => then(applyStatement(line)));
}

function applyStatement(line: string): boolean {
  const current = useMapStore.getState().doc.current;
  if (!current) return false;
  const result = applyQuickLine(current, line);
  if (!result.ok) {
    useQuickEntry.setState({ error: reasonOf(result.errors), failedLines: [], done: '' });
    return false;
  }
  applyEdit(() => result, true);
  useQuickEntry.setState({ error: '', failedLines: [], done: `✓ ${line.trim()}` });
  return true;
}

/** Applies pasted lines in order as one undo step (once the map's Document is built, as above). */
export function enterLines(text: string): void {
  const current = useMapStore.getState().doc.current;
  if (!current) return;
  whenMapBuilt('the pasted lines', () => applyLines(text));
}

function applyLines(text: string): void {
  const current = useMapStore.getState().doc.current;
  if (!current) return;
  const batch = applyQuickText(current, text);
  const failed = batch.lines.filter((l) => !l.ok);
  const applied = batch.lines.length - failed.length;
  for (const l of batch.lines) remember(l.text);
  if (applied > 0) applyEdit(() => ({ ok: true, document: batch.document, ids: batch.ids }), true);
  const done = `✓ ${applied} of ${batch.lines.length} lines applied`;
  useQuickEntry.setState({ error: '', failedLines: failed, done });
}
