// A component's Backstage lifecycle, read from the migration plan: what the plan extracts into a
// new service is `experimental` until it runs on its own; a monolith the plan empties completely
// is `deprecated` (the plan retires it); everything else runs today, `production`.
import { nodeEntries, type WardleyMap } from '../../model/types.ts';
import { extractionPhases, type Plan, type Step } from '../../plan/index.ts';

export type Lifecycle = 'experimental' | 'production' | 'deprecated';

export interface PlanFacts {
  lifecycle: (id: string) => Lifecycle;
  /** The phase that extracts a node, when the plan extracts it. */
  phase: (id: string) => number | undefined;
  /** Ids of the components other nodes sit `inside`. */
  monoliths: ReadonlySet<string>;
}

export function planFacts(map: WardleyMap, plan: Plan = extractionPhases(map)): PlanFacts {
  const entries = nodeEntries(map);
  const monoliths = new Set(entries.map(([, n]) => n.inside).filter((m): m is string => m !== undefined));
  const phases = new Map<string, number>();
  // Each node's first step, as the plan lists them: looked up per component, not searched for.
  const steps = new Map<string, Step>();
  for (const phase of plan.phases)
    for (const step of phase.steps) {
      phases.set(step.node, phase.index);
      if (!steps.has(step.node)) steps.set(step.node, step);
    }
  const retired = new Set([...monoliths].filter((m) => entries.every(([id, n]) => n.inside !== m || phases.has(id))));
  return {
    monoliths,
    phase: (id) => phases.get(id),
    lifecycle: (id) => {
      if (retired.has(id)) return 'deprecated';
      return steps.get(id)?.target === 'service' ? 'experimental' : 'production';
    },
  };
}
