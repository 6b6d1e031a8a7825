// One node on the plan view: a candidate's halo is filled with its phase colour and its body
// carries the phase number; nodes the plan does not move are drawn faded behind them.
import { nodeGlyph, shapePath } from '../../core/render/glyphs.ts';
import type { MapNode } from '../../core/model/types.ts';
import type { Point } from '../../core/render/frame.ts';
import type { PlacedLabel } from '../../core/render/labels.ts';
import { NodeLabel } from '../canvas/NodeLabel.tsx';
import { patternId } from '../canvas/Patterns.tsx';
import { planName } from './plan-labels.ts';
import { useMapStore } from '../store/store.ts';
import { phaseColor } from './phase-colors.ts';

export type PlanRole =
  | { kind: 'candidate'; phase: number; phases: number; extracted: boolean }
  | { kind: 'unplanned' }
  | { kind: 'monolith'; retired: boolean }
  | { kind: 'context' };

/** The body of a candidate is larger than on the map, to hold its phase number. */
const NUMBER_BODY = 10;

function select(id: string, e: React.MouseEvent): void {
  useMapStore.setState((s) => {
    if (!e.shiftKey) return { selection: { ids: new Set([id]) } };
    const ids = new Set(s.selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { selection: { ids } };
  });
}

function roleClass(role: PlanRole): string {
  if (role.kind === 'candidate') return `plan-candidate${role.extracted ? ' extracted' : ''}`;
  if (role.kind === 'monolith') return `plan-monolith${role.retired ? ' retired' : ''}`;
  return `plan-${role.kind}`;
}

export function PlanNode({
  id,
  node,
  at,
  role,
  label,
}: {
  id: string;
  node: MapNode;
  at: Point;
  role: PlanRole;
  label: PlacedLabel | undefined;
}) {
  const selected = useMapStore((s) => s.selection.ids.has(id));
  const glyph = nodeGlyph(node);
  const candidate = role.kind === 'candidate';
  const fill = candidate ? phaseColor(role.phase, role.phases) : undefined;
  const badge = candidate ? String(role.phase) : role.kind === 'unplanned' ? '?' : undefined;
  const bodySize = badge ? NUMBER_BODY : glyph.body.size;
  return (
    <g
      data-node-id={id}
      data-phase={candidate ? role.phase : undefined}
      className={`node node-${node.kind} plan-node ${roleClass(role)}${selected ? ' selected' : ''}`}
      transform={`translate(${at.x},${at.y})`}
      onClick={(e) => select(id, e)}
    >
      {selected && <circle className="selection-ring" r={glyph.radius + 6} />}
      {glyph.halo && (
        <path
          className={`halo halo-${glyph.halo.sourcing}`}
          d={shapePath(glyph.halo.shape, glyph.halo.size)}
          fill={
            fill ?? (role.kind === 'unplanned' ? 'url(#plan-unplanned)' : `url(#${patternId(glyph.halo.sourcing)})`)
          }
          stroke={candidate || role.kind === 'unplanned' ? undefined : glyph.halo.color}
          strokeDasharray={glyph.halo.dashed ? '5 3' : undefined}
        />
      )}
      <path className="body" d={shapePath(glyph.body.shape, bodySize)} />
      {badge && (
        <text className="phase-number" y={4.5} textAnchor="middle">
          {badge}
        </text>
      )}
      {label && <NodeLabel label={label} name={planName(node, role.kind === 'monolith' && role.retired)} />}
    </g>
  );
}

/** Where an extracted component was: a dashed outline and an arrow to where it is now. */
export function PlanGhost({ node, from, to }: { node: MapNode; from: Point; to: Point }) {
  const glyph = nodeGlyph(node);
  const shape = glyph.halo ?? { shape: glyph.body.shape, size: glyph.body.size };
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const trim = glyph.radius + 4;
  if (length <= 2 * trim) return null;
  const ux = dx / length;
  const uy = dy / length;
  return (
    <g className="plan-ghost">
      <path transform={`translate(${from.x},${from.y})`} d={shapePath(shape.shape, shape.size)} />
      <line
        x1={from.x + ux * trim}
        y1={from.y + uy * trim}
        x2={to.x - ux * trim}
        y2={to.y - uy * trim}
        markerEnd="url(#arrow-plan)"
      />
    </g>
  );
}
