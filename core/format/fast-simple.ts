// Node entries written the plainest way, read without js-yaml (fast-chunks.ts): js-yaml takes
// about a microsecond an event, 1.0-1.3 s of a 10 MB map's answer. Most maps write each node as
// `  id:` then lines `    field: value`, the value plain words or a list of ids in brackets (or
// `    field:` then lines `      - id`, as mapwright writes lists). A
// slice of entries written only so gives the events js-yaml gives for it, made here from the
// lines; any other line (a comment, a blank line, quoted text, deeper nesting, a character
// outside the plainest ones) and the slice is js-yaml's to read.
import { grownInt32 } from '../model/grown.ts';
import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, type Event } from 'js-yaml';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
// A node's fields, under its `  id:`.
const FIELDS = 4;
// Nesting deeper than this is left to js-yaml.
const MAX_INDENT = 12;
const NO_RANGE = -1;
const POP: Event = { type: EVENT_ID.POP };

/**
 * The events of plain entries as numbers, three an event: its type, then a scalar's start and
 * end, or a collection's start and style. One buffer serves slice after slice: objects for a
 * 10,000-node map's 310,000 events were half of all its load allocated (37 of 74 MB), each
 * allocation a step nearer the next young-generation collection, which copies the map built so far.
 */
export class PlainEvents {
  private codes = new Int32Array(3 * 4096);
  /** Events held. */
  count = 0;
  // The objects `event` fills in and returns: one per kind, shaped as the events js-yaml gives.
  private readonly scalarEvent = scalar(0, 0);
  private readonly collectionEvent = collection(EVENT_ID.MAPPING, 0, COLLECTION_STYLE.BLOCK);

  push(type: number, a: number, b: number): void {
    const at = this.count * 3;
    if (at + 3 > this.codes.length) this.codes = grownInt32(this.codes);
    this.codes[at] = type;
    this.codes[at + 1] = a;
    this.codes[at + 2] = b;
    this.count++;
  }

  /** Event `i`, valid until the next call (the same object is filled in again). */
  event(i: number): Event {
    const at = i * 3;
    const type = this.codes[at] as number;
    if (type === EVENT_ID.POP) return POP;
    if (type === EVENT_ID.SCALAR) {
      const e = this.scalarEvent as { valueStart: number; valueEnd: number };
      e.valueStart = this.codes[at + 1] as number;
      e.valueEnd = this.codes[at + 2] as number;
      return this.scalarEvent;
    }
    const e = this.collectionEvent as { type: number; start: number; style: number };
    e.type = type;
    e.start = this.codes[at + 1] as number;
    e.style = this.codes[at + 2] as number;
    return this.collectionEvent;
  }

  /** Every event held, as objects of their own. */
  events(): Event[] {
    const events: Event[] = [];
    for (let i = 0; i < this.count; i++) {
      const at = i * 3;
      const [type, a, b] = [this.codes[at] as number, this.codes[at + 1] as number, this.codes[at + 2] as number];
      if (type === EVENT_ID.POP) events.push(POP);
      else if (type === EVENT_ID.SCALAR) events.push(scalar(a, b));
      else events.push(collection(type as typeof EVENT_ID.MAPPING, a, b));
    }
    return events;
  }
}

/**
 * The events js-yaml gives for the node entries in text[from, to), from a line `  id:` of the
 * nodes mapping up to the start of the next entry's line; undefined where a line is not plain.
 */
export function plainEntries(text: string, from: number, to: number): Event[] | undefined {
  const events = new PlainEvents();
  return plainEvents(text, from, to, events) ? events.events() : undefined;
}

/** plainEntries' events put in `events` (what it held before is let go): false where a line is not plain. */
export function plainEvents(text: string, from: number, to: number, events: PlainEvents): boolean {
  events.count = 0;
  let at = from;
  while (at < to) {
    if (text.charCodeAt(at) !== SPACE || text.charCodeAt(at + 1) !== SPACE) return false;
    const keyEnd = wordEnd(text, at + 2, KEY);
    if (keyEnd < 0 || text.charCodeAt(keyEnd) !== COLON || text.charCodeAt(keyEnd + 1) !== NEWLINE) return false;
    events.push(EVENT_ID.SCALAR, at + 2, keyEnd);
    // An entry without fields has an empty value: js-yaml's to place.
    at = mapping(text, keyEnd + 2, FIELDS, events);
    if (at < 0) return false;
  }
  return at === to;
}

/**
 * Lines `field: value` or `field:` (a mapping or a list below it) at `indent` spaces, at least
 * one: where the first line after them starts, or -1.
 */
function mapping(text: string, at: number, indent: number, events: PlainEvents): number {
  if (!indented(text, at, indent)) return -1;
  events.push(EVENT_ID.MAPPING, at + indent, COLLECTION_STYLE.BLOCK);
  let next = at;
  while (next >= 0 && indented(text, next, indent)) next = field(text, next + indent, indent, events);
  events.push(EVENT_ID.POP, 0, 0);
  return next;
}

