// The walk over js-yaml's events for the first pass (fast-yaml.ts), made twice: for the data (with
// every check that decides whether a file is read), then for the value places, when a position is
// first asked.
import type { Event, MappingEvent, ScalarEvent, SequenceEvent } from 'js-yaml';
import { plainValue, scalarText } from './fast-scalars.ts';
import type { PlainEvents } from './fast-simple.ts';
import type { Places } from './placed.ts';
import { MAX_ENTRIES, tooManyEntries } from './size-limits.ts';

/** Why the first pass did not read a file, at the first place it stopped. */
export interface NotRead {
  offset: number;
  rule: string;
  message: string;
  /** The file is wrong whoever reads it (yaml's path refuses it too); else only yaml's path can tell. */
  certain: boolean;
}

// yaml refuses an implicit key longer than 1,024 characters; leave anything near that to it.
const MAX_FAST_KEY = 1000;
const RESERVED_KEYS = new Set(['__proto__', 'constructor']);

export const EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;
const STYLE = { PLAIN: 1, SINGLE_QUOTED: 2, DOUBLE_QUOTED: 3 } as const;
const FLOW = 2;

/**
 * An open mapping or sequence. The events are walked twice: once for the data (every check that
 * decides whether the file is read), and once more for the places, when a position is first asked.
 */
interface Frame {
  sequence: boolean;
  flow: boolean;
  start: number;
  /** Its key or index in the collection that holds it (for the path of an error). */
  at: string | number | undefined;
  /** Entries so far (the data walk), against MAX_ENTRIES. */
  size: number;
  /** A mapping's data (a list's items wait in the walk's `items` until it closes). */
  data: Record<string, unknown> | undefined;
  /** A list's first item in the walk's `items`. */
  itemsFrom: number;
  /** Its first slot in the walk's places (-1: not placed). */
  slot: number;
  /**
   * A mapping's key waiting for its value (undefined: none), where it starts and ends. Kept in the
   * frame, not an object of its own: a 10 MB map has half a million keys.
   */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
}

interface Value {
  data?: unknown;
}

export class GiveUp extends Error {
  constructor(readonly notRead: NotRead) {
    super(notRead.message);
  }
}

/** A feature only yaml's path may judge, at `offset`. */
export function unsure(offset: number, what: string): GiveUp {
  return new GiveUp({ offset, rule: 'yaml/unsupported', message: what, certain: false });
}

/** A mistake yaml's path refuses too. */
export function wrong(offset: number, rule: string, message: string): GiveUp {
  return new GiveUp({ offset, rule, message, certain: true });
}

export interface Walk {
  text: string;
  anchors: boolean;
  /** This walk only places (a second walk, when positions are first asked), without the data. */
  placing: boolean;
  /** Where the walk writes the place of each key and value it reads (none: it places nothing). */
  places?: Places | undefined;
  stack: Frame[];
  root: Value | undefined;
  /** Plain one-word keys read so far, by keySlot: a key seen before is not sliced out again. */
  knownKeys?: (string | undefined)[];
  /**
   * Plain one-line text values read so far, by keySlot: a value written again (a kind, a team, a
   * node's id in another's uses) is the string read before, not one more copy kept in the data.
   */
  knownValues?: (string | undefined)[];
  /**
   * Frames made so far, by depth, filled in again for each collection that opens there: a
   * 10,000-node map opens 25,000 collections, each a frame (about 1.5 MB) that lived only while
   * its collection was read.
   */
  frames?: Frame[];
  /**
   * The items of the open lists, innermost last (items[0, itemCount)): a list is made once at its
   * size when it closes, not grown item by item into room for 16 and copied to its size again.
   */
  items?: unknown[];
  itemCount?: number;
}

const KEY_SLOTS = 256;

/**
 * A map node's object. `{}` has room for 4 fields in itself; a node has 5 to 10 (kind, name,
 * evolution, visibility, uses, sourcing, team, deploy…), so each node grew a properties array
 * beside it, made again when it outgrew 3 (at 10,000 nodes 1 MB allocated, 10,000 more objects
 * for the young-generation collector to copy). V8 sizes the objects of a function by its first
 * few (slack tracking), so the first 8 are made here with NODE_FIELDS fields: every node after
 * has room for that many in itself, whichever map is loaded first. A plain object still:
 * Object.prototype is its prototype, as `{}`'s.
 */
