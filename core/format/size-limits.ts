// How much a map file may hold, checked before the schema (or any parser) spends time on each
// part: YAML values (counted before parsing), entries in one mapping or list (the most nodes a
// map may have). Reading costs about a microsecond a value: 10 MB of `[[[[…` or `0, 0, 0, …` is
// ten million of them and took over a minute, far beyond what the largest map needs (a
// realistic 20,000-node map counts about 500,000).
import type { LineCounter } from 'yaml';
import type { Diagnostic } from '../model/types.ts';
import type { Located } from './schema-errors.ts';

/** At most this many places where a value may start (see valueBudgetExceeded). */
export const MAX_VALUE_MARKS = 1_000_000;

const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const COLON = 0x3a;
const DASH = 0x2d;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * The offset where the file passes MAX_VALUE_MARKS places a value may start, or -1. Counted are
 * commas and opening brackets and braces, and `:` and `-` before a space or a line end: every
 * mapping entry, list item and flow collection has one. Quoted text and comments are counted too,
 * so the count is never below the file's real number of values, whatever the file hides where.
 */
export function valueBudgetExceeded(text: string, budget = MAX_VALUE_MARKS): number {
  let marks = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === OPEN_BRACKET || c === OPEN_BRACE) marks++;
    else if (c === COLON || c === DASH) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : NEWLINE;
      if (next === SPACE || next === NEWLINE) marks++;
    } else continue;
    if (marks > budget) return i;
  }
  return -1;
}

/** No mapping or list in a map file holds more entries than this (the most nodes a map may have). */
export const MAX_ENTRIES = 20_000;

/** The error for a collection at `path` over MAX_ENTRIES, at the first entry over (`entry`: its key or index). */
export function tooManyEntries(
  path: readonly (string | number)[],
  entry: string | number,
): { rule: string; message: string } {
  if (path.length === 1 && path[0] === 'nodes')
    return {
      rule: 'schema/too-many-nodes',
      message: `the map has more than ${MAX_ENTRIES} nodes, the most it may have (from node '${String(entry).slice(0, 63)}' on)`,
    };
  const at = path.length === 0 ? 'the map' : path.join('.').slice(0, 200);
  return {
    rule: 'schema/too-many-entries',
    message: `${at} has more than ${MAX_ENTRIES} entries, the most any mapping or list in a map may have`,
  };
}

/** The error for a file over MAX_VALUE_MARKS, at the offset where the count passed it. */
export function tooManyValues(offset: number, lineCounter: LineCounter): Diagnostic {
  const { line, col } = lineCounter.linePos(offset);
  const message =
    `the file holds more than ${MAX_VALUE_MARKS} YAML values by here (keys, list items, commas and brackets ` +
    'are counted); a map of 20,000 nodes has about 500,000';
  return { line, column: col, severity: 'error', rule: 'file/too-many-values', message };
}

/**
 * The first mapping or list holding more than MAX_ENTRIES entries (the `nodes` of a map with too
 * many nodes, or a hostile million keys), refused before the schema checks (and words) each entry.
 */
export function oversized(data: unknown, where: Located): Diagnostic | undefined {
  const stack: { value: object; path: (string | number)[] }[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'object' && value !== null) stack.push({ value, path });
  };
  visit(data, []);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { value, path } = top;
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const size = keys ? keys.length : (value as unknown[]).length;
    if (size > MAX_ENTRIES) return oversizedAt(path, keys ? (keys[MAX_ENTRIES] as string) : MAX_ENTRIES, where);
    if (keys) for (const k of keys) visit((value as Record<string, unknown>)[k], [...path, k]);
    else (value as unknown[]).forEach((v, i) => visit(v, [...path, i]));
  }
  return undefined;
}

function oversizedAt(path: (string | number)[], over: string | number, where: Located): Diagnostic {
  const { rule, message } = tooManyEntries(path, over);
  const offset = typeof over === 'number' ? where.offsetOf([...path, over]) : where.offsetOf(path, over);
  const { line, col } = where.lineCounter.linePos(offset);
  return { line, column: col, severity: 'error', rule, message };
}
