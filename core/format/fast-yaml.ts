// The first pass of loading a map: js-yaml's event parser (about 15 times faster than yaml's CST,
// lexer and composer on a map) turned into the plain data and an index of where each value sits.
// The data must be exactly what yaml (YAML 1.2 core schema, as parse.ts loads it) gives, so this
// pass reads only files it can read with certainty. Anything else it does not read, saying why:
// either a mistake yaml's path refuses too (an alias, a duplicate key, a syntax error…), or a
// feature only yaml's path may judge (tabs, tags, directives, deep nesting…). parse.ts sends a
// small file it did not read to yaml's path, with its exact errors; a large one is answered here.
// yaml still builds the Document that edits work on, when an edit first asks for it (parse.ts).
import { parseEvents, YAMLException, type Event } from 'js-yaml';
import { eventSlices, NotSliced, slicePlan, slices, type SlicePlan } from './fast-chunks.ts';
import { earlyMistake } from './fast-early.ts';
import {
  EVENT,
  failedToEnd,
  GiveUp,
  unsure,
  walked,
  walkedThrough,
  walkedThroughPlain,
  wrong,
  type NotRead,
  type Walk,
} from './fast-walk.ts';
import { placing, placingOf, type Placing } from './fast-places.ts';
import { PlainEvents, plainEvents } from './fast-simple.ts';
import { Places } from './placed.ts';
import { marksToCheck, quotedTextDoubt } from './quoted-text.ts';
import { neverClosedMessage, unclosedQuoteBefore } from './unclosed-quote.ts';
import { MAX_DEPTH } from './yaml-safety.ts';

export type { NotRead } from './fast-walk.ts';

/**
 * The data, and its value places, built from the events only when, and as far as, first asked for
 * (offsetOf: one position; places: all of them).
 */
export type FirstPass =
  { ok: true; data: unknown; places: () => Places; offsetOf: Placing['offsetOf'] } | { ok: false; notRead: NotRead };

export interface FirstPassOptions {
  /**
   * For a file yaml's path would take too long to read (parse.ts): nesting up to yaml's own limit
   * is read and anchors (without aliases, which are refused) are ignored, as yaml's path does.
   */
  large?: boolean;
  /** Events of a large file placed while it is read, at most (PLACED_WHILE_READ_UP_TO; tests lower it). */
  placedWhileRead?: number;
}

// Lower than the loader's own limit (yaml-safety.ts, 64) so a small file near it always takes
// yaml's path, which counts depth its own way and names the place.
const MAX_FAST_DEPTH = 32;
// Characters one parser may take for a line break or a mark and the other not. Tabs are read
// only inside a line of a quoted scalar (quoted-tabs.ts).
const ODD_CHARACTERS = /[\r\u0085\u2028\u2029\ufeff]/;
const ODD_NAMES: Record<string, string> = { '\r': 'a carriage return', '\ufeff': 'a U+FEFF mark' };

/** The data and value places of `text`, or why it was not read. */
export function fastYaml(text: string, options: FirstPassOptions = {}): FirstPass {
  try {
    return read(text, options);
  } catch (e) {
    if (e instanceof GiveUp) return { ok: false, notRead: e.notRead };
    throw e;
  }
}

function read(text: string, options: FirstPassOptions): FirstPass {
  const directive = text.startsWith('%') ? -1 : text.indexOf('\n%');
  if (directive !== -1 || text.startsWith('%')) throw unsure(directive + 1, 'a %directive');
  const odd = text.search(ODD_CHARACTERS);
  if (odd >= 0)
    throw unsure(odd, ODD_NAMES[text.charAt(odd)] ?? 'a line or paragraph separator (U+0085, U+2028, U+2029)');
  const maxDepth = options.large ? MAX_DEPTH : MAX_FAST_DEPTH;
  const marks = marksToCheck(text);
  // Tabs and escaped line breaks need the whole file's scalars (quoted-text.ts).
  // Else node entries written plainly are read without js-yaml (fast-simple.ts), a slice at a time.
  const sliced =
    marks.length > 0
      ? undefined
      : options.large
        ? readLarge(text, options, maxDepth)
        : inSlices(text, options, maxDepth);
  if (sliced) return sliced;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth });
  } catch (e) {
    // A refusal after a tab may be about the tab, which is yaml's to judge.
    const tab = marks.find((m) => m.tab);
    if (tab && e instanceof YAMLException && tab.offset <= (e.mark?.position ?? 0)) throw unsure(tab.offset, 'a tab');
    throw refused(e, text, options);
  }
  const doubt = marks.length > 0 ? quotedTextDoubt(text, events, marks) : undefined;
  if (doubt) throw unsure(doubt.offset, doubt.what);
  return built(text, events, options);
}

/**
 * A large file's mistake near its top, answered from the part before it (fast-early.ts); else the
 * file read a slice of its nodes at a time (fast-chunks.ts), or undefined (read it whole).
 */
function readLarge(text: string, options: FirstPassOptions, maxDepth: number): FirstPass | undefined {
  const early = earlyMistake(text, maxDepth);
  if (early) throw early;
  return inSlices(text, options, maxDepth);
}

