import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { shortRollback } from '../../renderer/plan/PhaseSteps.tsx';
import { lastPhaseIndex, phaseAt } from '../../core/plan/index.ts';
import { planOf, selectPlan, setPlanStep, togglePlanView } from '../../renderer/plan/plan-state.ts';
import { stepCaption } from '../../renderer/plan/PlanTimeline.tsx';
import { setSourcing, undo } from '../../renderer/store/edits.ts';
import { loaded } from '../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../renderer/store/store.ts';

function load(): void {
  const parsed = parseMap(readFileSync('maps/hie-monolith.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('the monolith example does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'hie-monolith.yaml', 'tok') });
}

const state = () => useMapStore.getState();

beforeEach(load);

describe('plan view state', () => {
  it('derives the plan from the document: the same object until the map changes', () => {
    const plan = selectPlan(state())!;
    expect(selectPlan(state())).toBe(plan);
    expect(planOf(state().doc.current!.map)).toBe(plan);
    expect(plan.warnings.some((w) => w.rule === 'monolith/unplanned')).toBe(false);
  });

  it('re-plans after an edit and after undo', () => {
    const before = selectPlan(state())!;
    setSourcing('referrals', undefined);
    const after = selectPlan(state())!;
    expect(after).not.toBe(before);
    expect(after.warnings.find((w) => w.rule === 'monolith/unplanned')?.nodes).toEqual(['referrals']);
    expect(after.phases.flatMap((p) => p.steps.map((s) => s.node))).not.toContain('referrals');
    undo();
    expect(selectPlan(state())).toEqual(before);
  });

  it('keeps only the switch and the step in the store, outside the history', () => {
    togglePlanView();
    setPlanStep(3);
    expect(state().ui.plan).toEqual({ on: true, step: 3 });
    expect(state().doc.past).toHaveLength(0);
    togglePlanView();
    expect(state().ui.plan.on).toBe(false);
  });
});

describe('plan view text', () => {
  it('captions a step with the phase and its title, today with what is to move', () => {
    const plan = selectPlan(state())!;
    expect(stepCaption(plan, 0, 11)).toBe('Today: 11 components to move');
    expect(stepCaption(plan, 1, 11)).toBe(`Phase 1 of ${lastPhaseIndex(plan)}: ${phaseAt(plan, 1)!.title}`);
  });

  it('shortens a rollback to its first clause', () => {
    expect(shortRollback('route /a back to mono at the facade (weight 100)')).toBe(
      'route /a back to mono at the facade (weight 100)',
    );
    expect(shortRollback('stop mirroring /a: the monolith kept serving; replay writes')).toBe(
      'stop mirroring /a: the monolith kept serving …',
    );
  });
});
