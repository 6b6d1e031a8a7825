// A node's name where the placer put it (core/render/labels.ts): one line or two, cut with "…"
// when longer, and the full name as a tooltip then.
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

/**
 * Where the stage hint's baseline goes while dragging: clear of the glyph (a buy diamond reaches
 * 1.3 × its radius), on the side away from the label.
 */
export function stageHintAt(label: PlacedLabel, radius: number): { y: number } {
  const reach = radius * 1.3;
  return label.position.startsWith('below') ? { y: -reach - 8 } : { y: reach + 26 };
}
