// Where each line of a document's text starts (yaml's LineCounter), for placing findings and
// errors. Scanning a 2,000-node file for newlines takes longer than the edit itself, and the
// warnings panel asks after every edit; so an edited document's index is the previous one's with
// the edit's own lines spliced in and the later starts shifted, when the previous one was built.
// A document put aside in undo history drops its index (node-sharing.ts); it is scanned again
// from the text if that document is ever shown again.
import { LineCounter } from 'yaml';
import { inTextOrder, type TextEdit } from './splice.ts';

interface Indexed {
  readonly text: string;
}

const built = new WeakMap<Indexed, LineCounter>();

/** The index of `document`, built on first use. */
export function lineIndexOf(document: Indexed): LineCounter {
  let counter = built.get(document);
  if (!counter) {
    counter = scanned(document.text);
    built.set(document, counter);
  }
  return counter;
}

/** Gives `child` (`parent`'s text with `edits` applied) an index now if `parent` has one. */
export function deriveLineIndex(parent: Indexed, child: Indexed, edits: readonly TextEdit[]): void {
  const own = Object.getOwnPropertyDescriptor(parent, 'lineCounter');
  const from = built.get(parent) ?? (own && 'value' in own ? (own.value as LineCounter) : undefined);
  if (from) built.set(child, spliced(from.lineStarts, edits));
}

/** Drops the index of a document put aside; it is rebuilt from the text when asked for. */
export function dropLineIndex(document: Indexed): void {
  built.delete(document);
}

function scanned(text: string): LineCounter {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return counterOf(starts);
}

function counterOf(starts: Int32Array): LineCounter {
  const counter = new LineCounter();
  counter.lineStarts = starts as unknown as number[];
  return counter;
}

// A line starts at s when the character at s - 1 is a newline: for text the edits keep, that holds
// as before (moved by the edits before it); for text they write, it is read from the new text.
// Built in an Int32Array (half the memory of a number array); the kept runs are block copies,
// moved by one tight loop each. LineCounter only indexes `lineStarts` and reads its length.
function spliced(from: ArrayLike<number>, edits: readonly TextEdit[]): LineCounter {
  const starts = from instanceof Int32Array ? from : Int32Array.from(from);
  const sorted = inTextOrder(edits);
  let written = 0;
  for (const e of sorted) for (let j = e.text.indexOf('\n'); j >= 0; j = e.text.indexOf('\n', j + 1)) written++;
  const out = new Int32Array(starts.length + written + 1);
  let n = 1;
  let i = starts[0] === 0 ? 1 : 0;
  let cursor = 0;
  let delta = 0;
  // Copies the starts from i up to (and including) `limit`, moved by `delta`.
  const keep = (limit: number) => {
    const end = firstAfter(starts, limit, i);
    out.set(starts.subarray(i, end), n);
    if (delta !== 0) for (let k = n; k < n + end - i; k++) out[k] = (out[k] as number) + delta;
    n += end - i;
    i = end;
  };
  for (const e of sorted) {
    // Starts up to `cursor` lay in text the previous edit replaced.
    i = firstAfter(starts, cursor, i);
    keep(e.start);
    const at = e.start + delta;
    for (let j = e.text.indexOf('\n'); j >= 0; j = e.text.indexOf('\n', j + 1)) out[n++] = at + j + 1;
    delta += e.text.length - (e.end - e.start);
    cursor = e.end;
  }
  i = firstAfter(starts, cursor, i);
  keep(Number.POSITIVE_INFINITY);
  return counterOf(out.subarray(0, n));
}

/** The first index from `i` on whose start lies after `offset` (binary search: starts ascend). */
function firstAfter(starts: Int32Array, offset: number, i: number): number {
  let low = i;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
