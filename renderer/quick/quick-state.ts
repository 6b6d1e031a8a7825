// The quick-entry line: open or closed, what it last said, the statements typed so far (for
// Up/Down), and the commands it runs. Every change to the map goes through the store's applyEdit,
// so one statement or one paste is one undo step.
import { create } from 'zustand';
import { applyQuickLine, applyQuickText, reasonOf, type QuickLineResult } from '../../core/quick/batch.ts';
import { isQuickBlank } from '../../core/quick/statement.ts';
import { applyEdit } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';

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
}

export const useQuickEntry = create<QuickState>()(() => ({
  open: false,
  error: '',
  failedLines: [],
  done: '',
  history: [],
  entered: 0,
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

/** Applies one statement as one undo step; true when it was applied. */
export function enterStatement(line: string): boolean {
  const current = useMapStore.getState().doc.current;
  if (!current || isQuickBlank(line)) return false;
  remember(line.trim());
  const result = applyQuickLine(current, line);
  if (!result.ok) {
    useQuickEntry.setState({ error: reasonOf(result.errors), failedLines: [], done: '' });
    return false;
  }
  applyEdit(() => result, true);
  useQuickEntry.setState({ error: '', failedLines: [], done: `✓ ${line.trim()}` });
  return true;
}

/** Applies pasted lines in order as one undo step; returns the lines that failed. */
export function enterLines(text: string): QuickLineResult[] {
  const current = useMapStore.getState().doc.current;
  if (!current) return [];
  const batch = applyQuickText(current, text);
  const failed = batch.lines.filter((l) => !l.ok);
  const applied = batch.lines.length - failed.length;
  for (const l of batch.lines) remember(l.text);
  if (applied > 0) applyEdit(() => ({ ok: true, document: batch.document, ids: batch.ids }), true);
  const done = `✓ ${applied} of ${batch.lines.length} lines applied`;
  useQuickEntry.setState({ error: '', failedLines: failed, done });
  return failed;
}
