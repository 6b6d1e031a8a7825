// The plan view's state and its derived plan. The plan is computed from the current document
// (memoized on the map object, never stored), so any edit or undo re-plans; the store keeps only
// whether the view is on and the timeline step.
import { extractionPhases, type Plan } from '../../core/plan/index.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { useMapStore, type MapStore } from '../store/store.ts';
import { clampStep } from './timeline.ts';

let memo: { map: WardleyMap; plan: Plan } | null = null;

/** The plan of `map`; the same object as long as the map is the same object. */
export function planOf(map: WardleyMap): Plan {
  if (memo?.map !== map) memo = { map, plan: extractionPhases(map) };
  return memo.plan;
}

export function selectPlan(s: MapStore): Plan | null {
  const map = s.doc.current?.map;
  return map ? planOf(map) : null;
}

export function usePlan(): Plan | null {
  return useMapStore(selectPlan);
}

/** The timeline step on screen: the stored one, kept within the plan (an edit may drop phases). */
export function usePlanStep(): number {
  const plan = usePlan();
  const step = useMapStore((s) => s.ui.plan.step);
  return plan ? clampStep(step, plan) : 0;
}

export function togglePlanView(): void {
  useMapStore.setState((s) => ({ ui: { ...s.ui, plan: { ...s.ui.plan, on: !s.ui.plan.on } } }));
}

export function setPlanStep(step: number): void {
  useMapStore.setState((s) => ({ ui: { ...s.ui, plan: { ...s.ui.plan, step } } }));
}

/** Select the nodes a plan warning names, as the doctrine warnings do. */
export function selectNodes(ids: readonly string[]): void {
  const nodes = useMapStore.getState().doc.current?.map.nodes ?? {};
  useMapStore.setState({ selection: { ids: new Set(ids.filter((id) => Object.hasOwn(nodes, id))) } });
}
