// What the OWM importer could not carry over one to one (kept as x-owm-* fields or notes), each
// with its line in the OWM text, until the user dismisses it or loads another map.
import { dismissImportReport, useImportReport } from './owm-import.ts';

export function ImportReportPanel() {
  const report = useImportReport((s) => s.report);
  if (!report || report.warnings.length === 0) return null;
  const count = report.warnings.length;
  return (
    <section className="import-report" role="status" aria-label="Import warnings">
      <header>
        <h2>
          Imported {report.source}: {count} {count === 1 ? 'warning' : 'warnings'}
        </h2>
        <button type="button" onClick={dismissImportReport} aria-label="Dismiss import warnings">
          ×
        </button>
      </header>
      <p>Line numbers refer to the OWM text. What has no Mapwright equivalent is kept as x-owm-* fields.</p>
      <ol>
        {report.warnings.map((w, i) => (
          <li key={i} className={`finding finding-${w.severity}`}>
            <code>line {w.line}</code> {w.message} <span className="rule">({w.rule})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