const NodeRecord = function NodeRecord() {} as unknown as new () => Record<string, unknown>;
NodeRecord.prototype = Object.prototype;
const NODE_FIELDS = 10;
for (let i = 0; i < 8; i++) {
  const primed = new NodeRecord();
  for (let f = 0; f < NODE_FIELDS; f++) primed[`field${f}`] = 0;
}

export function walked(events: readonly Event[], walk: Walk): Value {
  return walkedThrough(events, walk, 1) ?? failedToEnd();
}

/**
 * Steps a walk over events[from…]: the walk's value at the document's end, or undefined where
 * the events end first (a slice of a file's events, fast-chunks.ts; more follow).
 */
export function walkedThrough(events: readonly Event[], walk: Walk, from: number): Value | undefined {
  for (let i = from; i < events.length; i++) {
    const e = events[i] as Event;
    // The document's end: anything after it (a second document) is refused.
    if (e.type === EVENT.POP && walk.stack.length === 0) {
      if (i !== events.length - 1)
        throw wrong(startAfter(events, i), 'yaml/multiple-documents', 'a map file holds one YAML document');
      if (!walk.root) throw unsure(0, 'an empty document');
      return walk.root;
    }
    step(e, walk);
  }
  return undefined;
}

/**
 * Steps a walk over plain entries' events (fast-simple.ts): entries of the nodes mapping, which
 * never end the document.
 */
export function walkedThroughPlain(events: PlainEvents, walk: Walk): void {
  for (let i = 0; i < events.count; i++) step(events.event(i), walk);
}

export function failedToEnd(): never {
  throw unsure(0, 'a document without an end');
}

/**
 * Steps a walk over events[from, to) (from 1 or more for a file's first events: the first is the
 * document's). A walk with places places each mapping or list as soon as it opens, so what is
 * placed so far can be read. Returns where it stopped: events.length at the document's end.
 */
export function placedSoFar(events: readonly Event[], walk: Walk, from: number, to: number): number {
  const end = Math.min(to, events.length);
  for (let i = from; i < end; i++) {
    const e = events[i] as Event;
    if (e.type === EVENT.POP && walk.stack.length === 0) return events.length;
    step(e, walk);
  }
  return end;
}

/** The first place in the file after event `i` (the second document's first value). */
function startAfter(events: readonly Event[], i: number): number {
  for (let j = i + 1; j < events.length; j++) {
    const e = events[j] as Event;
    if (e.type === EVENT.MAPPING || e.type === EVENT.SEQUENCE) return e.start;
    if (e.type === EVENT.SCALAR && e.valueStart >= 0) return e.valueStart;
  }
  return 0;
}

function step(e: Event, walk: Walk): void {
  const { stack } = walk;
  const frame = stack[stack.length - 1];
  if (e.type === EVENT.SCALAR) {
    if (frame && !frame.sequence && frame.key === undefined) keyOf(walk, e, frame);
    else {
      const start = scalarStart(walk, e, frame);
      const value = walk.placing ? undefined : scalarValue(walk, e);
      walk.places?.scalar(start);
      attach(walk, value, start);
    }
  } else if (e.type === EVENT.MAPPING || e.type === EVENT.SEQUENCE) {
    stack.push(opened(e, walk, frame));
  } else if (e.type === EVENT.POP) {
    const done = stack.pop() as Frame;
    if (done.key !== undefined) throw unsure(done.keyStart, 'a key without a value');
    if (done.slot >= 0) walk.places?.close(done.slot);
    attach(walk, done.sequence ? closedList(walk, done) : done.data, done.start);
  } else if (e.type === EVENT.ALIAS) {
    throw wrong(e.anchorStart - 1, 'yaml/alias', 'aliases (*name) are not allowed in a map file');
  } else throw unsure(0, 'a second document');
}

/** The frame of a mapping or list that opens, placed at once (so what is placed so far can be read). */
function opened(e: MappingEvent | SequenceEvent, walk: Walk, frame: Frame | undefined): Frame {
  noProperties(walk, e);
  if (frame && !frame.sequence && frame.key === undefined)
    throw wrong(e.start, 'yaml/complex-key', 'keys must be plain text');
  const sequence = e.type === EVENT.SEQUENCE;
  const opening = frameAt(walk, walk.stack.length);
  opening.sequence = sequence;
  opening.flow = e.style === FLOW;
  opening.start = e.start;
  opening.at = frame ? (frame.sequence ? frame.size : frame.key) : undefined;
  opening.size = 0;
  opening.data =
    walk.placing || sequence ? undefined : frame?.at === 'nodes' && walk.stack.length === 2 ? new NodeRecord() : {};
  opening.itemsFrom = walk.itemCount ?? 0;
  opening.slot = walk.places ? walk.places.open(e.start, sequence) : -1;
  opening.key = undefined;
  opening.keyStart = -1;
  opening.keyEnd = -1;
  return opening;
}

