// Where each line of a document's text starts (yaml's LineCounter), for placing findings and
// errors. Scanning a 2,000-node file for newlines takes longer than the edit itself, and the
// warnings panel asks after every edit; so an edited document's index is the previous one's with
// the edit's own lines spliced in (line-chunks.ts: only the chunks holding those lines are
// rebuilt), when the previous one was built. A document put aside in undo history drops its index
// (node-sharing.ts); it is scanned again from the text if that document is ever shown again.
import type { LineCounter } from 'yaml';
import { ChunkedLines } from './line-chunks.ts';
import { inTextOrder, type TextEdit } from './splice.ts';

interface Indexed {
  readonly text: string;
}

const built = new WeakMap<Indexed, ChunkedLines>();
// The chunked copy of a parsed document's own LineCounter, made once however many edits follow it.
const chunkedCounters = new WeakMap<LineCounter, ChunkedLines>();

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
  const from = built.get(parent) ?? ownCounter(parent);
  if (from) built.set(child, from.edited(inTextOrder(edits)));
}

/** Drops the index of a document put aside; it is rebuilt from the text when asked for. */
export function dropLineIndex(document: Indexed): void {
  built.delete(document);
}

/** The offset where line `line` (1-based, as linePos gives it) starts. */
export function startOfLine(counter: LineCounter, line: number): number {
  return counter instanceof ChunkedLines ? counter.startOfLine(line) : (counter.lineStarts[line - 1] ?? 0);
}

// A parsed document holds its LineCounter as a plain value (an edited one, as a getter).
function ownCounter(parent: Indexed): ChunkedLines | undefined {
  const own = Object.getOwnPropertyDescriptor(parent, 'lineCounter');
  const counter = own && 'value' in own ? (own.value as LineCounter) : undefined;
  if (!counter) return undefined;
  if (counter instanceof ChunkedLines) return counter;
  let chunked = chunkedCounters.get(counter);
  if (!chunked) {
    chunked = ChunkedLines.of(Int32Array.from(counter.lineStarts));
    chunkedCounters.set(counter, chunked);
  }
  return chunked;
}

function scanned(text: string): ChunkedLines {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return ChunkedLines.of(starts);
}
