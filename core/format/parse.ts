// parseMap: file bytes or text → a validated WardleyMap plus the MapDocument that edits and
// saves work on, or a list of errors each with line and column. Never throws on bad input.
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, WardleyMap } from '../model/types.ts';
import { shiftOfPath, type SourceLayout } from './layout.ts';
import { referenceFindings, type PathFinding } from './references.ts';
import { schemaDiagnostics } from './schema-errors.ts';
import { isDiagnostic, sourceFromBytes, sourceFromText, textForFile, type LineEnding } from './source.ts';
import { offsetOf } from './yaml-paths.ts';
import { parseYamlSafely } from './yaml-safety.ts';

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
  try {
    return parseUnsafe(input);
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

function parseUnsafe(input: string | Uint8Array): ParseResult {
  const source = typeof input === 'string' ? sourceFromText(input) : sourceFromBytes(input);
  if (isDiagnostic(source)) return { ok: false, errors: [source] };
  const parsed = parseYamlSafely(source.text);
  if (!parsed.ok) return { ok: false, errors: capped(parsed.errors) };
  const { doc, lineCounter, reservedKeys } = parsed.value;
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
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
  const located = { yaml: doc, lineCounter };
  const schemaErrors = schemaDiagnostics(data, { doc, lineCounter });
  const keyErrors = notAlreadyReported(reservedKeys, schemaErrors);
  if (schemaErrors.length + keyErrors.length > 0) {
    // Reference errors too where the nodes can be read, so one run shows every problem to fix.
    const refErrors = referencesIfReadable(data).map((f) => locate(f, located));
    return { ok: false, errors: capped(sortByPosition([...schemaErrors, ...keyErrors, ...refErrors])) };
  }
  const map = data as WardleyMap;
  const refErrors = referenceFindings(map).map((f) => locate(f, located));
  if (refErrors.length > 0) return { ok: false, errors: capped(sortByPosition(refErrors)) };
  const document: MapDocument = { text: source.text, bom: source.bom, eol: source.eol, map, yaml: doc, lineCounter };
  return { ok: true, map, document };
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
  const offset = offsetOf(document.yaml, path) + shiftOfPath(document, path);
  const { line, col } = document.lineCounter.linePos(offset);
  return { line, column: col };
}

function locate(f: PathFinding, where: Pick<MapDocument, 'yaml' | 'lineCounter' | 'layout'>): Diagnostic {
  const { line, column } = positionOf(where, f.path);
  const d: Diagnostic = { line, column, severity: 'error', rule: f.rule, message: f.message };
  if (f.node !== undefined) d.node = f.node;
  return d;
}

function sortByPosition(errors: Diagnostic[]): Diagnostic[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

function capped(errors: Diagnostic[]): Diagnostic[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const next = errors[MAX_REPORTED_ERRORS];
  const more = errors.length - MAX_REPORTED_ERRORS;
  const summary: Diagnostic = {
    line: next?.line ?? 1,
    column: next?.column ?? 1,
    severity: 'error',
    rule: 'file/too-many-errors',
    message: `${more} more errors from here on are not shown; fix the ones above first`,
  };
  return [...errors.slice(0, MAX_REPORTED_ERRORS), summary];
}
