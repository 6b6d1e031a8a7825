// The side panel in plan view: the phases (clicking one moves the timeline there), the steps of
// the phase on the timeline, and what cannot be planned, each warning linked to its nodes.
import { lastPhaseIndex, phaseAt, type Phase, type Plan, type PlanWarning } from '../../core/plan/model.ts';
import { inkOn, phaseColor } from './phase-colors.ts';
import { PhaseSteps } from './PhaseSteps.tsx';
import { selectNodes, setPlanStep, usePlan, usePlanStep } from './plan-state.ts';

function PhaseItem({ phase, count, current }: { phase: Phase; count: number; current: boolean }) {
  const color = phaseColor(phase.index, count);
  // Phase 0 moves nothing: it wears the timeline's "today" chip, not a phase colour.
  const style = phase.index === 0 ? undefined : { background: color, color: inkOn(color) };
  return (
    <li data-plan-phase={phase.index} className={current ? 'current' : undefined}>
      <button type="button" aria-current={current ? 'step' : undefined} onClick={() => setPlanStep(phase.index)}>
        <span className={phase.index === 0 ? 'phase-chip today' : 'phase-chip'} style={style}>
          {phase.index}
        </span>
        <span className="phase-title">{phase.title}</span>
      </button>
    </li>
  );
}

function PlanWarnings({ warnings }: { warnings: readonly PlanWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <>
      <h3>
        Warnings <span className="count count-warning">{warnings.length}</span>
      </h3>
      <ul className="plan-warnings">
        {warnings.map((w, i) => (
          <li key={i} className="finding finding-warning" data-plan-warning={w.rule}>
            <button type="button" disabled={w.nodes.length === 0} onClick={() => selectNodes(w.nodes)}>
              <span className="rule">{w.rule}</span> {w.message}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function summary(plan: Plan): string {
  const moving = plan.phases.reduce((n, p) => n + p.steps.length, 0);
  return `${plan.phases.length} phase${plan.phases.length === 1 ? '' : 's'}, ${moving} component${moving === 1 ? '' : 's'} move (${plan.strategy})`;
}

export function PlanPanel() {
  const plan = usePlan();
  const step = usePlanStep();
  if (!plan) return null;
  const phase = phaseAt(plan, step);
  return (
    <section className="panel plan-panel" aria-label="Migration plan">
      <h2>Migration plan</h2>
      <p className="hint">{plan.phases.length === 0 ? 'No component sits inside a monolith.' : summary(plan)}</p>
      <ol className="plan-phases">
        {plan.phases.map((p) => (
          <PhaseItem key={p.index} phase={p} count={lastPhaseIndex(plan)} current={p.index === step} />
        ))}
      </ol>
      {phase ? (
        <PhaseSteps phase={phase} />
      ) : (
        plan.phases.length > 0 && <p className="hint">Pick a phase, or move the timeline, to see its steps.</p>
      )}
      <PlanWarnings warnings={plan.warnings} />
    </section>
  );
}