/** The walk's frame for a collection opening at `depth` (made once per depth, see Walk.frames). */
function frameAt(walk: Walk, depth: number): Frame {
  const frames = (walk.frames ??= []);
  let frame = frames[depth];
  if (frame === undefined) {
    // Every frame is made with the same fields in the same order (one shape for the walk's code).
    frame = {
      sequence: false,
      flow: false,
      start: -1,
      at: undefined,
      size: 0,
      data: undefined,
      itemsFrom: 0,
      slot: -1,
      key: undefined,
      keyStart: -1,
      keyEnd: -1,
    };
    frames[depth] = frame;
  }
  return frame;
}

/** The list `done` closes, made at its size from its items (none for a walk that only places). */
function closedList(walk: Walk, done: Frame): unknown[] | undefined {
  if (walk.placing) return undefined;
  const count = walk.itemCount ?? 0;
  const list = (walk.items ?? []).slice(done.itemsFrom, count);
  walk.itemCount = done.itemsFrom;
  return list;
}

/** Tags are yaml's path's to judge; anchors too, except in a large file, where they are ignored. */
function noProperties(walk: Walk, e: { tagStart: number; anchorStart: number }): void {
  if (e.tagStart !== -1) throw unsure(e.tagStart, 'a tag (!name)');
  if (e.anchorStart !== -1 && !walk.anchors) throw unsure(e.anchorStart - 1, 'an anchor (&name)');
}

/** The open collection a value starting at `start` goes into (undefined: the root), counted. */
function parentOf(walk: Walk, start: number): Frame | undefined {
  const parent = walk.stack[walk.stack.length - 1];
  if (parent && ++parent.size > MAX_ENTRIES) {
    const entry = parent.sequence ? parent.size - 1 : (parent.key ?? '');
    const { rule, message } = tooManyEntries(pathTo(walk.stack), entry);
    throw wrong(parent.sequence || parent.key === undefined ? start : parent.keyStart, rule, message);
  }
  return parent;
}

/** A value read (its data, unless the walk only places) into the collection it is in, counted. */
function attach(walk: Walk, data: unknown, start: number): void {
  const parent = parentOf(walk, start);
  if (parent && parent.slot >= 0) walk.places?.counted(parent.slot);
  if (!parent) walk.root = { data };
  else if (parent.sequence) {
    if (!walk.placing) {
      const count = walk.itemCount ?? 0;
      (walk.items ??= [])[count] = data;
      walk.itemCount = count + 1;
    }
  } else {
    if (!walk.placing) {
      const record = parent.data as Record<string, unknown>;
      // A field whose first value was a fractional number keeps its numbers unboxed (V8's double
      // fields): every read of it by code not yet optimised makes a new number, 16 bytes (the
      // schema's check of a node's evolution and visibility alone: 0.6 MB per load of 10,000
      // nodes, with doctrine's reads after it). A field whose first value is undefined holds
      // any value as it is; the number goes in next, at the same place among the keys.
      if (typeof data === 'number') record[parent.key as string] = undefined;
      record[parent.key as string] = data;
    }
    parent.key = undefined;
  }
}

function pathTo(stack: readonly Frame[]): (string | number)[] {
  return stack.slice(1).map((f) => f.at ?? '');
}

/** Reads the key of a mapping's next entry into its frame. */
function keyOf(walk: Walk, e: ScalarEvent, frame: Frame): void {
  const quoted = e.style === STYLE.SINGLE_QUOTED || e.style === STYLE.DOUBLE_QUOTED;
  const start = quoted ? e.valueStart - 1 : e.valueStart;
  const name = knownKey(walk, e) ?? newKey(walk, e, frame, start);
  if (frame.data && Object.hasOwn(frame.data, name))
    throw wrong(start, 'yaml/duplicate-key', `duplicate key '${name}'`);
  frame.key = name;
  frame.keyStart = start;
  walk.places?.key(name, start);
  frame.keyEnd = quoted ? e.valueEnd + 1 : e.valueEnd;
}

/**
 * A plain key on one line with the text of a key read before (its checks passed then): the string
 * read then, so a 10 MB map's half a million keys are not each sliced out and looked up again.
 */
