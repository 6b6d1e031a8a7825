// Free notes on the map: at their own position, or next to the first node they are about.
import { memo } from 'react';
import { nodeOf } from '../../core/model/node-table.ts';
import type { Annotation, WardleyMap } from '../../core/model/types.ts';
import { SCALES } from './geometry.ts';

export const Annotations = memo(function Annotations({
  annotations,
  map,
}: {
  annotations: Annotation[] | undefined;
  map: WardleyMap;
}) {
  if (!annotations?.length) return null;
  return (
    <g className="annotations">
      {annotations.map((a, i) => {
        const at = annotationPoint(a, map);
        if (!at) return null;
        return (
          <g key={i} className={`annotation annotation-${a.kind ?? 'note'}`} transform={`translate(${at.x},${at.y})`}>
            <text className="annotation-index" x={0} y={0}>
              {i + 1}
            </text>
            <text className="annotation-text" x={16} y={0}>
              {a.text.length > 60 ? `${a.text.slice(0, 57)}…` : a.text}
            </text>
          </g>
        );
      })}
    </g>
  );
});

function annotationPoint(a: Annotation, map: WardleyMap): { x: number; y: number } | undefined {
  if (a.evolution !== undefined && a.visibility !== undefined)
    return { x: SCALES.x(a.evolution), y: SCALES.y(a.visibility) };
  const first = a.nodes?.[0];
  const node = first !== undefined ? nodeOf(map, first) : undefined;
  return node ? { x: SCALES.x(node.evolution) + 10, y: SCALES.y(node.visibility) + 34 } : undefined;
}
