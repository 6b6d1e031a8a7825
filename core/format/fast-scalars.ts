// Scalars for the first pass (fast-yaml.ts): quoted text as js-yaml decodes it, and plain scalars
// as yaml's YAML 1.2 core schema resolves them (yaml/dist/schema/core), rule for rule and in its
// order: null, bool, octal, decimal and hex integers, then floats, with parseInt/parseFloat as yaml
// calls them.
import { CHOMPING_MODE, EVENT_ID, getScalarValue, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';

const { SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;
// Escapes left to js-yaml: an escaped backslash (the next backslash is then text, not an escape)
// and the numbered ones (\x41, \u0041, \U00000041).
const ESCAPE_LEFT_TO_JS_YAML = /\\[\\xuU]/;

/**
 * The text of a scalar, as js-yaml's getScalarValue gives it. A quoted scalar on one line is
 * decoded by splitting at each kind of escape in it: js-yaml adds its text to a string piece by
 * piece, which for a 10 MB quoted string with millions of escapes took two seconds.
 */
export function scalarText(text: string, e: ScalarEvent): string {
  if (e.valueStart < 0) return '';
  if (e.fast || (e.style !== SINGLE_QUOTED && e.style !== DOUBLE_QUOTED)) return getScalarValue(text, e);
  const raw = text.slice(e.valueStart, e.valueEnd);
  // Line breaks fold (js-yaml's to do).
  if (raw.includes('\n')) return getScalarValue(text, e);
  if (e.style === SINGLE_QUOTED) return raw.split("''").join("'");
  if (!raw.includes('\\')) return raw;
  if (ESCAPE_LEFT_TO_JS_YAML.test(raw)) return getScalarValue(text, e);
  // Every backslash now starts a two-character escape, and none is made by decoding another.
  const kinds = new Set<string>();
  for (let i = raw.indexOf('\\'); i >= 0; i = raw.indexOf('\\', i + 2)) kinds.add(raw.slice(i, i + 2));
  let decoded = raw;
  for (const escape of kinds) decoded = decoded.split(escape).join(escapeText(escape));
  return decoded;
}

/** What js-yaml decodes one escape (`\n`, `\t`, `\"`…) to. */
function escapeText(escape: string): string {
  const event: ScalarEvent = {
    type: EVENT_ID.SCALAR,
    valueStart: 0,
    valueEnd: escape.length,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: DOUBLE_QUOTED,
    chomping: CHOMPING_MODE.CLIP,
    indent: -1,
    fast: false,
  };
  return getScalarValue(escape, event);
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * Whether a plain scalar starting with this character may be a number: every integer and float rule
 * starts with a sign, a dot or a digit.
 */
function mayBeNumber(first: number): boolean {
  return first === 0x2b || first === 0x2d || first === 0x2e || (first >= 0x30 && first <= 0x39);
}

/** A plain scalar's value; a number that is not finite (`.nan`, `.inf`, `1e999`) is NaN or ±Infinity. */
export function plainValue(source: string): unknown {
  // Null and bool are a few exact words; anything else not starting like a number is text (most of
  // a map: a million scalars in a 10 MB file, so no regular expression runs for them).
  if (source.length <= 5) {
    if (NULLS.has(source)) return null;
    const bool = BOOLS.get(source);
    if (bool !== undefined) return bool;
  }
  if (!mayBeNumber(source.charCodeAt(0))) return source;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) return source.endsWith('n') || source.endsWith('N') ? NaN : infinity(source);
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

function infinity(source: string): number {
  return source.startsWith('-') ? -Infinity : Infinity;
}
