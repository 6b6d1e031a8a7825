// Doctrine findings placed in the file (line, column) and ordered as the warnings panel lists
// them. After an edit only the findings that are new, and those of the nodes whose text the edit
// wrote, are placed again; every other finding keeps its place, moved by the edit's change in
// length (its line found again by one binary search), so an edit costs what it changed plus a
// pass over the findings shown, not a walk over every node of the map.
import type { MapDocument } from '../format/parse.ts';
import type { TextSpan } from '../model/lineage.ts';
import { startOfLine } from '../model/line-index.ts';
import type { Diagnostic } from '../model/types.ts';
import type { Finding } from './finding.ts';
import { findingLocator } from './locate.ts';

/** Findings as placed in one document: parallel lists, in the order they are shown. */
export interface Placement {
  readonly strict: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** The finding each diagnostic shows (severity as the rule gave it). */
  readonly sources: readonly Finding[];
  /** The offset in the text each diagnostic points at. */
  readonly offsets: readonly number[];
}

/** Ties on line, rule and column are ordered by node (file order; none first), then message. */
export type NodeRank = (node: string | undefined) => number;

/** Findings placed, as parallel lists (no object per finding besides its diagnostic). */
type Placed = { diagnostics: Diagnostic[]; sources: readonly Finding[]; offsets: number[] };

/**
 * Every finding placed from scratch. Only the nodes the findings are about are looked up (through
 * the index of the nodes mapping, built once per mapping), not every node of the map walked.
 */
export function placeAll(
  document: MapDocument,
  findings: readonly Finding[],
  strict: boolean,
  rank: NodeRank,
): Placement {
  return { strict, ...sorted(placedIn(document, findings, strict), rank) };
}

/**
 * The placement after an edit, from the one before it: `removed` findings go, `added` ones and
 * `replace` ones (still shown, but their node's text was written again) are placed, and every
 * other one keeps its place moved by `spans` (the edit's replaced ranges, in the old text).
 */
export function placeAfterEdit(
  document: MapDocument,
  previous: Placement,
  change: {
    spans: readonly TextSpan[];
    removed: ReadonlySet<Finding>;
    added: readonly Finding[];
    dirty: ReadonlySet<string>;
  },
  rank: NodeRank,
): Placement {
  const { strict } = previous;
  const again: Finding[] = [...change.added];
  const kept = { strict, diagnostics: [] as Diagnostic[], sources: [] as Finding[], offsets: [] as number[] };
  const lineOf = keptLines(document.lineCounter, change.spans);
  const { sources, offsets, diagnostics } = previous;
  // A loop with no object made per finding kept, unless its line moved: a 10,000-node map shows
  // some 2,000 findings, and an edit places a handful again.
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i] as Finding;
    if (change.removed.has(source)) continue;
    const offset = offsets[i] as number;
    const moved = movedOffset(change.spans, offset);
    if (moved === undefined || offset < 0 || !staysPut(source, change.dirty)) {
      again.push(source);
      continue;
    }
    kept.diagnostics.push(lineOf(offset, moved, diagnostics[i] as Diagnostic));
    kept.sources.push(source);
    kept.offsets.push(moved);
  }
  const fresh = sorted(placedIn(document, again, strict), rank);
  return mergedInto(kept, fresh, rank);
}

/**
 * The diagnostic of a kept finding at its new place, without a search for most: before the first
 * span the text is as it was; after a span, on a line that starts after the span's end, the
 * column is as it was and the line moves by as many lines as the span added (found once, from the
 * first such finding). Only a finding on the line a span ends on is searched for.
 */
function keptLines(
  lines: MapDocument['lineCounter'],
  spans: readonly TextSpan[],
): (offset: number, moved: number, was: Diagnostic) => Diagnostic {
  const after = new Map<number, { from: number; lines: number | undefined }>();
  return (offset, moved, was) => {
    const span = lastSpanBefore(spans, offset);
    if (span < 0) return was;
    let known = after.get(span);
    if (!known) {
      const end = moved - offset + (spans[span] as TextSpan).end;
      const next = startOfLine(lines, lines.linePos(end).line + 1);
      known = { from: next > end ? next : Number.POSITIVE_INFINITY, lines: undefined };
      after.set(span, known);
    }
    if (moved < known.from) {
      const { line, col } = lines.linePos(moved);
      return line === was.line && col === was.column ? was : { ...was, line, column: col };
    }
    if (known.lines === undefined) known.lines = lines.linePos(moved).line - was.line;
    return known.lines === 0 ? was : { ...was, line: was.line + known.lines };
  };
}

