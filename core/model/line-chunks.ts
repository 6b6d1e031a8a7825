// A document's line starts kept in chunks of about CHUNK lines, each chunk with a shift added to
// its starts. An edit rebuilds only the chunks that hold the lines it replaced, moves the later
// chunks by changing their shift, and shares every other chunk with the document before: its cost
// is the lines it wrote plus one number per chunk, not a copy of every line start of the file.
// Answers yaml's LineCounter questions (linePos, lineStarts) the same way a scan of the text does.
import { LineCounter } from 'yaml';
import type { TextEdit } from './splice.ts';

const CHUNK = 1024;

export class ChunkedLines extends LineCounter {
  private flat: Int32Array | undefined;
  /** How many starts the chunks before each chunk hold. */
  private readonly before: Int32Array;

  constructor(
    private readonly chunks: readonly Int32Array[],
    private readonly shifts: Int32Array,
    private readonly chunkSize = CHUNK,
  ) {
    super();
    this.before = new Int32Array(chunks.length);
    for (let k = 1; k < chunks.length; k++)
      this.before[k] = (this.before[k - 1] as number) + (chunks[k - 1] as Int32Array).length;
    this.linePos = (offset: number) => this.position(offset);
    // Read whole only by callers that want every start; placing a finding asks startOfLine.
    Object.defineProperty(this, 'lineStarts', { configurable: true, enumerable: true, get: () => this.flattened() });
  }

  /** Starts in ascending order, the first one 0 (`chunkSize` other than CHUNK: for tests). */
  static of(starts: Int32Array, chunkSize = CHUNK): ChunkedLines {
    const chunks: Int32Array[] = [];
    for (let i = 0; i < starts.length; i += chunkSize) chunks.push(starts.subarray(i, i + chunkSize));
    return new ChunkedLines(chunks, new Int32Array(chunks.length), chunkSize);
  }

  /** The offset where line `line` (1-based) starts. */
  startOfLine(line: number): number {
    const index = line - 1;
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.before[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    const chunk = this.chunks[low] as Int32Array;
    const at = index - (this.before[low] as number);
    return at >= 0 && at < chunk.length ? (chunk[at] as number) + (this.shifts[low] as number) : 0;
  }

  /** These lines after `edits` (offsets of the text before them, apart), as a new index. */
  edited(edits: readonly TextEdit[]): ChunkedLines {
    let chunks = this.chunks;
    let shifts = this.shifts;
    let delta = 0;
    for (const e of edits) {
      [chunks, shifts] = replaced({ chunks, shifts }, e.start + delta, e.end + delta, e.text, this.chunkSize);
      delta += e.text.length - (e.end - e.start);
    }
    return new ChunkedLines(chunks, shifts, this.chunkSize);
  }

  private first(k: number): number {
    return ((this.chunks[k] as Int32Array)[0] as number) + (this.shifts[k] as number);
  }

  // As yaml's LineCounter.linePos: line = how many starts lie at or before `offset`.
  private position(offset: number): { line: number; col: number } {
    if (this.chunks.length === 0 || this.first(0) > offset) return { line: 0, col: offset };
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.first(mid) <= offset) low = mid;
      else high = mid - 1;
    }
    const chunk = this.chunks[low] as Int32Array;
    const at = lastAtOrBefore(chunk, offset - (this.shifts[low] as number));
    const start = (chunk[at] as number) + (this.shifts[low] as number);
    return { line: (this.before[low] as number) + at + 1, col: offset - start + 1 };
  }

  private flattened(): Int32Array {
    if (!this.flat) {
      const total = this.chunks.reduce((n, c) => n + c.length, 0);
      const flat = new Int32Array(total);
      this.chunks.forEach((chunk, k) => {
        const shift = this.shifts[k] as number;
        const from = this.before[k] as number;
        for (let i = 0; i < chunk.length; i++) flat[from + i] = (chunk[i] as number) + shift;
      });
      this.flat = flat;
    }
    return this.flat;
  }
}

/** The index of the last value in ascending `values` at or before `offset` (values[0] is at or before it). */
function lastAtOrBefore(values: Int32Array, offset: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((values[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

// One edit, in offsets of the current text: the starts in (start, end] go, one start after each
// newline `text` holds comes in, and the starts after `end` move by the change in length. Only the
// chunks from the one holding `start` to the one holding `end` are rebuilt.
function replaced(
  { chunks, shifts }: { chunks: readonly Int32Array[]; shifts: Int32Array },
  start: number,
  end: number,
  text: string,
  chunkSize: number,
): [Int32Array[], Int32Array] {
  const first = (k: number) => ((chunks[k] as Int32Array)[0] as number) + (shifts[k] as number);
  const holding = (offset: number) => {
    let low = 0;
    let high = chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (first(mid) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const a = holding(start);
  const b = holding(end);
  const diff = text.length - (end - start);
  const out: number[] = [];
  for (let k = a; k <= b; k++) {
    const chunk = chunks[k] as Int32Array;
    const shift = shifts[k] as number;
    for (let i = 0; i < chunk.length; i++) {
      const s = (chunk[i] as number) + shift;
      if (s <= start) out.push(s);
    }
  }
  for (let j = text.indexOf('\n'); j >= 0; j = text.indexOf('\n', j + 1)) out.push(start + j + 1);
  for (let k = a; k <= b; k++) {
    const chunk = chunks[k] as Int32Array;
    const shift = shifts[k] as number;
    for (let i = 0; i < chunk.length; i++) {
      const s = (chunk[i] as number) + shift;
      if (s > end) out.push(s + diff);
    }
  }
  const rebuilt: Int32Array[] = [];
  const size = Math.ceil(out.length / Math.max(1, Math.round(out.length / chunkSize)));
  // No chunk is left empty: lookups read each chunk's first start.
  for (let i = 0; i < out.length; i += size) rebuilt.push(Int32Array.from(out.slice(i, i + size)));
  const nextChunks = [...chunks.slice(0, a), ...rebuilt, ...chunks.slice(b + 1)];
  const nextShifts = new Int32Array(nextChunks.length);
  nextShifts.set(shifts.subarray(0, a), 0);
  const after = a + rebuilt.length;
  for (let k = b + 1; k < chunks.length; k++) nextShifts[after + k - b - 1] = (shifts[k] as number) + diff;
  return [nextChunks, nextShifts];
}
