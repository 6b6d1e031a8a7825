// Plain scalars as yaml's YAML 1.2 core schema resolves them (yaml/dist/schema/core), rule for
// rule and in its order, for the first pass (fast-yaml.ts): null, bool, octal, decimal and hex
// integers, then floats, with parseInt/parseFloat as yaml calls them.

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Starts with none of what a null, bool or number starts with: text (most of a map).
const SURELY_TEXT = /^[^-+.0-9~nNtTfF]/;

/** A plain scalar's value; a number that is not finite (`.nan`, `.inf`, `1e999`) is NaN or ±Infinity. */
export function plainValue(source: string): unknown {
  if (SURELY_TEXT.test(source)) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
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
