// The steps of one phase: what moves, the pattern, risk and value, how to roll it back; then the
// phase's clean-ups and, folded, its exit criteria. A step's name selects its node on the map.
import type { Pattern, Phase } from '../../core/plan/model.ts';
import { selectNodes } from './plan-state.ts';

const PATTERN_NAMES: Record<Pattern, string> = {
  'route-at-facade': 'route at the facade',
  'branch-by-abstraction': 'branch by abstraction',
  'change-data-capture': 'change data capture',
  'replace-with-product': 'replace with a product',
  'replace-with-utility': 'replace with a utility',
  'parallel-run': 'parallel run',
  'decorating-collaborator': 'decorating collaborator',
  'ui-composition': 'UI composition',
  'message-interception': 'message interception',
};

/** The first clause of a rollback: enough to say how to route back; the rest is in the export. */
export function shortRollback(text: string): string {
  const clause = text.split(';')[0]?.trim() ?? '';
  return clause.length < text.trim().length ? `${clause} …` : clause;
}

export function PhaseSteps({ phase }: { phase: Phase }) {
  return (
    <div className="phase-steps" aria-label={`Steps of phase ${phase.index}`}>
      <h3>
        Phase {phase.index}: {phase.title}
      </h3>
      {phase.owner !== undefined && <p className="hint">Owner: {phase.owner}</p>}
      {phase.tasks.length > 0 && (
        <ul className="plan-tasks">
          {phase.tasks.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      {phase.steps.length > 0 && (
        <ul className="plan-steps">
          {phase.steps.map((s) => (
            <li key={s.node} data-step-node={s.node}>
              <button type="button" className="step-node" onClick={() => selectNodes([s.node])}>
                {s.name}
              </button>{' '}
              <span className="step-pattern">{PATTERN_NAMES[s.pattern]}</span>
              <div className="step-scores">
                → {s.target}
                {s.team ? `, ${s.team}` : ''} · risk {s.risk.level} ({s.risk.total}) · value {s.value.total}
              </div>
              <div className="step-rollback" title={s.rollback}>
                Rollback: {shortRollback(s.rollback)}
              </div>
            </li>
          ))}
        </ul>
      )}
      {phase.cleanups.length > 0 && (
        <>
          <h4>Clean-up</h4>
          <ul className="plan-cleanups">
            {phase.cleanups.map((c) => (
              <li key={c.scaffold}>{c.description}</li>
            ))}
          </ul>
        </>
      )}
      {phase.exitCriteria.length > 0 && (
        <details className="plan-exit">
          <summary>Exit criteria ({phase.exitCriteria.length})</summary>
          <ul>
            {phase.exitCriteria.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
