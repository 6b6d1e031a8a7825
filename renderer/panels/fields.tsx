// Small form controls for the inspector. Text and numbers apply when you press Enter or leave the
// field, so one edit of a field is one history step (not one per keystroke). Each is memoised:
// given the same value and handler it is not rendered again (NodeFields keeps its handlers).
import { memo, useState } from 'react';

/**
 * What a field shows: the user's draft, reset to the map's value whenever that value changes (a
 * drop, an undo). The reset happens in the render that brings the new value, so the inspector
 * shows it in the same frame as the canvas; reset from an effect, it took a second render in a
 * later task and the first frame after a drop still showed the old value.
 */
export function useDraft<T>(value: T): [T, (draft: T) => void] {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

export const TextField = memo(function TextField({
  label,
  value,
  onCommit,
  multiline = false,
}: {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
}) {
  const [draft, setDraft] = useDraft(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    'aria-label': label,
    value: draft,
    onBlur: commit,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
    </label>
  );
});

export const NumberField = memo(function NumberField({
  label,
  value,
  onCommit,
  step = 0.01,
}: {
  label: string;
  value: number | undefined;
  onCommit(value: number | undefined): void;
  step?: number;
}) {
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useDraft(shown);
  const commit = () => {
    if (draft === shown) return;
    if (draft.trim() === '') onCommit(undefined);
    else if (Number.isFinite(Number(draft))) onCommit(Number(draft));
    else setDraft(shown);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        aria-label={label}
        type="number"
        step={step}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
});

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escaped = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

const markups = new WeakMap<readonly (readonly [string, string])[], string>();

/**
 * A select's options as markup, made once per list (node-choices.ts keeps the list across edits).
 * A select of every component of a large map holds thousands of options: set as one piece of
 * markup, they cost the browser one parse instead of thousands of elements made and inserted one
 * by one (React's own options took about 70 ms of a node's selection at 2,000 nodes).
 */
export function optionsMarkup(options: readonly (readonly [string, string])[]): string {
  let markup = markups.get(options);
  if (markup === undefined) {
    markup = options.map(([v, text]) => `<option value="${escaped(v)}">${escaped(text)}</option>`).join('');
    markups.set(options, markup);
  }
  return markup;
}

export const SelectField = memo(function SelectField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange(value: string): void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        dangerouslySetInnerHTML={{ __html: optionsMarkup(options) }}
      />
    </label>
  );
});

export const CheckField = memo(function CheckField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: boolean;
  onChange(value: boolean): void;
}) {
  return (
    <label className="field field-check">
      <input aria-label={label} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
});