/** The index of the last span that ends before `offset`, or -1. */
function lastSpanBefore(spans: readonly TextSpan[], offset: number): number {
  let found = -1;
  for (let i = 0; i < spans.length && (spans[i] as TextSpan).end < offset; i++) found = i;
  return found;
}

// A finding keeps its place when it points inside the text of a node the edit did not write.
function staysPut(finding: Finding, dirty: ReadonlySet<string>): boolean {
  const [top, id] = finding.path;
  if (top !== 'nodes' || typeof id !== 'string' || dirty.has(id)) return false;
  return finding.node === undefined || !dirty.has(finding.node);
}

/** Where `offset` of the old text is in the new one; undefined when an edit replaced it. */
function movedOffset(spans: readonly TextSpan[], offset: number): number | undefined {
  let delta = 0;
  for (const span of spans) {
    if (span.start > offset) break;
    if (offset <= span.end) return undefined;
    delta += span.length - (span.end - span.start);
  }
  return offset + delta;
}

function nodesOf(findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const { path } of findings) if (path[0] === 'nodes' && typeof path[1] === 'string') ids.add(path[1]);
  return ids;
}

/**
 * The findings placed in `document`. The ids they are about are gathered only for a document
 * without value places (after an edit): the locator of a loaded one does not read them. The lists
 * are made at their length, by index (a for-of here made an iterator result per finding).
 */
function placedIn(document: MapDocument, findings: readonly Finding[], strict: boolean): Placed {
  const n = findings.length;
  const placed: Placed = {
    diagnostics: new Array<Diagnostic>(n),
    // Read only: sorted() makes the list kept.
    sources: findings,
    offsets: new Array<number>(n),
  };
  if (n === 0) return placed;
  const locate = findingLocator(document, () => nodesOf(findings));
  const lines = document.lineCounter;
  for (let i = 0; i < n; i++) {
    const source = findings[i] as Finding;
    const { line, column } = locate(source.path);
    const severity = strict && source.rule === 'chain/cycle' ? 'error' : source.severity;
    const { rule, message, node } = source;
    // Made whole in one literal: `node` added afterwards took a property store of its own.
    const diagnostic: Diagnostic =
      node === undefined ? { line, column, severity, rule, message } : { line, column, severity, rule, message, node };
    placed.diagnostics[i] = diagnostic;
    // Line 0 (no place): the offset is never inside a node's text, so it is placed again.
    placed.offsets[i] = line > 0 ? startOfLine(lines, line) + column - 1 : -1;
  }
  return placed;
}

/** The placed findings in the order they are shown (a sort of their indices). */
function sorted(placed: Placed, rank: NodeRank): Placed {
  const { diagnostics, sources, offsets } = placed;
  const order = new Array<number>(diagnostics.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => compareDiagnostics(diagnostics[a] as Diagnostic, diagnostics[b] as Diagnostic, rank) || a - b);
  return {
    diagnostics: order.map((i) => diagnostics[i] as Diagnostic),
    sources: order.map((i) => sources[i] as Finding),
    offsets: order.map((i) => offsets[i] as number),
  };
}

function compareDiagnostics(x: Diagnostic, y: Diagnostic, rank: NodeRank): number {
  return (
    x.line - y.line ||
    compareText(x.rule, y.rule) ||
    x.column - y.column ||
    (x.node === y.node ? 0 : rank(x.node) - rank(y.node)) ||
    compareText(x.message, y.message)
  );
}

/**
 * The kept findings (in order) with the fresh ones (in order) put in their places: each found by
 * a binary search, after the kept ones it does not sort before; the kept runs between are copied
 * whole, not compared one by one.
 */
function mergedInto(kept: Placement, fresh: Placed, rank: NodeRank): Placement {
  if (fresh.diagnostics.length === 0) return kept;
  const at = fresh.diagnostics.map((diagnostic) => {
    let lo = 0;
    let hi = kept.diagnostics.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareDiagnostics(diagnostic, kept.diagnostics[mid] as Diagnostic, rank) < 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  });
  return {
    strict: kept.strict,
    diagnostics: interleaved(kept.diagnostics, at, fresh.diagnostics),
    sources: interleaved(kept.sources, at, fresh.sources),
    offsets: interleaved(kept.offsets, at, fresh.offsets),
  };
}

/** `list` with `items[k]` put before its element `at[k]` (`at` in order). */
function interleaved<T>(list: readonly T[], at: readonly number[], items: readonly T[]): T[] {
  const out: T[] = [];
  let from = 0;
  items.forEach((item, k) => {
    const to = at[k] as number;
    for (let i = from; i < to; i++) out.push(list[i] as T);
    out.push(item);
    from = to;
  });
  for (let i = from; i < list.length; i++) out.push(list[i] as T);
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
