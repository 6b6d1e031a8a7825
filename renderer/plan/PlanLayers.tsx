// The canvas content in plan view: the monolith region as it is at the timeline step, links,
// ghosts where extracted components were, and every node with its phase. Read-only apart from
// selection: the map is edited in the inspector or with plan view off, and the plan follows.
import { useMemo } from 'react';
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { trimmedSegment } from '../../core/render/links.ts';
import { monolithMembers } from '../../core/render/regions.ts';
import { nodeEntries, type WardleyMap } from '../../core/model/types.ts';
import { lastPhaseIndex, type Plan } from '../../core/plan/model.ts';
import { SCALES } from '../canvas/geometry.ts';
import { RegionView } from '../canvas/RegionView.tsx';
import { planLabels } from './plan-labels.ts';
import { PlanGhost, PlanNode, type PlanRole } from './PlanNode.tsx';
import { usePlan, usePlanStep } from './plan-state.ts';
import { phaseIndex, timelineLayout, type TimelineLayout } from './timeline.ts';

function rolesOf(map: WardleyMap, plan: Plan, layout: TimelineLayout): Map<string, PlanRole> {
  const phases = phaseIndex(plan);
  const monoliths = new Set(monolithMembers(map).keys());
  const roles = new Map<string, PlanRole>();
  for (const [id, node] of nodeEntries(map)) {
    const phase = phases.get(id);
    if (phase !== undefined)
      roles.set(id, { kind: 'candidate', phase, phases: lastPhaseIndex(plan), extracted: layout.extracted.has(id) });
    else if (monoliths.has(id)) roles.set(id, { kind: 'monolith', retired: layout.retired.includes(id) });
    else if (node.inside !== undefined && monoliths.has(node.inside)) roles.set(id, { kind: 'unplanned' });
    else roles.set(id, { kind: 'context' });
  }
  return roles;
}

export function PlanLayers({ map, plan, step }: { map: WardleyMap; plan: Plan; step: number }) {
  const layout = useMemo(() => timelineLayout(map, plan, step, SCALES), [map, plan, step]);
  const roles = useMemo(() => rolesOf(map, plan, layout), [map, plan, layout]);
  const labels = useMemo(() => planLabels(map, layout, SCALES), [map, layout]);
  const entries = nodeEntries(map);
  // Context first, candidates last: the plan's subjects are drawn on top.
  const drawOrder = [...entries].sort(([a], [b]) => rank(roles.get(a)) - rank(roles.get(b)));
  return (
    <g className="plan-layers" data-plan-step={layout.step}>
      <defs>
        <marker id="arrow-plan" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="#555" />
        </marker>
        <pattern id="plan-unplanned" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#999" strokeWidth="2" />
        </pattern>
      </defs>
      <g className="regions">
        {layout.regions.map((r) => (
          <RegionView key={r.id} id={r.id} path={r.path} name={r.name} labelAt={r.labelAt} labelled={r.labelled} />
        ))}
      </g>
      <g className="links">
        {entries.flatMap(([from, node]) =>
          (node.uses ?? []).map((to) => {
            const target = map.nodes[to];
            const a = layout.at.get(from);
            const b = layout.at.get(to);
            if (!target || !a || !b) return null;
            const faded =
              (roles.get(from)?.kind === 'context' && roles.get(to)?.kind === 'context') ||
              layout.retired.includes(from) ||
              layout.retired.includes(to);
            const segment = trimmedSegment(a, b, nodeGlyph(node).radius, nodeGlyph(target).radius);
            return <line key={`${from}->${to}`} className={`link-line${faded ? ' faded' : ''}`} {...segment} />;
          }),
        )}
      </g>
      <g className="ghosts">
        {layout.ghosts.map((g) => (
          <PlanGhost key={g.id} node={map.nodes[g.id]!} from={g.from} to={g.to} />
        ))}
      </g>
      <g className="nodes">
        {drawOrder.map(([id, node]) => (
          <PlanNode key={id} id={id} node={node} at={layout.at.get(id)!} role={roles.get(id)!} label={labels.get(id)} />
        ))}
      </g>
    </g>
  );
}

function rank(role: PlanRole | undefined): number {
  return role?.kind === 'candidate' ? 3 : role?.kind === 'context' ? 0 : role?.kind === 'monolith' ? 1 : 2;
}

/** The plan view of `map` at the timeline step in the store. */
export function PlanView({ map }: { map: WardleyMap }) {
  const plan = usePlan();
  const step = usePlanStep();
  return plan ? <PlanLayers map={map} plan={plan} step={step} /> : null;
}