function knownKey(walk: Walk, e: ScalarEvent): string | undefined {
  if (e.style !== STYLE.PLAIN || !e.fast || e.valueStart < 0 || !walk.knownKeys) return undefined;
  const length = e.valueEnd - e.valueStart;
  const known = walk.knownKeys[keySlot(walk.text, e.valueStart, length)];
  if (known === undefined || known.length !== length || !walk.text.startsWith(known, e.valueStart)) return undefined;
  noProperties(walk, e);
  return known;
}

function keySlot(text: string, start: number, length: number): number {
  return (text.charCodeAt(start) * 31 + text.charCodeAt(start + length - 1) * 7 + length) % KEY_SLOTS;
}

/** A key's name, checked: text (a plain key that resolves to text is remembered for knownKey). */
function newKey(walk: Walk, e: ScalarEvent, frame: Frame, start: number): string {
  const quoted = e.style === STYLE.SINGLE_QUOTED || e.style === STYLE.DOUBLE_QUOTED;
  if (!quoted && e.style !== STYLE.PLAIN) throw unsure(frame.start, 'a block scalar as a key');
  const value = scalarValue(walk, e);
  if (value === null || e.valueStart < 0) throw unsure(Math.max(start, frame.start), 'an empty or null key');
  const length = e.valueEnd - e.valueStart;
  if (length > MAX_FAST_KEY) throw unsure(start, 'a key over 1,000 characters');
  const name = String(value);
  if (RESERVED_KEYS.has(name))
    throw wrong(start, 'yaml/reserved-key', `'${name}' is reserved in JavaScript and cannot be a key`);
  if (walk.knownKeys && !quoted && e.fast && typeof value === 'string')
    walk.knownKeys[keySlot(walk.text, e.valueStart, length)] = name;
  return name;
}

/**
 * Where yaml's range of the scalar starts: the value's first character, a quoted scalar's quote,
 * the block scalar's indicator (`|`, `>`), and for an empty value of a block mapping the first
 * non-space after its `:`. Anything else (an empty list item, an empty value in braces) gives up.
 */
function scalarStart(walk: Walk, e: ScalarEvent, frame: Frame | undefined): number {
  const { text } = walk;
  const quoted = e.style === STYLE.SINGLE_QUOTED || e.style === STYLE.DOUBLE_QUOTED;
  if (quoted) return e.valueStart - 1;
  if (e.style === STYLE.PLAIN && e.valueStart >= 0) return e.valueStart;
  if (frame && !frame.sequence && !frame.flow && frame.key !== undefined)
    return afterIndicator(text, frame.keyEnd, ':');
  const near = frame?.start ?? 0;
  if (e.style === STYLE.PLAIN || e.valueStart < 1) throw unsure(near, 'an empty list item or an empty value in braces');
  // A block scalar in a list: its header is the line before its content, `- |` or `- - >-`.
  let at = text.lastIndexOf('\n', e.valueStart - 2) + 1;
  while (text.charCodeAt(at) === 32) at++;
  while (text.startsWith('- ', at)) at = afterIndicator(text, at, '-');
  const c = text.charAt(at);
  if (c !== '|' && c !== '>') throw unsure(near, 'a block scalar in a list');
  return at;
}

/** The first non-space after the `indicator` found from `from` past spaces and a closing quote. */
function afterIndicator(text: string, from: number, indicator: string): number {
  let at = from;
  while (text.charCodeAt(at) === 32) at++;
  if (text.charAt(at) !== indicator) throw unsure(from, 'a value placed where the first pass does not look');
  at++;
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

/** A scalar's value as yaml's core schema resolves it; a non-finite number is refused, as yaml's path does. */
function scalarValue(walk: Walk, e: ScalarEvent): unknown {
  const plain = e.style === STYLE.PLAIN && e.fast && e.valueStart >= 0;
  const slot = plain ? keySlot(walk.text, e.valueStart, e.valueEnd - e.valueStart) : -1;
  const known = slot >= 0 ? walk.knownValues?.[slot] : undefined;
  if (known !== undefined && known.length === e.valueEnd - e.valueStart && walk.text.startsWith(known, e.valueStart)) {
    noProperties(walk, e);
    return known;
  }
  noProperties(walk, e);
  const source = scalarText(walk.text, e);
  if (e.style !== STYLE.PLAIN) return source;
  const value = plainValue(source);
  if (typeof value === 'number' && !Number.isFinite(value))
    throw wrong(e.valueStart, 'yaml/non-finite', `${source} is not a finite number`);
  // Only text that reads as itself (not a number, bool or null) is remembered.
  if (slot >= 0 && value === source) (walk.knownValues ??= [])[slot] = source;
  return value;
}
