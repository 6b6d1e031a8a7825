// A large map's events read a slice of its nodes at a time (fast-yaml.ts). js-yaml returns a
// text's events all at once: a 10 MB map with 400,000 unknown fields held 1.1 million event
// objects (about 150 MB) until the walk was done, and the memory cost more than the parse itself
// (a profile: 1.1-1.6 s of the 2.2-2.5 s its answer took). Read a slice at a time, the events of
// a slice are let go before the next is read.
//
// Why the events are the whole file's: the text before the node entries (`head`, up to a line
// `nodes:`) followed by the entries from a line `  id:` on puts js-yaml in the state it is in
// at that line when it reads the whole file, once that line is known to start an entry of the
// nodes mapping (the mapping's own state after its first key is the same whatever key came first,
// and nothing before the line is read again: anchors and tags, which make js-yaml read ahead and
// back, are not sliced). So each slice is read as the head plus its entries plus the next slice's
// first line, and its events are kept up to that line's key, found as a key of the nodes mapping
// (else the file is read whole). A slice js-yaml refuses (a quoted text or braces going on past
// it, or a real mistake) is read again with everything after it: from an entry's start the rest
// of the file reads as it does in the whole file, the same events or the same refusal.
import { COLLECTION_STYLE, EVENT_ID, parseEvents, YAMLException, type Event } from 'js-yaml';
import { plainEntries } from './fast-simple.ts';

/** Where the node entries start (after the head) and the lines each later slice starts at. */
export interface SlicePlan {
  head: number;
  cuts: number[];
}

/** Slices of about this many characters (their events, about 1 MB, die young). */
export const SLICE_CHARS = 64 * 1024;
const NODES_LINE = 'nodes:\n';
// An anchor or a tag where a value may start (js-yaml reads ahead and back around them).
const PROPERTY = /(?:^|[\s[\]{},])[&!]/;
const SPACE = 0x20;
const HASH = 0x23;
const NEWLINE = 0x0a;

/** The text is not read in slices after all (a slice's first line is not an entry's). */
export class NotSliced extends Error {}

/** Where `text` may be read a slice at a time, or undefined (read it whole). */
export function slicePlan(text: string, sliceChars = SLICE_CHARS): SlicePlan | undefined {
  const line = text.startsWith(NODES_LINE) ? 0 : text.indexOf(`\n${NODES_LINE}`) + 1;
  if (line === 0 && !text.startsWith(NODES_LINE)) return undefined;
  if (PROPERTY.test(text)) return undefined;
  const head = line + NODES_LINE.length;
  const cuts: number[] = [];
  let last = head;
  let lastEntry = head;
  for (let start = head; start < text.length; start = lineEnd(text, start) + 1) {
    const first = text.charCodeAt(start);
    // A line at the first column that is not a comment ends the nodes mapping (or is inside text).
    if (first !== SPACE && first !== HASH && first !== NEWLINE) break;
    if (!isEntryLine(text, start)) continue;
    // The first and last slices are js-yaml's (they hold the text around the nodes): the first
    // ends at the second entry, the last starts at the last one.
    if (start - last >= sliceChars || (cuts.length === 0 && start > head)) {
      cuts.push(start);
      last = start;
    }
    lastEntry = start;
  }
  if (lastEntry > last) cuts.push(lastEntry);
  return cuts.length > 0 ? { head, cuts } : undefined;
}

/** `  id` at the start of a line: two spaces, then a letter or digit. */
function isEntryLine(text: string, start: number): boolean {
  return (
    text.charCodeAt(start) === SPACE &&
    text.charCodeAt(start + 1) === SPACE &&
    isAlphanumeric(text.charCodeAt(start + 2))
  );
}

