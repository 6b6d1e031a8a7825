// A quote never closed, found without yaml's reader (which takes seconds on a large file): js-yaml
// stops somewhere after such a quote with a reason like "deficient indentation", while the mistake
// is the quote itself. A quoted scalar ends at a line indented less than its text or at the end of
// the file (yaml names its quote as never closed there, even when a quote further on would close
// it), so the quote is the last of its kind before where js-yaml stopped that is not an escape
// inside quoted text (`\"`, `''`), at a place a value or key can start.

// js-yaml's reasons for stopping inside a quoted scalar: at a line indented too little for it, or
// at the end of the file.
const INSIDE_QUOTES = /^(?:deficient indentation|unexpected end of the stream within a (single|double) quoted scalar)$/;

/**
 * Offset of the quote that opens the scalar js-yaml stopped in at `before` with `reason`, or -1:
 * the last quote before it (of the kind named), double or single, by one rule.
 */
export function unclosedQuoteBefore(text: string, before: number, reason: string): number {
  const inside = INSIDE_QUOTES.exec(reason);
  if (!inside) return -1;
  const kinds = inside[1] === 'single' ? ["'"] : inside[1] === 'double' ? ['"'] : ['"', "'"];
  const found = kinds.map((q) => lastOpeningQuote(text, q, before)).filter((q) => q >= 0 && opensValue(text, q));
  return found.length > 0 ? Math.min(...found) : -1;
}

/**
 * The last `quote` before `before` that is not an escape: for `"`, one not after an odd run of
 * backslashes (`\"`); for `'`, the start of the last odd run (an even run is `''` escapes).
 */
function lastOpeningQuote(text: string, quote: string, before: number): number {
  for (let end = text.lastIndexOf(quote, before - 1); end >= 0;) {
    let start = end;
    if (quote === "'") while (start > 0 && text.charAt(start - 1) === quote) start--;
    let slashes = 0;
    if (quote === '"') while (text.charCodeAt(start - 1 - slashes) === 0x5c) slashes++;
    if ((end - start + 1) % 2 === 1 && slashes % 2 === 0) return start;
    if (start === 0) break;
    end = text.lastIndexOf(quote, start - 1);
  }
  return -1;
}

/** Whether a scalar may start at `q`: at a line's start, after `[`, `{`, `,`, or after `: `, `- `, `? `. */
function opensValue(text: string, q: number): boolean {
  let at = q - 1;
  while (at >= 0 && text.charAt(at) === ' ') at--;
  if (at < 0) return true;
  const c = text.charAt(at);
  if (c === '\n' || c === '[' || c === '{' || c === ',') return true;
  // An indicator must be followed by a space: `key:"x"` is plain text.
  if (at === q - 1) return false;
  if (c === ':') return true;
  return (c === '-' || c === '?') && startsEntry(text, at);
}

/** Whether the `-` or `?` at `at` starts an entry: only spaces and other indicators before it on its line. */
function startsEntry(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '\n') return true;
    if (c !== ' ' && c !== '-' && c !== '?') return false;
  }
  return true;
}

/** The words for a quote never closed, with its place (both loading paths say the same). */
export function neverClosedMessage(quote: string, line: number, column: number): string {
  return `the quote ${quote} opened at line ${line}, column ${column} is never closed (everything after it would be its text)`;
}
