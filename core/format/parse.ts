// parseMap: file bytes or text → a validated WardleyMap plus the MapDocument that edits and
// saves work on, or a list of errors each with line and column. Never throws on bad input.
import { objectMemo } from '../model/memo.ts';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, WardleyMap } from '../model/types.ts';
import { ChunkedLines } from '../model/line-chunks.ts';
import { shiftOfPath, type SourceLayout } from './layout.ts';
import { referenceFindings, type PathFinding } from './references.ts';
import { fastYaml, type FirstPass, type NotRead } from './fast-yaml.ts';
import { placedOffset, type Places } from './placed.ts';
import { oversized, tooManyValues, valueBudgetExceeded } from './size-limits.ts';
import { schemaDiagnostics, type Located } from './schema-errors.ts';
import {
  isDiagnostic,
  sourceFromBytes,
  sourceFromText,
  textForFile,
  type LineEnding,
  type SourceText,
} from './source.ts';
import { offsetOf } from './yaml-paths.ts';
import { parseYamlSafely, parseYamlSafelyInSteps, type ParsedYaml, type SafeYamlResult } from './yaml-safety.ts';

/** A loaded map: its text (LF, no BOM), the parsed YAML with positions, and the plain model. */
export interface MapDocument {
  readonly text: string;
  readonly bom: boolean;
  readonly eol: LineEnding;
  readonly map: WardleyMap;
  readonly yaml: Document.Parsed;
  readonly lineCounter: LineCounter;
  /**
   * After an incremental edit: the shifts to add to the parsed ranges of each top-level pair and
   * map node (see layout.ts). Absent when the whole text was parsed, so every range is exact.
   */
  readonly layout?: SourceLayout | undefined;
}

export type ParseResult = { ok: true; map: WardleyMap; document: MapDocument } | { ok: false; errors: Diagnostic[] };

export function parseMap(input: string | Uint8Array): ParseResult {
  return answered(() => parseUnsafe(input, true));
}

/** The same answer as parseMap, through yaml alone (no first pass): for tests comparing the two. */
export function parseMapWithYaml(input: string | Uint8Array): ParseResult {
  return answered(() => parseUnsafe(input, false));
}

function answered(parse: () => ParseResult): ParseResult {
  try {
    return parse();
  } catch (e) {
    // A bug, not a user error; still a value so no caller loses the user's file over it.
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        { line: 0, column: 0, severity: 'error', rule: 'internal', message: `could not read the map: ${message}` },
      ],
    };
  }
}

/** More errors than this are cut, with a last line saying how many more there are. */
export const MAX_REPORTED_ERRORS = 1000;

/**
 * A file up to this size that the first pass does not read, or finds errors in, is read again by
 * yaml's path for its exact errors. Above it yaml's path takes seconds (about 1 s a megabyte), so
 * the first pass answers: its own errors, or a refusal naming what it does not read.
 */
const YAML_PATH_UP_TO = 1024 * 1024;

function parseUnsafe(input: string | Uint8Array, fast: boolean): ParseResult {
  const source = typeof input === 'string' ? sourceFromText(input) : sourceFromBytes(input);
  if (isDiagnostic(source)) return { ok: false, errors: [source] };
  const overBudget = valueBudgetExceeded(source.text);
  if (overBudget >= 0) return { ok: false, errors: [tooManyValues(overBudget, lineCounterOf(source.text))] };
  if (!fast) return loadedWithYaml(source);
  // js-yaml's event parser reads what it can be sure of (fast-yaml.ts); yaml's Document, which
  // edits need, is built when first asked for.
  const large = source.text.length > YAML_PATH_UP_TO;
  const first = fastYaml(source.text, { large });
  if (first.ok) {
    const loaded = loadedFast(source, first);
    if (loaded.ok || large) return loaded;
  } else if (large) {
    return { ok: false, errors: [notReadError(first.notRead, lineCounterOf(source.text))] };
  }
  return loadedWithYaml(source);
}

function notReadError(notRead: NotRead, lineCounter: LineCounter): Diagnostic {
  const { line, col } = lineCounter.linePos(notRead.offset);
  const message = notRead.certain
    ? notRead.message
    : `${notRead.message} here: a file over 1 MB is read only without it (yaml's full reader would take many seconds); remove it, or keep the file under 1 MB`;
  return { line, column: col, severity: 'error', rule: notRead.rule, message };
}

function loadedFast(source: SourceText, first: Extract<FirstPass, { ok: true }>): ParseResult {
  const { data, places, offsetOf } = first;
  const lineCounter = lineCounterOf(source.text);
  const where: Located = { lineCounter, offsetOf };
  // The first pass refused any mapping or list over MAX_ENTRIES while reading (size-limits.ts).
  const document = () => lazyDocument(source, data as WardleyMap, places, lineCounter);
  return checked(data, where, [], document, true);
}

