// Node entries written the plainest way, read without js-yaml (fast-chunks.ts): js-yaml takes
// about a microsecond an event, 1.0-1.3 s of a 10 MB map's answer. Most maps write each node as
// `  id:` then lines `    field: value`, the value plain words or a list of ids in brackets. A
// slice of entries written only so gives the events js-yaml gives for it, made here from the
// lines; any other line (a comment, a blank line, quoted text, deeper nesting, a character
// outside the plainest ones) and the slice is js-yaml's to read.
import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, type Event } from 'js-yaml';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const NO_RANGE = -1;
const POP: Event = { type: EVENT_ID.POP };

/**
 * The events js-yaml gives for the node entries in text[from, to), from a line `  id:` of the
 * nodes mapping up to the start of the next entry's line; undefined where a line is not plain.
 */
export function plainEntries(text: string, from: number, to: number): Event[] | undefined {
  const events: Event[] = [];
  let at = from;
  while (at < to) {
    if (text.charCodeAt(at) !== SPACE || text.charCodeAt(at + 1) !== SPACE) return undefined;
    const keyEnd = wordEnd(text, at + 2, false);
    if (keyEnd < 0 || text.charCodeAt(keyEnd) !== COLON || text.charCodeAt(keyEnd + 1) !== NEWLINE) return undefined;
    events.push(scalar(at + 2, keyEnd));
    at = keyEnd + 2;
    const fieldsFrom = events.length;
    while (at < to && text.charCodeAt(at + 2) === SPACE) {
      at = field(text, at, events, events.length === fieldsFrom);
      if (at < 0) return undefined;
    }
    // An entry without fields has an empty value: js-yaml's to place.
    if (events.length === fieldsFrom) return undefined;
    events.push(POP);
  }
  return at === to ? events : undefined;
}

/** A line `    field: value` (its mapping's event first): where the next line starts, or -1. */
function field(text: string, at: number, events: Event[], first: boolean): number {
  for (let i = 0; i < 4; i++) if (text.charCodeAt(at + i) !== SPACE) return -1;
  const key = at + 4;
  const keyEnd = wordEnd(text, key, false);
  if (keyEnd < 0 || text.charCodeAt(keyEnd) !== COLON || text.charCodeAt(keyEnd + 1) !== SPACE) return -1;
  if (first) events.push(collection(EVENT_ID.MAPPING, key, COLLECTION_STYLE.BLOCK));
  events.push(scalar(key, keyEnd));
  const value = keyEnd + 2;
  const end = text.charCodeAt(value) === OPEN_BRACKET ? list(text, value, events) : words(text, value, events);
  return end >= 0 && text.charCodeAt(end) === NEWLINE ? end + 1 : -1;
}

/** Plain words (letters, digits, `.`, `_`, `-`, single spaces between): where they end, or -1. */
function words(text: string, at: number, events: Event[]): number {
  let end = wordEnd(text, at, true);
  while (end >= 0 && text.charCodeAt(end) === SPACE && text.charCodeAt(end + 1) !== NEWLINE)
    end = wordEnd(text, end + 1, true);
  if (end < 0) return -1;
  events.push(scalar(at, end));
  return end;
}

/** `[a, b]` of plain words (or `[]`): where it ends, or -1. */
function list(text: string, at: number, events: Event[]): number {
  events.push(collection(EVENT_ID.SEQUENCE, at, COLLECTION_STYLE.FLOW));
  let next = at + 1;
  if (text.charCodeAt(next) !== CLOSE_BRACKET) {
    for (;;) {
      const end = wordEnd(text, next, true);
      if (end < 0) return -1;
      events.push(scalar(next, end));
      if (text.charCodeAt(end) === CLOSE_BRACKET) {
        next = end;
        break;
      }
      if (text.charCodeAt(end) !== COMMA || text.charCodeAt(end + 1) !== SPACE) return -1;
      next = end + 2;
    }
  }
  events.push(POP);
  return next + 1;
}

/**
 * The end of a word at `at`: a letter or digit, then letters, digits, `_`, `-` (and `.` in a
 * value); -1 where none starts there.
 */
function wordEnd(text: string, at: number, value: boolean): number {
  if (!isAlphanumeric(text.charCodeAt(at))) return -1;
  let end = at + 1;
  for (let c = text.charCodeAt(end); isAlphanumeric(c) || c === 0x5f || c === 0x2d || (value && c === 0x2e);) {
    c = text.charCodeAt(++end);
  }
  return end;
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
