// The text of an edited document, kept as a list of pieces of flat strings (the last whole text
// plus the few lines each edit wrote) and joined only when asked for. History keeps up to 500
// documents; each holding its own copy of a 2,000-node file (650 kB) would be 300 MB, and copying
// that text on every edit would make an edit's cost follow the file's size. Once its list holds
// PIN_AFTER pieces, or one per PIN_CHARS characters of text when that is more, a document flattens
// its text, so the list stays short: flattening costs the text's length, so a longer text does it
// less often and an edit costs about the same at any size (at 10,000 nodes, 3 MB, flattening every
// 64 pieces was 0.5 ms of each edit).
import { inTextOrder, type TextEdit } from './splice.ts';

const PIN_AFTER = 64;
const PIN_CHARS = 10_000;
const CACHED = 6;

interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface TextOwner {
  readonly text: string;
}

const piecesOf = new WeakMap<TextOwner, readonly Piece[]>();
const recent = new Map<TextOwner, string>();

export interface DerivedText {
  /** Records `child` as the document this text belongs to (before any child of it is made). */
  adopt(child: TextOwner): void;
  read(child: TextOwner): string;
}

/** The text of a document that is `parent`'s text with `edits` (non-overlapping) applied. */
export function derivedText(parent: TextOwner, edits: readonly TextEdit[]): DerivedText {
  let pieces = edited(piecesOf.get(parent) ?? wholeText(parent.text), edits);
  if (pieces.length > Math.max(PIN_AFTER, lengthOf(pieces) / PIN_CHARS)) pieces = wholeText(flat(joined(pieces)));
  return {
    adopt(child) {
      piecesOf.set(child, pieces);
    },
    read(child) {
      const cached = recent.get(child);
      if (cached !== undefined) {
        recent.delete(child);
        recent.set(child, cached);
        return cached;
      }
      const text = joined(pieces);
      recent.set(child, text);
      while (recent.size > CACHED) {
        const oldest = recent.keys().next().value;
        if (oldest === undefined) break;
        recent.delete(oldest);
      }
      return text;
    },
  };
}

function wholeText(text: string): Piece[] {
  return [{ text, start: 0, end: text.length }];
}

function edited(pieces: readonly Piece[], edits: readonly TextEdit[]): Piece[] {
  const sorted = inTextOrder(edits);
  const out: Piece[] = [];
  let index = 0;
  let pieceStart = 0;
  // Appends the parts of the old text in [from, to); `from` never goes back, nor does `index`.
  const copy = (from: number, to: number) => {
    while (from < to && index < pieces.length) {
      const p = pieces[index] as Piece;
      const pieceEnd = pieceStart + (p.end - p.start);
      if (from >= pieceEnd) {
        index++;
        pieceStart = pieceEnd;
        continue;
      }
      const a = from - pieceStart;
      const b = Math.min(to, pieceEnd) - pieceStart;
      out.push({ text: p.text, start: p.start + a, end: p.start + b });
      from = pieceStart + b;
    }
  };
  let cursor = 0;
  for (const e of sorted) {
    copy(cursor, e.start);
    if (e.text.length > 0) out.push({ text: e.text, start: 0, end: e.text.length });
    cursor = Math.max(cursor, e.end);
  }
  copy(cursor, lengthOf(pieces));
  return out;
}

function lengthOf(pieces: readonly Piece[]): number {
  let length = 0;
  for (const p of pieces) length += p.end - p.start;
  return length;
}

function joined(pieces: readonly Piece[]): string {
  let text = '';
  for (const p of pieces) text += p.start === 0 && p.end === p.text.length ? p.text : p.text.slice(p.start, p.end);
  return text;
}

// A joined string is a rope over its pieces; running a regular expression over it makes the
// engine copy it into one flat string once, rather than at some later read.
const FLATTEN = /(?:)/y;
function flat(text: string): string {
  FLATTEN.lastIndex = 0;
  FLATTEN.test(text);
  return text;
}
