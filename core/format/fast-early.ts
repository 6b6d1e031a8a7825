// A large file's mistake near its top, answered from the part of the file before it (fast-yaml.ts):
// js-yaml reads the whole text into events before the walk looks at any, so a 10 MB file with a
// collection over MAX_ENTRIES or an alias near its top took 1.5-2 s for an answer found in its
// first tenth. When a quick look at the lines suggests such a mistake, the text up to a line after
// it is read and walked first.
//
// Why the answer is the whole file's: js-yaml reads in one pass, so the events of a text cut at a
// line's end are the whole text's events up to the last value it holds (that value may be cut
// short, and the collections still open end with the text). The walk stops before that last
// value, so any mistake it finds is one the walk over the whole file finds at the same event. A
// syntax error further on, which the whole file's read would have answered first, is not seen:
// the mistake answered is the first in the file instead.
import { EVENT_ID, parseEvents, type Event } from 'js-yaml';
import { GiveUp, placedSoFar, type Walk } from './fast-walk.ts';
import { MAX_ENTRIES } from './size-limits.ts';

// Deeper lines than this are not counted (a map's collections sit at the first few levels).
const MAX_COUNTED_INDENT = 16;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;

/** The mistake the walk finds before the place `cut` suggests, or undefined (read the whole file). */
export function earlyMistake(text: string, maxDepth: number): GiveUp | undefined {
  // Past half the file, reading the part first would cost more than it may save: lines from there
  // on are not looked at (half of this scan, which every file over 1 MB makes).
  const half = text.length / 2;
  const cut = suspectCut(text, half);
  if (cut < 0 || cut > half) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text.slice(0, cut), { maxDepth });
  } catch {
    // Cut inside quoted text or braces, or a syntax error: the whole file's read answers.
    return undefined;
  }
  const walk: Walk = { text, anchors: true, placing: false, stack: [], root: undefined, knownKeys: [] };
  try {
    placedSoFar(events, walk, 1, lastValueIndex(events));
  } catch (e) {
    if (e instanceof GiveUp) return e;
    throw e;
  }
  return undefined;
}

/** Index of the last event that holds a place in the text (a value, a collection, an alias). */
function lastValueIndex(events: readonly Event[]): number {
  for (let i = events.length - 1; i > 0; i--) {
    const type = events[i]?.type;
    if (type !== EVENT_ID.POP && type !== EVENT_ID.DOCUMENT) return i;
  }
  return 0;
}

/**
 * The end of the line after the first line that suggests a mistake, or -1: an alias (`*name` after
 * a space, `[` or `,`), or the (MAX_ENTRIES + 2)th line at one indentation with no line indented
 * less between (the next entry after one over the limit, if they are a collection's entries).
 * Lines starting past `upTo` are not counted (their cut would be past it).
 */
export function suspectCut(text: string, upTo = text.length): number {
  const alias = aliasLike(text);
  const counts = new Int32Array(MAX_COUNTED_INDENT + 1);
  // Counts past this indentation are 0: a line starts the count of deeper ones again up to it
  // only (each line setting all 16 was a third of this scan, which every file over 1 MB makes).
  let deepest = 0;
  const limit = Math.min(alias >= 0 ? alias : text.length, upTo + 1);
  for (let start = 0; start < limit;) {
    const end = lineEnd(text, start);
    let indent = 0;
    while (text.charCodeAt(start + indent) === SPACE) indent++;
    const first = text.charCodeAt(start + indent);
    if (start + indent < end && first !== HASH && indent <= MAX_COUNTED_INDENT) {
      const count = (counts[indent] as number) + 1;
      counts[indent] = count;
      for (let deeper = indent + 1; deeper <= deepest; deeper++) counts[deeper] = 0;
      deepest = indent;
      if (count > MAX_ENTRIES + 1) return lineEnd(text, end + 1);
    }
    start = end + 1;
  }
  return alias >= 0 ? lineEnd(text, lineEnd(text, alias) + 1) : -1;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function aliasLike(text: string): number {
  for (let at = text.indexOf('*'); at > 0; at = text.indexOf('*', at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if ((before === SPACE || before === 0x5b || before === 0x2c) && after > SPACE && after !== NEWLINE) return at;
  }
  return -1;
}
