// The first pass of loading a map: js-yaml's event parser (about 15 times faster than yaml's CST,
// lexer and composer on a map) turned into the plain data and an index of where each value sits.
// The data must be exactly what yaml (YAML 1.2 core schema, as parse.ts loads it) gives, so this
// pass answers only for files it can read with certainty and gives up (undefined) on everything
// else, which then takes yaml's path with its exact errors: tags, anchors, aliases, directives,
// more or fewer than one document, tabs, complex, null, duplicate or reserved keys, non-finite
// numbers, deep nesting, very long keys, and anything js-yaml itself refuses. yaml still builds
// the Document that edits work on, when an edit first asks for it (parse.ts).
import { getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';

/** Where a value starts in the text, and for a mapping or sequence where its entries are. */
export interface Placed {
  start: number;
  keys?: Map<string, { keyStart: number; value: Placed }>;
  items?: Placed[];
}

export interface FastYaml {
  data: unknown;
  placed: Placed;
}

// Lower than the loader's own limit (yaml-safety.ts, 64) so a file near it always takes yaml's
// path, which counts depth its own way and names the place.
const MAX_FAST_DEPTH = 32;
// yaml refuses an implicit key longer than 1,024 characters; leave anything near that to it.
const MAX_FAST_KEY = 1000;
const RESERVED_KEYS = new Set(['__proto__', 'constructor']);
// Tabs, and characters one parser may take for a line break or a mark and the other not.
const ODD_CHARACTERS = /[\t\r\u0085\u2028\u2029\ufeff]/;

const EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;
const STYLE = { PLAIN: 1, SINGLE_QUOTED: 2, DOUBLE_QUOTED: 3 } as const;
const FLOW = 2;

interface Frame {
  data: Record<string, unknown> | unknown[];
  placed: Placed;
  flow: boolean;
  /** A mapping's key waiting for its value. */
  key?: { name: string; start: number; end: number } | undefined;
}

class GiveUp extends Error {}

/** The data and value places of `text`, or undefined where yaml's path must decide. */
export function fastYaml(text: string): FastYaml | undefined {
  if (text.startsWith('%') || text.includes('\n%') || ODD_CHARACTERS.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_FAST_DEPTH });
  } catch {
    return undefined;
  }
  try {
    return built(text, events);
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

interface Walk {
  stack: Frame[];
  root: FastYaml | undefined;
}

function built(text: string, events: readonly Event[]): FastYaml | undefined {
  const first = events[0];
  if (first?.type !== EVENT.DOCUMENT || first.directives.length > 0) return undefined;
  const walk: Walk = { stack: [], root: undefined };
  for (let i = 1; i < events.length; i++) {
    const e = events[i] as Event;
    // The document's end: anything after it (a second document) is yaml's to refuse.
    if (e.type === EVENT.POP && walk.stack.length === 0) return i === events.length - 1 ? walk.root : undefined;
    step(text, e, walk);
  }
  return undefined;
}

function step(text: string, e: Event, walk: Walk): void {
  const { stack } = walk;
  const frame = stack[stack.length - 1];
  if (e.type === EVENT.SCALAR) {
    if (frame && !Array.isArray(frame.data) && !frame.key) frame.key = keyOf(text, e, frame);
    else attach(walk, { data: scalarValue(text, e), placed: { start: scalarStart(text, e, frame) } });
  } else if (e.type === EVENT.MAPPING || e.type === EVENT.SEQUENCE) {
    if (e.anchorStart !== -1 || e.tagStart !== -1) throw new GiveUp();
    if (frame && !Array.isArray(frame.data) && !frame.key) throw new GiveUp(); // a complex key
    const mapping = e.type === EVENT.MAPPING;
    stack.push({
      flow: e.style === FLOW,
      data: mapping ? {} : [],
      placed: mapping ? { start: e.start, keys: new Map() } : { start: e.start, items: [] },
    });
  } else if (e.type === EVENT.POP) {
    const done = stack.pop() as Frame;
    if (done.key) throw new GiveUp(); // a key without a value event
    attach(walk, done);
  } else throw new GiveUp(); // an alias, or a second document
}

function attach(walk: Walk, value: FastYaml): void {
  const parent = walk.stack[walk.stack.length - 1];
  if (!parent) {
    walk.root = { data: value.data, placed: value.placed };
  } else if (Array.isArray(parent.data)) {
    parent.data.push(value.data);
    parent.placed.items?.push(value.placed);
  } else {
    const key = parent.key as NonNullable<Frame['key']>;
    parent.data[key.name] = value.data;
    parent.placed.keys?.set(key.name, { keyStart: key.start, value: value.placed });
    parent.key = undefined;
  }
}

function keyOf(text: string, e: ScalarEvent, frame: Frame): NonNullable<Frame['key']> {
  if (e.anchorStart !== -1 || e.tagStart !== -1) throw new GiveUp();
  const value = scalarValue(text, e);
  if (value === null || e.valueStart < 0 || e.valueEnd - e.valueStart > MAX_FAST_KEY) throw new GiveUp();
  const name = String(value);
  if (RESERVED_KEYS.has(name) || frame.placed.keys?.has(name)) throw new GiveUp();
  const quoted = e.style === STYLE.SINGLE_QUOTED || e.style === STYLE.DOUBLE_QUOTED;
  if (!quoted && e.style !== STYLE.PLAIN) throw new GiveUp();
  return { name, start: quoted ? e.valueStart - 1 : e.valueStart, end: quoted ? e.valueEnd + 1 : e.valueEnd };
}

/**
 * Where yaml's range of the scalar starts: the value's first character, a quoted scalar's quote,
 * the block scalar's indicator (`|`, `>`), and for an empty value of a block mapping the first
 * non-space after its `:`. Anything else (an empty list item, an empty value in braces) gives up.
 */
function scalarStart(text: string, e: ScalarEvent, frame: Frame | undefined): number {
  if (e.anchorStart !== -1 || e.tagStart !== -1) throw new GiveUp();
  const quoted = e.style === STYLE.SINGLE_QUOTED || e.style === STYLE.DOUBLE_QUOTED;
  if (quoted) return e.valueStart - 1;
  if (e.style === STYLE.PLAIN && e.valueStart >= 0) return e.valueStart;
  const key = frame && !Array.isArray(frame.data) && !frame.flow ? frame.key : undefined;
  if (key) return afterIndicator(text, key.end, ':');
  if (e.style === STYLE.PLAIN || e.valueStart < 1) throw new GiveUp();
  // A block scalar in a list: its header is the line before its content, `- |` or `- - >-`.
  let at = text.lastIndexOf('\n', e.valueStart - 2) + 1;
  while (text.charCodeAt(at) === 32) at++;
  while (text.startsWith('- ', at)) at = afterIndicator(text, at, '-');
  const c = text.charAt(at);
  if (c !== '|' && c !== '>') throw new GiveUp();
  return at;
}

/** The first non-space after the `indicator` found from `from` past spaces and a closing quote. */
function afterIndicator(text: string, from: number, indicator: string): number {
  let at = from;
  while (text.charCodeAt(at) === 32) at++;
  if (text.charAt(at) !== indicator) throw new GiveUp();
  at++;
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// A plain scalar that can only be text: it starts with none of what a null, bool or number starts with.
const SURELY_TEXT = /^[^-+.0-9~nNtTfF]/;

/** A scalar's value as yaml's core schema resolves it (yaml/dist/schema/core), in its order. */
function scalarValue(text: string, e: ScalarEvent): unknown {
  if (e.anchorStart !== -1 || e.tagStart !== -1) throw new GiveUp();
  const source = e.valueStart < 0 ? '' : getScalarValue(text, e);
  if (e.style !== STYLE.PLAIN) return source;
  if (SURELY_TEXT.test(source)) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  let n: number | undefined;
  if (INT_OCT.test(source)) n = parseInt(source.substring(2), 8);
  else if (INT.test(source)) n = parseInt(source, 10);
  else if (INT_HEX.test(source)) n = parseInt(source.substring(2), 16);
  else if (FLOAT_NAN.test(source)) throw new GiveUp();
  else if (FLOAT_EXP.test(source) || FLOAT.test(source)) n = parseFloat(source);
  if (n === undefined) return source;
  // yaml's loader refuses non-finite numbers with its own error (yaml-safety.ts).
  if (!Number.isFinite(n)) throw new GiveUp();
  return n;
}

/**
 * Offset of the value at `path` (or of the key `extraKey` inside it); where the path leaves the
 * file, the offset of the deepest key or value it reaches (as yaml-paths.ts offsetOf).
 */
export function placedOffset(placed: Placed, path: readonly (string | number)[], extraKey?: string): number {
  let node = placed;
  let best = node.start;
  for (const segment of path) {
    let next: Placed | undefined;
    if (node.keys) {
      const entry = node.keys.get(String(segment));
      if (!entry) return best;
      best = entry.keyStart;
      next = entry.value;
    } else if (node.items) {
      next = node.items[Number(segment)];
    }
    if (!next) return best;
    best = next.start;
    node = next;
  }
  if (extraKey !== undefined && node.keys) {
    const entry = node.keys.get(extraKey);
    if (entry) return entry.keyStart;
  }
  return best;
}
