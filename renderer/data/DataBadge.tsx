// The badge on a component holding sensitive data: its classes in capitals (PHI·PII) at a corner
// of the glyph clear of its neighbours, so a workshop sees at a glance where patient data lives.
// Its shape comes from core/render/data-badges.ts, which the label placement keeps node names
// clear of.
import { classesHeld, DATA_CLASS_NAMES } from '../../core/compliance/classes.ts';
import type { MapNode } from '../../core/model/types.ts';
import type { DataBadgeShape } from '../../core/render/data-badges.ts';

export function DataBadge({ node, shape }: { node: MapNode; shape: DataBadgeShape }) {
  const classes = classesHeld(node);
  const { x, y, width, height } = shape.box;
  return (
    <g className="data-badge" data-classes={classes.join(' ')}>
      <title>{`Holds ${classes.map((c) => DATA_CLASS_NAMES[c]).join(', ')}`}</title>
      <rect x={x} y={y} width={width} height={height} rx={3} />
      <text x={x + width / 2} y={y + 10} textAnchor="middle">
        {shape.text}
      </text>
    </g>
  );
}