/** The file read a slice of its nodes at a time (fast-chunks.ts), or undefined (read it whole). */
function inSlices(text: string, options: FirstPassOptions, maxDepth: number): FirstPass | undefined {
  const plan = slicePlan(text);
  return plan ? builtInSlices(text, plan, options, maxDepth) : undefined;
}

/** Line and column (1-based) of `offset`, counted (only for an error). */
function lineStarts(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}

/** What js-yaml's refusal means: a syntax error, or nesting deeper than the depth asked for. */
function refused(e: unknown, text: string, options: FirstPassOptions): GiveUp {
  if (!(e instanceof YAMLException)) return unsure(0, 'YAML the first pass cannot read');
  const offset = e.mark?.position ?? 0;
  if (!e.reason.startsWith('nesting exceeded maxDepth')) {
    // js-yaml stops after a quote never closed, with a reason about what follows; the quote is the mistake.
    const quote = unclosedQuoteBefore(text, offset, e.reason);
    if (quote < 0) return wrong(offset, 'yaml/syntax', e.reason);
    const line = lineStarts(text, quote);
    return wrong(quote, 'yaml/syntax', neverClosedMessage(text.charAt(quote), line.line, line.column));
  }
  if (options.large) return wrong(offset, 'yaml/too-deep', `nesting deeper than ${MAX_DEPTH} levels`);
  return unsure(offset, 'deep nesting');
}

function built(text: string, events: readonly Event[], options: FirstPassOptions): FirstPass {
  documentStarts(events);
  const anchors = options.large === true;
  const walk = { text, anchors, placing: false, stack: [], root: undefined, knownKeys: [] };
  const data = walked(events, walk).data;
  const { offsetOf, all } = placing(text, events, anchors);
  return { ok: true, data, places: all, offsetOf };
}

function walkedSlice(slice: Event[] | PlainEvents, walk: Walk, from: number): ReturnType<typeof walkedThrough> {
  if (!(slice instanceof PlainEvents)) return walkedThrough(slice, walk, from);
  walkedThroughPlain(slice, walk);
  return undefined;
}

function documentStarts(events: readonly Event[]): void {
  const first = events[0];
  if (first === undefined) throw wrong(0, 'yaml/empty', 'file is empty: a map needs version, title and nodes');
  if (first.type !== EVENT.DOCUMENT || first.directives.length > 0) throw unsure(0, 'a %directive');
}

/**
 * A large file's values are placed while its slices are read, up to this many events (a
 * 10,000-node map has about 310,000): reading the slices again when a first position is asked (as
 * a check's findings are placed right after a load) cost three times the placing (330 vs 100 ms at
 * 10,000 nodes). Past it the places built so far are let go, so a file of a million values does
 * not hold them all: its positions are read again, and only as far as asked (fast-places.ts).
 */
const PLACED_WHILE_READ_UP_TO = 500_000;

/**
 * A large file read a slice of its nodes at a time (fast-chunks.ts), with the answer reading it
 * whole gives: a mistake the walk finds is answered only once every slice has been read, as
 * js-yaml's refusal of a later slice comes first. Undefined where the slices do not hold.
 */
function builtInSlices(
  text: string,
  plan: SlicePlan,
  options: FirstPassOptions,
  maxDepth: number,
): FirstPass | undefined {
  // Anchors are ignored in a large file only, as when it is read whole (built).
  const anchors = options.large === true;
  // One walk reads the data and places each key and value as it goes.
  const walk: Walk = { text, anchors, placing: false, stack: [], root: undefined, knownKeys: [] };
  walk.places = new Places(text);
  let events = 0;
  let mistake: GiveUp | undefined;
  let root: ReturnType<typeof walkedThrough>;
  let from = 1;
  // Plain entries' events come as numbers in one buffer, filled again for each slice.
  const plain = new PlainEvents();
  const plainSlice = (at: number, to: number) => (plainEvents(text, at, to, plain) ? plain : undefined);
  try {
    for (const slice of slices(text, plan, maxDepth, plainSlice)) {
      const count = slice instanceof PlainEvents ? slice.count : slice.length;
      // The first slice is js-yaml's (fast-chunks.ts), with the document's event.
      if (from === 1 && !(slice instanceof PlainEvents)) documentStarts(slice);
      events += count;
      if (events > (options.placedWhileRead ?? PLACED_WHILE_READ_UP_TO)) walk.places = undefined;
      try {
        if (!mistake) root = walkedSlice(slice, walk, from) ?? root;
      } catch (e) {
        if (!(e instanceof GiveUp)) throw e;
        mistake = e;
      }
      from = 0;
    }
  } catch (e) {
    if (e instanceof NotSliced) return undefined;
    if (!(e instanceof YAMLException)) throw e;
    throw refused(e, text, options);
  }
  if (mistake) throw mistake;
  const data = (root ?? failedToEnd()).data;
  const { offsetOf, all } = walk.places
    ? placingOf(walk.places)
    : placing(text, () => eventSlices(text, plan, maxDepth), anchors);
  return { ok: true, data, places: all, offsetOf };
}