function loadedWithYaml(source: SourceText): ParseResult {
  const parsed = parseYamlSafely(source.text);
  if (!parsed.ok) return { ok: false, errors: capped(parsed.errors) };
  const { doc, lineCounter, reservedKeys } = parsed.value;
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const where: Located = { lineCounter, offsetOf: (path, extraKey) => offsetOf(doc, path, extraKey) };
  return checked(data, where, reservedKeys, () => {
    const map = data as WardleyMap;
    return { text: source.text, bom: source.bom, eol: source.eol, map, yaml: doc, lineCounter };
  });
}

/** The schema and the references over loaded data, each error at its line and column. */
function checked(
  data: unknown,
  where: Located,
  reservedKeys: Diagnostic[],
  document: () => MapDocument,
  entriesChecked = false,
): ParseResult {
  if (data === null || data === undefined) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'yaml/empty',
          message: 'file is empty: a map needs version, title and nodes',
        },
      ],
    };
  }
  const crowded = entriesChecked ? undefined : oversized(data, where);
  if (crowded) return { ok: false, errors: [crowded] };
  // Only the first errors in the file are shown, so only they are worded (a file may hold millions).
  const schema = schemaDiagnostics(data, where, MAX_REPORTED_ERRORS + 1);
  const schemaErrors = schema.errors;
  const keyErrors = notAlreadyReported(reservedKeys, schemaErrors);
  if (schemaErrors.length + keyErrors.length > 0) {
    // Reference errors too where the nodes can be read, so one run shows every problem to fix.
    const refs = firstLocated(referencesIfReadable(data), where);
    const total = schema.total + keyErrors.length + refs.total;
    return { ok: false, errors: capped(sortByPosition([...schemaErrors, ...keyErrors, ...refs.errors]), total) };
  }
  const map = data as WardleyMap;
  const refs = firstLocated(referenceFindings(map), where);
  if (refs.total > 0) return { ok: false, errors: capped(sortByPosition(refs.errors), refs.total) };
  const loaded = document();
  return { ok: true, map: loaded.map, document: loaded };
}

/**
 * The document of `text` whose map was read elsewhere: parseMap loaded this same text in another
 * thread (the renderer's map worker) and gave `map`, passed here as a copy. Nothing is parsed here
 * (a 2,000-node map's parse is 100-200 ms of the page's main thread); yaml's Document is built when
 * first asked, or in steps (yamlInSteps), as after parseMap. Positions come from that Document.
 * Undefined for text parseMap would refuse before reading it (too large, not text).
 */
export function documentReadElsewhere(text: string, map: WardleyMap): MapDocument | undefined {
  const source = sourceFromText(text);
  if (isDiagnostic(source)) return undefined;
  return lazyDocument(source, map, undefined, lineCounterOf(source.text));
}

// Value places of documents loaded by the first pass (not of their edited successors, which are
// new objects): positions without building yaml's Document. Built when a position is first asked.
const placedOf = objectMemo<object, () => Places>('places');

// The steps of a loaded document's yaml Document build, for a caller that spreads them over idle
// time (yamlInSteps); its `yaml` getter finishes what is left at once when asked first.
const stepsOf = objectMemo<object, () => Generator<void, void>>('yaml steps');

/**
 * Steps that build `document`'s yaml Document, each a small part of the work; null for a document
 * that has no lazy Document (an edited one holds its Document already).
 */
export function yamlInSteps(document: MapDocument): Generator<void, void> | null {
  return stepsOf.get(document)?.() ?? null;
}

/** A loaded document whose yaml Document is parsed when an edit (or anything else) first asks. */
function lazyDocument(
  source: SourceText,
  map: WardleyMap,
  places: (() => Places) | undefined,
  lineCounter: LineCounter,
): MapDocument {
  let parsed: ParsedYaml | undefined;
  let steps: Generator<void, SafeYamlResult> | undefined;
  const settle = (result: SafeYamlResult): ParsedYaml => {
    // The first pass read only what yaml reads the same way; a difference is a bug, not the user's.
    if (!result.ok) throw new Error(`yaml disagrees with the first pass: ${result.errors[0]?.message ?? ''}`);
    return result.value;
  };
  const yaml = (): Document.Parsed => {
    if (!parsed) {
      let step = steps?.next();
      while (step && !step.done) step = steps?.next();
      parsed = settle(step?.done && step.value ? step.value : parseYamlSafely(source.text));
    }
    return parsed.doc;
  };
  const document: MapDocument = {
    text: source.text,
    bom: source.bom,
    eol: source.eol,
    map,
    get yaml() {
      return yaml();
    },
    lineCounter,
  };
  if (places) placedOf.set(document, places);
  stepsOf.set(document, function* () {
    steps ??= parseYamlSafelyInSteps(source.text);
    for (let step = steps.next(); !parsed; step = steps.next()) {
      if (step.done) parsed = settle(step.value);
      else yield;
    }
  });
  return document;
}

