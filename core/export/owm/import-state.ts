// The map being built while reading an OWM file, and the small rules every statement shares:
// warnings with line numbers, coordinates clamped to the unit range, names made valid.
import type { Annotation, Diagnostic, MapNode, Severity, Stages } from '../../model/types.ts';
import { slugOf, uniqueId } from '../../model/ids.ts';

export interface ImportState {
  title?: string;
  /** Nodes by id, in the order they were created. */
  nodes: Map<string, MapNode>;
  /** OWM name (as written, escapes resolved) → id of the first node with that name. */
  byName: Map<string, string>;
  stages?: Stages;
  annotations: Annotation[];
  /** Map-level `x-owm-*` fields. */
  extensions: Record<string, unknown>;
  warnings: Diagnostic[];
}

export function emptyState(): ImportState {
  return { nodes: new Map(), byName: new Map(), annotations: [], extensions: {}, warnings: [] };
}

export function warn(
  state: ImportState,
  line: number,
  rule: string,
  message: string,
  severity: Severity = 'warning',
): void {
  state.warnings.push({ line, column: 1, severity, rule: `owm/${rule}`, message });
}

/** A coordinate in [0, 1]; OWM does not check ranges, Mapwright does, so clamp and say so. */
export function unitValue(state: ImportState, value: number, line: number, what: string): number {
  if (value >= 0 && value <= 1) return value;
  const clamped = Math.min(1, Math.max(0, value));
  warn(state, line, 'clamped', `${what} ${value} is outside 0…1; placed at ${clamped}`);
  return clamped;
}

/** Appends a value to a map-level list extension. */
export function keepOnMap(state: ImportState, key: string, value: unknown): void {
  const list = state.extensions[key];
  if (Array.isArray(list)) list.push(value);
  else state.extensions[key] = [value];
}

/** Keeps a line that means nothing on the map, verbatim, so export writes it back. */
export function keepLine(state: ImportState, line: number, text: string, why: string): void {
  keepOnMap(state, 'x-owm-lines', text);
  warn(state, line, 'kept-line', `${why}; kept as x-owm-lines`);
}

const MAX_TEXT = 200;

/** One line of display text the schema accepts: no control characters, at most 200 characters. */
export function displayText(state: ImportState, raw: string, line: number, what: string): string {
  let text = raw.replace(/\n/g, ' ').replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '');
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_TEXT) {
    warn(state, line, 'truncated', `${what} is longer than ${MAX_TEXT} characters; shortened`);
    text = text.slice(0, MAX_TEXT).trimEnd();
  }
  return text;
}

/** A fresh, deterministic id for `name`: its slug, suffixed -2, -3… when taken. */
export function newId(state: ImportState, name: string): string {
  return uniqueId(slugOf(name), (id) => state.nodes.has(id));
}
