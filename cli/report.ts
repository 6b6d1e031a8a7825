// How commands print findings: `file:line:col: severity rule-id message` lines, a JSON array for
// scripts, and a one-line summary for stderr.
import type { Diagnostic, Severity } from '../core/model/types.ts';

/** A diagnostic with the file it is about. */
export interface FileDiagnostic extends Diagnostic {
  file: string;
}

export function diagnosticLine(d: FileDiagnostic): string {
  // Line 0 means the finding is about the whole file (too large, unreadable): no position to show.
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${where}: ${d.severity} ${d.rule} ${d.message}`;
}

export function diagnosticsJson(diagnostics: readonly FileDiagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    node: d.node ?? null,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function severityCounts(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function validateSummary(files: number, diagnostics: readonly Diagnostic[], unreadable = 0): string {
  const c = severityCounts(diagnostics);
  const found =
    c.error + c.warning + c.info === 0
      ? 'clean'
      : `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
  const skipped = unreadable > 0 ? `; ${unreadable} could not be read` : '';
  return `${plural(files, 'file')} checked: ${found}${skipped}`;
}

export function withFile(file: string, diagnostics: readonly Diagnostic[]): FileDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, file }));
}
