// Several quick-entry lines (a paste) applied in order as one result: the lines that work are
// applied, each line that does not is reported with its number and reason.
import type { MapDocument } from '../format/parse.ts';
import type { EditResult } from '../model/commit.ts';
import { applyQuickStatement } from './apply.ts';
import { isQuickBlank, parseQuickStatement } from './statement.ts';

export interface QuickLineResult {
  /** 1-based line of the pasted text. */
  line: number;
  text: string;
  ok: boolean;
  reason?: string;
}

export interface QuickBatch {
  document: MapDocument;
  /** Every non-blank line, in order. */
  lines: QuickLineResult[];
  /** Ids of the nodes the applied lines touched, in order, without repeats. */
  ids: string[];
}

/** One line: parse, then apply. The reason is the parser's or the model's, never an exception. */
export function applyQuickLine(document: MapDocument, line: string): EditResult {
  const parsed = parseQuickStatement(line);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: [{ line: 0, column: 0, severity: 'error', rule: 'quick/statement', message: parsed.reason }],
    };
  }
  return applyQuickStatement(document, parsed.statement);
}

export function applyQuickText(document: MapDocument, text: string): QuickBatch {
  let current = document;
  const lines: QuickLineResult[] = [];
  const ids = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (isQuickBlank(raw)) return;
    const result = applyQuickLine(current, raw);
    const entry: QuickLineResult = { line: i + 1, text: raw.trim(), ok: result.ok };
    if (result.ok) {
      current = result.document;
      for (const id of result.ids) ids.add(id);
    } else entry.reason = reasonOf(result.errors);
    lines.push(entry);
  });
  return { document: current, lines, ids: [...ids] };
}

export function reasonOf(errors: readonly { message: string }[]): string {
  return errors.map((e) => e.message).join('; ') || 'the statement could not be applied';
}
