// Small form controls for the inspector. Text and numbers apply when you press Enter or leave the
// field, so one edit of a field is one history step (not one per keystroke); a value the map
// refuses (its reason is listed above the fields) leaves the field showing the map's value again. Each is memoised:
// given the same value and handler it is not rendered again (NodeFields keeps its handlers).
import { memo, useState } from 'react';
import { flushSync } from 'react-dom';

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
  /** Returns false when the map refused the value: the field then shows the map's value again. */
  onCommit(value: string): unknown;
  multiline?: boolean;
}) {
  const [draft, setDraft] = useDraft(value);
  const commit = () => {
    if (draft !== value && onCommit(draft) === false) setDraft(value);
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
  /** Returns false when the map refused the value: the field then shows the map's value again. */
  onCommit(value: number | undefined): unknown;
  step?: number;
}) {
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useDraft(shown);
  const commit = () => {
    if (draft === shown) return;
    const typed = draft.trim() === '' ? undefined : Number(draft);
    if (typed !== undefined && !Number.isFinite(typed)) setDraft(shown);
    else if (onCommit(typed) === false) setDraft(shown);
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

/**
 * Above this many options, a select holds only its chosen option until it is focused or pressed,
 * and then every option. Choosing among other nodes of a large map means thousands of options,
 * and making them (parsed, styled, measured for the select's width) was most of a node's
 * selection at 2,000 nodes; a select the user never opens never needs them. It stays a real,
 * labelled select: unopened, it reads its label and chosen value as before; focused (Tab, a
 * click, a screen reader's focus) it holds every option before any key or the list reaches it.
 */
export const FILL_ON_FOCUS_OVER = 50;

/**
 * The option a select shows for `value`, as markup: the one of that value, else the first (as a
 * select of every option shows), unless the value is among the fixed options before them.
 */
function chosenMarkup(options: readonly (readonly [string, string])[], value: string, inHead: boolean): string {
  const chosen = options.find(([v]) => v === value) ?? (inHead ? undefined : options[0]);
  return chosen ? optionsMarkup([chosen]) : '';
}

/**
 * A select of `options` after the fixed `head` options (markup), whose many options are made only
 * once it is focused or pressed (FILL_ON_FOCUS_OVER). `value` must be one of them or of `head`.
 */
export function ChoiceSelect({
  label,
  value,
  options,
  head = '',
  onChange,
}: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  head?: string;
  onChange(value: string): void;
}) {
  const [opened, setOpened] = useState(false);
  const whole = opened || options.length <= FILL_ON_FOCUS_OVER;
  const shown = whole
    ? optionsMarkup(options)
    : chosenMarkup(options, value, head.includes(`value="${escaped(value)}"`));
  // Filled in the focus or press itself, before the browser opens the list or handles a key.
  const fill = () => void (!whole && flushSync(() => setOpened(true)));
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onFocus={fill}
      onPointerDown={fill}
      dangerouslySetInnerHTML={{ __html: head + shown }}
    />
  );
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
      <ChoiceSelect label={label} value={value} options={options} onChange={onChange} />
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
