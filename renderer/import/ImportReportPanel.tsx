// What the OWM importer could not carry over one to one (kept as x-owm-* fields or notes), each
// with its line in the OWM text, until the user dismisses it or loads another map.
import { dismissImportReport, useImportReport } from './owm-import.ts';

export function ImportReportPanel() {
  const report = useImportReport((s) => s.report);
  if (!report || report.warnings.length === 0) return null;
  const count = report.warnings.length;
  const failed = report.failed === true;
  const what = failed ? (count === 1 ? 'error' : 'errors') : count === 1 ? 'warning' : 'warnings';
  return (
    <section
      className={`import-report${failed ? ' failed' : ''}`}
      role={failed ? 'alert' : 'status'}
      aria-label={failed ? 'Import errors' : 'Import warnings'}
    >
      <header>
        <h2>
          {failed ? 'Not imported' : 'Imported'} {report.source}: {count} {what}
        </h2>
        <button
          type="button"
          onClick={dismissImportReport}
          aria-label={failed ? 'Dismiss import errors' : 'Dismiss import warnings'}
        >
          ×
        </button>
      </header>
      <p>
        {failed
          ? 'Line numbers refer to the OWM text. Nothing was changed: fix these lines and import again.'
          : 'Line numbers refer to the OWM text. What has no Mapwright equivalent is kept as x-owm-* fields.'}
      </p>
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
