// The text of one manifest written directly, for the manifests the yaml library would write in
// the plainest form: maps, lists, integers, booleans, null, and strings of words it leaves
// unquoted or puts in double quotes as they are (`"5432"`: it would read as a number). At
// 2,000 nodes building and printing the library's document of each manifest was over four fifths
// of a bundle's export (over a second; about a fifth of that with this writer). The text is the
// library's own, character for character (test/core/export/k8s/yaml-text.test.ts compares the two
// on random manifests); anything else (a string it would quote, a float, a class instance,
// undefined in a list) gives undefined, and that manifest goes to the library whole.
import { Document, type Schema } from 'yaml';

/**
 * A string that is a plain scalar in block context whatever its place: words of letters, digits
 * and `_./:@+=,()-` with single spaces between, not starting with an indicator or `-`, no word
 * ending in `:` (then `: ` or a final `:` would start a mapping), no `#` (a comment), no newline.
 */
const PLAIN_WORDS = /^[A-Za-z0-9_./][A-Za-z0-9_./:@+=,()-]*(?: [A-Za-z0-9_./:@+=,()-]+)*$/;
const WORD_ENDS_IN_COLON = /:(?: |$)/;
/** An implicit key longer than this is written as an explicit `? key` by the library. */
const LONGEST_KEY = 1024;

let schema: Schema | undefined;

/**
 * Whether the library's YAML 1.1 schema reads `text` as something other than a string (`yes`,
 * `on`, `8080`, `1:20`, `null`, a date…): then it quotes it. Asked of its own tags, as it asks them.
 */
function readsAsOther(text: string): boolean {
  schema ??= new Document(null, { version: '1.1' }).schema;
  for (const tag of schema.tags) if (readsAs(tag, text)) return true;
  for (const tag of schema.compat ?? []) if (readsAs(tag, text)) return true;
  return false;
}

/** Whether `tag`, one the library resolves plain scalars by (not the string's), reads `text`. */
function readsAs(tag: Schema['tags'][number], text: string): boolean {
  return Boolean(tag.default) && tag.tag !== 'tag:yaml.org,2002:str' && 'test' in tag && tag.test?.test(text) === true;
}

/**
 * Writes manifests, remembering how each string is written (a bundle repeats its labels thousands
 * of times).
 */
export class ManifestWriter {
  readonly #strings = new Map<string, string | null>();

  /**
   * Appends to `out` the text of `object` as the library writes it alone in a YAML 1.1 document;
   * false (and `out` as it was) when it cannot (see above).
   */
  write(object: unknown, out: string[]): boolean {
    if (!isObjectLiteral(object)) return false;
    if (!hasDefined(object)) return push(out, '{}\n');
    const mark = out.length;
    if (this.#map(object, 0, out, 0)) return true;
    out.length = mark;
    return false;
  }

  /** `object`'s text alone (write), or undefined. */
  text(object: unknown): string | undefined {
    const out: string[] = [];
    return this.write(object, out) ? out.join('') : undefined;
  }

  /**
   * A string as a key or value: itself when plain; in double quotes when plain but read as
   * something else (a port `"5432"`, `"yes"`), as the library quotes it; null for any other.
   */
  #string(text: string): string | null {
    let written = this.#strings.get(text);
    if (written === undefined) {
      const words = PLAIN_WORDS.test(text) && !WORD_ENDS_IN_COLON.test(text) && !text.startsWith('...');
      written = !words ? null : readsAsOther(text) ? `"${text}"` : text;
      this.#strings.set(text, written);
    }
    return written;
  }

  /** A scalar's text, or undefined when it is not one this writer can write. */
  #scalar(value: unknown): string | undefined {
    if (typeof value === 'string') return this.#string(value) ?? undefined;
    if (typeof value === 'number')
      return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return value === null ? 'null' : undefined;
  }

  // Each line's parts go into `out` as they are (the indent, the key, the value): a file's text is
  // made once, by the caller's join, not line by line.

  /** The pairs of a non-empty map, each line at `indent` spaces (the first already indented when `inline`). */
  #map(map: Record<string, unknown>, indent: number, out: string[], depth: number, inline = false): boolean {
    if (depth > MAX_DEPTH) return false;
    let first = true;
    for (const key of Object.keys(map)) {
      const value = map[key];
      if (value === undefined) continue;
      const written = key.length > LONGEST_KEY ? null : this.#string(key);
      if (written === null) return false;
      if (!first || !inline) out.push(spaces(indent));
      out.push(written, ':');
      first = false;
      if (!this.#value(value, indent, out, depth)) return false;
    }
    return true;
  }

  /** A map's value after its `key:`: a scalar or empty collection on the same line, else the lines below. */
  #value(value: unknown, indent: number, out: string[], depth: number): boolean {
    if (Array.isArray(value)) {
      if (value.length === 0) return push(out, ' []\n');
      out.push('\n');
      return this.#list(value, indent + 2, out, depth + 1);
    }
    if (isObjectLiteral(value)) {
      if (!hasDefined(value)) return push(out, ' {}\n');
      out.push('\n');
      return this.#map(value, indent + 2, out, depth + 1);
    }
    const text = this.#scalar(value);
    if (text === undefined) return false;
    out.push(' ', text, '\n');
    return true;
  }

  /** The items of a non-empty list, each `- ` at `indent` spaces (the first already indented when `inline`). */
  #list(list: readonly unknown[], indent: number, out: string[], depth: number, inline = false): boolean {
    if (depth > MAX_DEPTH) return false;
    for (let i = 0; i < list.length; i++) {
      if (i > 0 || !inline) out.push(spaces(indent));
      out.push('- ');
      if (!this.#item(list[i], indent + 2, out, depth)) return false;
    }
    return true;
  }

  /** A list item after its `- `: a nested collection starts on the same line. */
  #item(item: unknown, inner: number, out: string[], depth: number): boolean {
    if (Array.isArray(item)) {
      if (item.length === 0) return push(out, '[]\n');
      return this.#list(item, inner, out, depth + 1, true);
    }
    if (isObjectLiteral(item)) {
      if (!hasDefined(item)) return push(out, '{}\n');
      return this.#map(item, inner, out, depth + 1, true);
    }
    const text = this.#scalar(item);
    if (text === undefined) return false;
    out.push(text, '\n');
    return true;
  }
}

const indents: string[] = [''];

/** `count` spaces, made once per count. */
function spaces(count: number): string {
  for (let n = indents.length; n <= count; n++) indents.push(' '.repeat(n));
  return indents[count] ?? '';
}

/** Nesting beyond this (or a cycle) is left to the library. */
const MAX_DEPTH = 64;

function push(out: string[], part: string): true {
  out.push(part);
  return true;
}

/** An object made by a literal or JSON (prototype Object.prototype): class instances go to the library. */
function isObjectLiteral(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

function hasDefined(map: Record<string, unknown>): boolean {
  for (const key of Object.keys(map)) if (map[key] !== undefined) return true;
  return false;
}
