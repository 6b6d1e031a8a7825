// Doctrine warnings of the map, computed from the document once edits pause (never stored), with counts
// by severity; clicking one selects its node.
import type { Diagnostic, Severity } from '../../core/model/types.ts';
import { useSettledDoctrine } from '../store/doctrine-findings.ts';
import { useMapStore } from '../store/store.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function WarningsPanel() {
  const findings: Diagnostic[] = useSettledDoctrine();
  const counts = SEVERITIES.map((sev) => [sev, findings.filter((f) => f.severity === sev).length] as const);
  return (
    <section className="panel warnings" aria-label="Doctrine warnings">
      <h2>
        Doctrine{' '}
        {counts.map(([sev, n]) => (
          <span key={sev} className={`count count-${sev}`} data-severity={sev} title={`${n} ${sev}`}>
            {n} {sev}
          </span>
        ))}
      </h2>
      <ul>
        {findings.map((f, i) => (
          <li key={i} className={`finding finding-${f.severity}`}>
            <button
              type="button"
              disabled={!f.node}
              onClick={() => f.node && useMapStore.setState({ selection: { ids: new Set([f.node]) } })}
            >
              <span className="rule">{f.rule}</span> {f.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
