// The source pane's text as the sync reads it: made once per version of the editor's document, and
// what was typed since a known text, as slices of it (source-sync.ts).
import type { ChangeSet, Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { TextChange } from '../../core/model/typed-text.ts';

export interface PaneText {
  (): string;
  /** Tells the text of `doc` when it is known otherwise (cheaper than joining its lines). */
  seed(doc: Text, text: string): void;
}

/**
 * The pane's text, made once per version of the editor's document (a 2,000-node file is 650 kB:
 * a commit and the store's echo of it both ask).
 */
export function textOf(view: EditorView): PaneText {
  let made: { doc: Text; text: string } | undefined;
  const read = () => {
    const doc = view.state.doc;
    if (made?.doc !== doc) made = { doc, text: doc.toString() };
    return made.text;
  };
  return Object.assign(read, { seed: (doc: Text, text: string) => void (made = { doc, text }) });
}

/**
 * `changes` applied to `base`: slices and joins of strings, which JavaScript engines keep as
 * references to `base` rather than copies, so a keystroke's text costs what was typed, not the file.
 */
export function appliedText(base: string, changes: ChangeSet): string {
  let text = '';
  let at = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    text += base.slice(at, fromA) + inserted.toString();
    at = toA;
  });
  return text + base.slice(at);
}

/** The one span `changes` touched, as a change of the text before them into `doc`. */
export function changeOf(changes: ChangeSet, doc: Text): TextChange | undefined {
  let from = Infinity;
  let to = -1;
  let fromB = Infinity;
  let toB = -1;
  changes.iterChangedRanges((a0, a1, b0, b1) => {
    from = Math.min(from, a0);
    to = Math.max(to, a1);
    fromB = Math.min(fromB, b0);
    toB = Math.max(toB, b1);
  });
  return to < 0 ? undefined : { from, to, insert: doc.sliceString(fromB, toB) };
}