// A regular expression literal here made a new RegExp object per line (8 MB a 10,000-node load).
function isAlphanumeric(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The end of the entry starting at line `start`: the next line at the entries' indentation or less. */
function entryEnd(text: string, start: number): number {
  for (let at = lineEnd(text, start) + 1; at < text.length; at = lineEnd(text, at) + 1) {
    const first = text.charCodeAt(at);
    if (isEntryLine(text, at) || (first !== SPACE && first !== HASH && first !== NEWLINE)) return at;
  }
  return text.length;
}

/**
 * The events of `text`, a slice at a time, in order: together exactly what parseEvents(text)
 * gives (the first batch begins with the document's event, the last ends with its end), or its
 * refusal (a YAMLException at the same place). Throws NotSliced where the plan does not hold.
 */
export function eventSlices(text: string, plan: SlicePlan, maxDepth: number): Generator<Event[], void> {
  return slices(text, plan, maxDepth, (from, to) => plainEntries(text, from, to));
}

/**
 * eventSlices' slices, those of plain entries as `plain` gives them (undefined: js-yaml reads
 * the slice): a walk takes them without an object per event (fast-simple.ts PlainEvents).
 */
export function* slices<Plain>(
  text: string,
  plan: SlicePlan,
  maxDepth: number,
  plain: (from: number, to: number) => Plain | undefined,
): Generator<Event[] | Plain, void> {
  const head = text.slice(0, plan.head);
  const starts = [plan.head, ...plan.cuts];
  let nodesAt = -1;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const next = starts[k + 1];
    const shift = from - plan.head;
    const plainSlice = k > 0 && next !== undefined ? plain(from, next) : undefined;
    if (plainSlice !== undefined) {
      yield plainSlice;
      continue;
    }
    const read = (end: number) =>
      parseEvents(k === 0 ? text.slice(0, end) : head + text.slice(from, end), { maxDepth });
    let events: Event[];
    try {
      events = read(next === undefined ? text.length : entryEnd(text, next));
    } catch (e) {
      if (next === undefined) throw moved(e, shift, text, maxDepth, plan.head);
      // Refused as a slice: everything from here on is read in one go (see the top of the file).
      let rest: Event[];
      try {
        rest = read(text.length);
      } catch (refusal) {
        throw moved(refusal, shift, text, maxDepth, plan.head);
      }
      yield kept(rest, k === 0 ? 0 : nodesOf(rest, head, nodesAt) + 1, rest.length, shift);
      return;
    }
    const nodes = nodesOf(events, head, nodesAt);
    if (k === 0) nodesAt = nodes;
    const end = next === undefined ? events.length : keyAt(events, nodes, next + 2 - shift);
    yield kept(events, k === 0 ? 0 : nodes + 1, end, shift);
  }
}

/**
 * The index of the nodes mapping's event: in the first slice (`nodesAt` -1), the block mapping
 * that is the value of the root mapping's key `nodes`; in a later one, at the same index (the
 * head read the same way), starting at the slice's first entry, whose key comes next.
 */
function nodesOf(events: readonly Event[], head: string, nodesAt: number): number {
  if (nodesAt < 0) {
    const root = events[1];
    if (root?.type !== EVENT_ID.MAPPING || root.style !== COLLECTION_STYLE.BLOCK) throw new NotSliced();
    const found = keyAt(events, 1, head.length - NODES_LINE.length) + 1;
    const nodes = events[found];
    if (nodes?.type !== EVENT_ID.MAPPING || nodes.style !== COLLECTION_STYLE.BLOCK) throw new NotSliced();
    return found;
  }
  const nodes = events[nodesAt];
  const key = events[nodesAt + 1];
  const first = head.length + 2;
  if (nodes?.type !== EVENT_ID.MAPPING || nodes.start !== first) throw new NotSliced();
  if (key?.type !== EVENT_ID.SCALAR || key.valueStart !== first) throw new NotSliced();
  return nodesAt;
}

/** The index of the key starting at `start` among the own keys of the mapping at `mapping`. */
function keyAt(events: readonly Event[], mapping: number, start: number): number {
  let depth = 0;
  let entry = 0;
  for (let i = mapping + 1; i < events.length; i++) {
    const e = events[i] as Event;
    if (depth === 0 && e.type === EVENT_ID.POP) break;
    if (depth === 0 && entry % 2 === 0 && e.type === EVENT_ID.SCALAR && e.valueStart === start) return i;
    if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) depth++;
    else if (e.type === EVENT_ID.POP) depth--;
    if (depth === 0) entry++;
  }
  throw new NotSliced();
}

/** events[from, to), their places moved by `shift` (a later slice's text starts with the head). */
function kept(events: Event[], from: number, to: number, shift: number): Event[] {
  const batch = from === 0 && to === events.length ? events : events.slice(from, to);
  if (shift !== 0) for (const e of batch) moveEvent(e, shift);
  return batch;
}

function moveEvent(e: Event, shift: number): void {
  if (e.type === EVENT_ID.SCALAR) {
    if (e.valueStart >= 0) [e.valueStart, e.valueEnd] = [e.valueStart + shift, e.valueEnd + shift];
  } else if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) e.start += shift;
  else if (e.type !== EVENT_ID.ALIAS) return;
  if (e.anchorStart >= 0) [e.anchorStart, e.anchorEnd] = [e.anchorStart + shift, e.anchorEnd + shift];
  if (e.type !== EVENT_ID.ALIAS && e.tagStart >= 0) [e.tagStart, e.tagEnd] = [e.tagStart + shift, e.tagEnd + shift];
}

/** js-yaml's refusal of a slice read with the rest of the file, placed in the whole file. */
function moved(e: unknown, shift: number, text: string, maxDepth: number, head: number): unknown {
  if (!(e instanceof YAMLException) || shift === 0) return e;
  const position = e.mark?.position ?? -1;
  // A refusal inside the head cannot be moved: the whole file's read says where.
  if (position < head) return refusalOfWhole(text, maxDepth) ?? e;
  return new YAMLException(e.reason, { ...(e.mark as NonNullable<typeof e.mark>), position: position + shift });
}

function refusalOfWhole(text: string, maxDepth: number): unknown {
  try {
    parseEvents(text, { maxDepth });
  } catch (e) {
    return e;
  }
  return undefined;
}
