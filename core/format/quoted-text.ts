// What the first pass (fast-yaml.ts) may read inside quoted text, where js-yaml and yaml could
// differ: a tab is read only inside a line of a quoted scalar, where it is plain content for both
// (elsewhere it may be indentation, or white space that folding trims); a double-quoted scalar with
// an escaped line break before a blank line is left to yaml's path, as the two fold it differently.
import type { Event } from 'js-yaml';

const SCALAR = 4;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const TAB = 0x09;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const ESCAPED_BREAK_BEFORE_BLANK = /\\\n[ \t]*\n/g;

/** A place only yaml's path may judge, and what is there. */
export interface Doubt {
  offset: number;
  what: string;
}

interface Mark {
  offset: number;
  tab: boolean;
}

/** The places that need a look once the scalars are known (tabs, escaped breaks), in file order. */
export function marksToCheck(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) marks.push({ offset: i, tab: true });
  if (!text.includes('\\\n')) return marks;
  for (const m of text.matchAll(ESCAPED_BREAK_BEFORE_BLANK)) marks.push({ offset: m.index, tab: false });
  return marks.sort((a, b) => a.offset - b.offset);
}

/** The first of `marks` the first pass may not read, given the events of the file. */
export function quotedTextDoubt(text: string, events: readonly Event[], marks: readonly Mark[]): Doubt | undefined {
  let next = 0;
  for (const e of events) {
    if (next === marks.length) return undefined;
    if (e.type !== SCALAR || (e.style !== SINGLE_QUOTED && e.style !== DOUBLE_QUOTED)) continue;
    // Scalars come in file order: a tab before this one's content is outside every quote.
    for (; next < marks.length && (marks[next] as Mark).offset < e.valueStart; next++)
      if ((marks[next] as Mark).tab) return tabOutside(marks[next] as Mark);
    for (; next < marks.length && (marks[next] as Mark).offset < e.valueEnd; next++) {
      const { offset, tab } = marks[next] as Mark;
      if (!tab && e.style === DOUBLE_QUOTED) return { offset, what: 'an escaped line break before a blank line' };
      if (tab && !insideLine(text, offset, e.valueStart, e.valueEnd)) return tabOutside({ offset, tab });
    }
  }
  const tab = marks.slice(next).find((m) => m.tab);
  return tab ? tabOutside(tab) : undefined;
}

function tabOutside(mark: Mark): Doubt {
  return { offset: mark.offset, what: 'a tab outside a line of quoted text' };
}

/** Whether the tab at `at` has other content before and after it on its line, within the scalar. */
function insideLine(text: string, at: number, start: number, end: number): boolean {
  let before = at - 1;
  while (before >= start && isBlank(text.charCodeAt(before))) before--;
  if (before >= start && text.charCodeAt(before) === NEWLINE) return false;
  let after = at + 1;
  while (after < end && isBlank(text.charCodeAt(after))) after++;
  return after >= end || text.charCodeAt(after) !== NEWLINE;
}

function isBlank(c: number): boolean {
  return c === TAB || c === SPACE;
}
