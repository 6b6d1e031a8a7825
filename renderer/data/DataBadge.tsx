// The badge on a component holding sensitive data: its classes in capitals (PHI·PII) above the
// glyph's top-left, so a workshop sees at a glance where patient data lives.
import { classesHeld, DATA_CLASS_NAMES } from '../../core/compliance/classes.ts';
import type { MapNode } from '../../core/model/types.ts';

const CHAR_WIDTH = 6.2;

export function DataBadge({ node, radius }: { node: MapNode; radius: number }) {
  if (node.kind !== 'component') return null;
  const classes = classesHeld(node);
  if (classes.length === 0) return null;
  const text = classes.map((c) => c.toUpperCase()).join('·');
  const width = text.length * CHAR_WIDTH + 8;
  const x = -radius - width + 2;
  const y = -radius - 14;
  return (
    <g className="data-badge" data-classes={classes.join(' ')}>
      <title>{`Holds ${classes.map((c) => DATA_CLASS_NAMES[c]).join(', ')}`}</title>
      <rect x={x} y={y} width={width} height={13} rx={3} />
      <text x={x + width / 2} y={y + 10} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}
