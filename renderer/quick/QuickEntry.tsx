// The quick-entry line (`/` opens it, Escape closes it): one statement per Enter in the words
// workshop typists already use, with completion of keywords and node names, Up/Down for earlier
// statements, and a paste of several lines applied as one undo step.
import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { quickCompletions } from '../../core/quick/complete.ts';
import { useMapStore } from '../store/store.ts';
import { closeQuickEntry, enterLines, enterStatement, useQuickEntry } from './quick-state.ts';
import './quick.css';

export function QuickEntry() {
  const open = useQuickEntry((s) => s.open);
  return open ? <QuickEntryLine /> : null;
}

function QuickEntryLine() {
  const { error, failedLines, done } = useQuickEntry();
  const map = useMapStore((s) => s.doc.current?.map);
  const [text, setText] = useState('');
  const [cursor, setCursor] = useState(0);
  const [pick, setPick] = useState(0);
  const recall = useHistoryRecall(setText);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const completion = useMemo(
    () => (map && text.trim() !== '' ? quickCompletions(map, text, cursor) : { from: 0, options: [] }),
    [map, text, cursor],
  );
  const accept = (option: string) => {
    const next = text.slice(0, completion.from) + option + text.slice(cursor);
    setText(next);
    setCursor(completion.from + option.length);
    setPick(0);
    input.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') return closeAndRefocus(e);
    if (e.key === 'Enter') {
      e.preventDefault();
      // Cleared once applied (perhaps a moment later, see quick-state.ts), unless typed over since.
      const entered = text;
      enterStatement(entered, (applied) => applied && setText((now) => (now === entered ? '' : now)));
      recall.reset();
      return;
    }
    if (e.key === 'Tab' && completion.options.length > 0) {
      e.preventDefault();
      accept(completion.options[pick % completion.options.length] ?? '');
      return;
    }
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      recall.step(e.key === 'ArrowUp' ? -1 : 1, text);
    }
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!/\r|\n/.test(pasted.trim())) return;
    e.preventDefault();
    enterLines(pasted);
    setText('');
  };
  return (
    <div className="quick-entry" role="search">
      <input
        ref={input}
        aria-label="Quick entry"
        aria-invalid={error !== ''}
        aria-describedby="quick-entry-message"
        aria-autocomplete="list"
        placeholder="component Ticketing [0.55, 0.62] (buy) · Attendee->Ticketing · evolve Ticketing 0.8"
        spellCheck={false}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setCursor(e.target.selectionStart ?? e.target.value.length);
          setPick(0);
        }}
        onSelect={(e) => setCursor(e.currentTarget.selectionStart ?? text.length)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {completion.options.length > 0 && (
        <ul className="quick-options" role="listbox" aria-label="Completions">
          {completion.options.map((o, i) => (
            <li key={o} role="option" aria-selected={i === pick % completion.options.length}>
              <button type="button" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => accept(o)}>
                {o}
              </button>
            </li>
          ))}
        </ul>
      )}
      <QuickMessage error={error} done={done} failedLines={failedLines} />
    </div>
  );
}

function QuickMessage({
  error,
  done,
  failedLines,
}: Pick<ReturnType<typeof useQuickEntry.getState>, 'error' | 'done' | 'failedLines'>) {
  return (
    <div id="quick-entry-message" className="quick-message" role="status">
      {error !== '' ? <p className="quick-error">{error}</p> : done !== '' && <p className="quick-done">{done}</p>}
      {failedLines.length > 0 && (
        <ul className="quick-failed" aria-label="Lines not applied">
          {failedLines.map((l) => (
            <li key={l.line}>
              <span className="quick-line">line {l.line}</span> <code>{l.text}</code>: {l.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function closeAndRefocus(e: KeyboardEvent<HTMLInputElement>): void {
  e.preventDefault();
  e.stopPropagation();
  closeQuickEntry();
}

/** Up/Down through the statements entered so far; the line being typed comes back at the end. */
function useHistoryRecall(setText: (t: string) => void) {
  const index = useRef<number | null>(null);
  const draft = useRef('');
  return {
    reset: () => (index.current = null),
    step: (delta: number, current: string) => {
      const history = useQuickEntry.getState().history;
      if (history.length === 0) return;
      if (index.current === null) {
        if (delta > 0) return;
        draft.current = current;
        index.current = history.length;
      }
      const next = Math.min(history.length, Math.max(0, index.current + delta));
      index.current = next;
      setText(next === history.length ? draft.current : (history[next] ?? ''));
    },
  };
}