/** A line's `field: value` or `field:` and what is below it, from `key`: where the next line starts, or -1. */
function field(text: string, key: number, indent: number, events: PlainEvents): number {
  const keyEnd = wordEnd(text, key, KEY);
  if (keyEnd < 0 || text.charCodeAt(keyEnd) !== COLON) return -1;
  events.push(EVENT_ID.SCALAR, key, keyEnd);
  const after = text.charCodeAt(keyEnd + 1);
  const value = keyEnd + 2;
  if (after === NEWLINE) {
    // Deeper than any map writes is js-yaml's (which also counts the depth).
    if (indent + 2 > MAX_INDENT) return -1;
    return isItem(text, value, indent + 2)
      ? blockList(text, value, indent + 2, events)
      : mapping(text, value, indent + 2, events);
  }
  if (after !== SPACE) return -1;
  const end = text.charCodeAt(value) === OPEN_BRACKET ? list(text, value, events) : words(text, value, events);
  return end >= 0 && text.charCodeAt(end) === NEWLINE ? end + 1 : -1;
}

/** Lines `- words` at `indent` spaces, at least one: where the line after them starts, or -1. */
function blockList(text: string, at: number, indent: number, events: PlainEvents): number {
  events.push(EVENT_ID.SEQUENCE, at + indent, COLLECTION_STYLE.BLOCK);
  let next = at;
  while (isItem(text, next, indent)) {
    const end = words(text, next + indent + 2, events);
    if (end < 0 || text.charCodeAt(end) !== NEWLINE) return -1;
    next = end + 1;
  }
  events.push(EVENT_ID.POP, 0, 0);
  return next;
}

/** `indent` spaces at `at`, then something else on the line. */
function indented(text: string, at: number, indent: number): boolean {
  for (let i = 0; i < indent; i++) if (text.charCodeAt(at + i) !== SPACE) return false;
  const c = text.charCodeAt(at + indent);
  return c !== SPACE && c !== NEWLINE && !Number.isNaN(c);
}

/** `indent` spaces, a dash and a space at `at`. */
function isItem(text: string, at: number, indent: number): boolean {
  for (let i = 0; i < indent; i++) if (text.charCodeAt(at + i) !== SPACE) return false;
  return text.charCodeAt(at + indent) === DASH && text.charCodeAt(at + indent + 1) === SPACE;
}

/**
 * Plain words (see wordEnd's VALUE) with spaces between, and spaces after them (not the value's):
 * where the line goes on after them, or -1.
 */
function words(text: string, at: number, events: PlainEvents): number {
  let end = wordEnd(text, at, VALUE);
  while (end >= 0) {
    let next = end;
    while (text.charCodeAt(next) === SPACE) next++;
    if (next === end || text.charCodeAt(next) === NEWLINE) {
      events.push(EVENT_ID.SCALAR, at, end);
      return next;
    }
    end = wordEnd(text, next, VALUE);
  }
  return -1;
}

/** `[a, b]` of plain words (or `[]`): where it ends, or -1. */
function list(text: string, at: number, events: PlainEvents): number {
  events.push(EVENT_ID.SEQUENCE, at, COLLECTION_STYLE.FLOW);
  let next = at + 1;
  if (text.charCodeAt(next) !== CLOSE_BRACKET) {
    for (;;) {
      const end = wordEnd(text, next, ITEM);
      if (end < 0) return -1;
      events.push(EVENT_ID.SCALAR, next, end);
      if (text.charCodeAt(end) === CLOSE_BRACKET) {
        next = end;
        break;
      }
      if (text.charCodeAt(end) !== COMMA || text.charCodeAt(end + 1) !== SPACE) return -1;
      next = end + 2;
    }
  }
  events.push(EVENT_ID.POP, 0, 0);
  return next + 1;
}

// What a word may hold besides letters and digits: a key `_` and `-`; an item in brackets `.`
// too; a value (not in brackets) `/` as well, and `:` before another of these (never before a
// space or the line's end, where it would make a key).
const KEY = 0;
const ITEM = 1;
const VALUE = 2;

/**
 * The end of a word at `at` of kind KEY, ITEM or VALUE: a letter or digit (or, for a VALUE, `/`)
 * first; -1 where none starts there.
 */
function wordEnd(text: string, at: number, kind: number): number {
  const first = text.charCodeAt(at);
  if (!isAlphanumeric(first) && !(kind === VALUE && first === SLASH)) return -1;
  let end = at + 1;
  for (;;) {
    const c = text.charCodeAt(end);
    if (isAlphanumeric(c) || c === 0x5f || c === DASH) end++;
    else if (kind !== KEY && c === DOT) end++;
    else if (kind === VALUE && (c === SLASH || (c === COLON && isWordCharacter(text.charCodeAt(end + 1))))) end++;
    else return end;
  }
}

function isWordCharacter(c: number): boolean {
  return isAlphanumeric(c) || c === 0x5f || c === DASH || c === DOT || c === SLASH;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

function scalar(valueStart: number, valueEnd: number): Event {
  return {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: NO_RANGE,
    anchorEnd: NO_RANGE,
    tagStart: NO_RANGE,
    tagEnd: NO_RANGE,
    style: SCALAR_STYLE.PLAIN,
    chomping: CHOMPING_MODE.CLIP,
    indent: -1,
    fast: true,
  };
}

function collection(type: typeof EVENT_ID.MAPPING | typeof EVENT_ID.SEQUENCE, start: number, style: number): Event {
  return {
    type,
    start,
    anchorStart: NO_RANGE,
    anchorEnd: NO_RANGE,
    tagStart: NO_RANGE,
    tagEnd: NO_RANGE,
    style,
  } as Event;
}