function lineCounterOf(text: string): LineCounter {
  // Counted first, so the starts are made once at their size, in an Int32Array: a 10,000-node map
  // has 148k lines, a JS array of them 1.2 MB of young heap per load where the typed array's
  // store lies outside it. Chunked as an edit's index would be, so edits derive from it directly.
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return ChunkedLines.of(starts);
}

/** Reference findings of a map that failed its schema, or none where its shape cannot be read. */
function referencesIfReadable(data: unknown): PathFinding[] {
  const nodes = typeof data === 'object' && data !== null ? (data as { nodes?: unknown }).nodes : undefined;
  if (typeof nodes !== 'object' || nodes === null || Array.isArray(nodes)) return [];
  try {
    return referenceFindings(data as WardleyMap);
  } catch {
    return [];
  }
}

// A reserved key the schema already rejects (an unknown field, an invalid id) needs no second error.
function notAlreadyReported(reservedKeys: Diagnostic[], schemaErrors: Diagnostic[]): Diagnostic[] {
  const reported = new Set(schemaErrors.map((e) => `${e.line}:${e.column}`));
  return reservedKeys.filter((e) => !reported.has(`${e.line}:${e.column}`));
}

/** The text to write to disk for a document: its BOM and line endings as the file had them. */
export function fileText(document: MapDocument): string {
  return textForFile(document.text, document);
}

/** Line and column (1-based) of the YAML node at `path`, e.g. ['nodes', 'tickets', 'uses', 0]. */
export function positionOf(
  document: Pick<MapDocument, 'yaml' | 'lineCounter' | 'layout'>,
  path: readonly (string | number)[],
): { line: number; column: number } {
  const placed = document.layout ? undefined : placedOf.get(document)?.();
  const offset = placed ? placedOffset(placed, path) : offsetOf(document.yaml, path) + shiftOfPath(document, path);
  const { line, col } = document.lineCounter.linePos(offset);
  return { line, column: col };
}

/** The value places of a document the first pass loaded, while no edit has changed it. */
export function placesOf(document: object): Places | undefined {
  return placedOf.get(document)?.();
}

/** Whether placesOf has places for `document`, without building them. */
export function hasPlaces(document: object): boolean {
  return placedOf.get(document) !== undefined;
}

/**
 * The findings that may be among the first shown, placed, and how many there are. Findings come in
 * file order within each part of the map (nodes, annotations…): the first of each part are kept,
 * with the rest of the node where the count passes the limit.
 */
function firstLocated(findings: PathFinding[], where: Located): { errors: Diagnostic[]; total: number } {
  const counts = new Map<unknown, number>();
  let last: unknown;
  const kept = findings.filter((f) => {
    const count = (counts.get(f.path[0]) ?? 0) + 1;
    counts.set(f.path[0], count);
    if (count > MAX_REPORTED_ERRORS + 1 && (f.node === undefined || f.node !== last)) return false;
    last = f.node;
    return true;
  });
  return { errors: kept.map((f) => located(f, where)), total: findings.length };
}

function located(f: PathFinding, where: Located): Diagnostic {
  const { line, col } = where.lineCounter.linePos(where.offsetOf(f.path));
  const d: Diagnostic = { line, column: col, severity: 'error', rule: f.rule, message: f.message };
  if (f.node !== undefined) d.node = f.node;
  return d;
}

function sortByPosition(errors: Diagnostic[]): Diagnostic[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The first errors of `total` (the rest were not all worded, see checked). */
function capped(errors: Diagnostic[], total = errors.length): Diagnostic[] {
  if (total <= MAX_REPORTED_ERRORS) return errors;
  const next = errors[MAX_REPORTED_ERRORS];
  const more = total - MAX_REPORTED_ERRORS;
  const summary: Diagnostic = {
    line: next?.line ?? 1,
    column: next?.column ?? 1,
    severity: 'error',
    rule: 'file/too-many-errors',
    message: `${more} more errors from here on are not shown; fix the ones above first`,
  };
  return [...errors.slice(0, MAX_REPORTED_ERRORS), summary];
}
