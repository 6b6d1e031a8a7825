// Checks a placed plan against the stated invariant of most-evolved-first (plan-method.ts): a
// component in a more evolved stage never leaves after a less evolved one. Scheduling keeps it
// unless something forces otherwise (a pin pulling prerequisites forward, a cycle whose members
// sit in different stages and leave together); every break is a warning with a rule id, so the
// plan never breaks its promise silently. Edge order breaks are `plan/pin-order` (step-builder).
import { stageBoundaries, stageOf, STAGE_NUMERALS } from '../doctrine/stages.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { compareIds, type Unit } from './graph.ts';
import type { PlanWarning, Strategy } from './model.ts';

export function stageOrderWarnings(
  map: WardleyMap,
  strategy: Strategy,
  units: readonly Unit[],
  nodes: ReadonlyMap<string, MapNode>,
  phase: ReadonlyMap<string, number>,
): PlanWarning[] {
  if (strategy !== 'most-evolved-first') return [];
  const boundaries = stageBoundaries(map);
  const stage = new Map([...phase.keys()].map((id) => [id, stageOf(nodes.get(id)!.evolution, boundaries)]));
  const out: PlanWarning[] = [];
  for (const u of units) {
    const stages = [...new Set(u.members.map((m) => stage.get(m)!))].sort();
    if (stages.length > 1)
      out.push({
        rule: 'plan/cycle-stages',
        message: `${u.members.join(', ')} form a cycle across stages ${stages.map((s) => STAGE_NUMERALS[s]).join(' and ')}: they leave together, with the most evolved`,
        nodes: [...u.members],
      });
  }
  const ids = [...phase.keys()].sort(compareIds);
  for (const a of ids) {
    const earlier = ids.filter((b) => stage.get(b)! < stage.get(a)! && phase.get(b)! < phase.get(a)!);
    if (earlier.length === 0) continue;
    out.push({
      rule: 'plan/stage-order',
      message: `${a} (stage ${STAGE_NUMERALS[stage.get(a)!]}, phase ${phase.get(a)}) leaves after less evolved ${earlier.map((b) => `${b} (stage ${STAGE_NUMERALS[stage.get(b)!]}, phase ${phase.get(b)})`).join(', ')}: a pin or a cycle forced it`,
      nodes: [a, ...earlier],
    });
  }
  return out;
}
