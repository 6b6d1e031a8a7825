// A node's name where the placer put it (core/render/labels.ts): one line or two, cut with "…"
// when longer, and the full name as a tooltip then. The plan view's; the canvas draws the same
// as markup (node-markup.ts).
import type { PlacedLabel } from '../../core/render/labels.ts';

export function NodeLabel({ label, name }: { label: PlacedLabel; name: string }) {
  return (
    <text className="node-label" x={label.x} y={label.y} textAnchor={label.anchor} data-label-position={label.position}>
      {label.truncated && <title>{name}</title>}
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} y={label.y + i * label.lineHeight}>
          {/* A space between lines, so the text reads as the name (the accessible name has it). */}
          {i < label.lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}
