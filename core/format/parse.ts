// parseMap: file bytes or text → a validated WardleyMap plus the MapDocument that edits and
// saves work on, or a list of errors each with line and column. Never throws on bad input.
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, WardleyMap } from '../model/types.ts';
import { referenceFindings, type PathFinding } from './references.ts';
import { offsetOf, schemaDiagnostics } from './schema-errors.ts';
import { isDiagnostic, sourceFromBytes, sourceFromText, textForFile, type LineEnding } from './source.ts';
import { parseYamlSafely } from './yaml-safety.ts';

/** A loaded map: its text (LF, no BOM), the parsed YAML with positions, and the plain model. */
export interface MapDocument {
  readonly text: string;
  readonly bom: boolean;
  readonly eol: LineEnding;
  readonly map: WardleyMap;
  readonly yaml: Document.Parsed;
  readonly lineCounter: LineCounter;
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

function parseUnsafe(input: string | Uint8Array): ParseResult {
  const source = typeof input === 'string' ? sourceFromText(input) : sourceFromBytes(input);
  if (isDiagnostic(source)) return { ok: false, errors: [source] };
  const parsed = parseYamlSafely(source.text);
  if (!parsed.ok) return parsed;
  const { doc, lineCounter } = parsed.value;
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
  if (schemaErrors.length > 0) return { ok: false, errors: sortByPosition(schemaErrors) };
  const map = data as WardleyMap;
  const refErrors = referenceFindings(map).map((f) => locate(f, located));
  if (refErrors.length > 0) return { ok: false, errors: sortByPosition(refErrors) };
  const document: MapDocument = { text: source.text, bom: source.bom, eol: source.eol, map, yaml: doc, lineCounter };
  return { ok: true, map, document };
}

/** The text to write to disk for a document: its BOM and line endings as the file had them. */
export function fileText(document: MapDocument): string {
  return textForFile(document.text, document);
}

/** Line and column (1-based) of the YAML node at `path`, e.g. ['nodes', 'tickets', 'uses', 0]. */
export function positionOf(
  document: Pick<MapDocument, 'yaml' | 'lineCounter'>,
  path: readonly (string | number)[],
): { line: number; column: number } {
  const { line, col } = document.lineCounter.linePos(offsetOf(document.yaml, path));
  return { line, column: col };
}

function locate(f: PathFinding, where: Pick<MapDocument, 'yaml' | 'lineCounter'>): Diagnostic {
  const { line, column } = positionOf(where, f.path);
  const d: Diagnostic = { line, column, severity: 'error', rule: f.rule, message: f.message };
  if (f.node !== undefined) d.node = f.node;
  return d;
}

function sortByPosition(errors: Diagnostic[]): Diagnostic[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
