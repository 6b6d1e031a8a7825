// A node's name where the placer put it (core/render/labels.ts): one line or two, cut with "…"
// when longer, and the full name as a tooltip then.
import type { PlacedLabel } from '../../core/render/labels.ts';

export function NodeLabel({ label, name }: { label: PlacedLabel; name: string }) {
  return (
    <text className="node-label" x={label.x} y={label.y} textAnchor={label.anchor} data-label-position={label.position}>
      {label.truncated && <title>{name}</title>}
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} y={label.y + i * label.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Where the stage hint goes while dragging: on the side of the node away from its label. */
export function stageHintAt(label: PlacedLabel, radius: number): { y: number } {
  return label.position.startsWith('below') ? { y: -radius - 8 } : { y: radius + 20 };
}
