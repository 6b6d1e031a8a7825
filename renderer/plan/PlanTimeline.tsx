// The timeline strip over the canvas in plan view: a slider from today to the last phase, one
// numbered chip per phase in its colour (the phase legend, also clickable), and what the step is.
import { lastPhaseIndex, phaseAt, type Plan } from '../../core/plan/model.ts';
import { inkOn, phaseColor } from './phase-colors.ts';
import { setPlanStep, usePlan, usePlanStep } from './plan-state.ts';

/**
 * What the timeline shows at `step`, e.g. "Phase 2 of 7: Extract Consent". Step 0 is today with
 * the facade in place (the plan's phase 0: nothing moves yet).
 */
export function stepCaption(plan: Plan, step: number, candidates: number): string {
  const phase = phaseAt(plan, step);
  if (step === 0 || !phase) return `Today: ${candidates} component${candidates === 1 ? '' : 's'} to move`;
  return `Phase ${step} of ${lastPhaseIndex(plan)}: ${phase.title}`;
}

export function PlanTimeline() {
  const plan = usePlan();
  const step = usePlanStep();
  if (!plan) return null;
  const count = lastPhaseIndex(plan);
  const candidates = plan.phases.reduce((n, p) => n + p.steps.length, 0);
  const caption = stepCaption(plan, step, candidates);
  return (
    <section className="plan-timeline" aria-label="Migration phases">
      <label htmlFor="plan-timeline-range">Plan timeline</label>
      <div className="plan-track">
        <input
          id="plan-timeline-range"
          type="range"
          min={0}
          max={count}
          step={1}
          value={step}
          disabled={count === 0}
          aria-valuetext={caption}
          onChange={(e) => setPlanStep(Number(e.target.value))}
        />
        <ol className="plan-ticks" aria-label="Phases">
          <li>
            <button
              type="button"
              className={`phase-chip today${step === 0 ? ' current' : ''}`}
              onClick={() => setPlanStep(0)}
            >
              Today
            </button>
          </li>
          {plan.phases
            .filter((p) => p.index > 0)
            .map((p) => {
              const color = phaseColor(p.index, count);
              return (
                <li key={p.index}>
                  <button
                    type="button"
                    className={`phase-chip${p.index === step ? ' current' : ''}`}
                    style={{ background: color, color: inkOn(color) }}
                    title={p.title}
                    onClick={() => setPlanStep(p.index)}
                  >
                    {p.index}
                  </button>
                </li>
              );
            })}
        </ol>
      </div>
      <p className="plan-caption" role="status">
        {count === 0 ? 'Nothing inside a monolith to plan.' : caption}
      </p>
    </section>
  );
}
