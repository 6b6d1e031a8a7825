// One legacy monolith drawn as a region around the components inside it (map and plan view).
import type { Point } from '../../core/render/frame.ts';
import { regionLabelText } from '../../core/render/regions.ts';

export function RegionView({
  id,
  path,
  name,
  labelAt,
  labelled = true,
}: {
  id: string;
  path: string;
  name: string;
  labelAt: Point;
  labelled?: boolean;
}) {
  return (
    <g className="monolith-region" data-monolith={id}>
      <path d={path} fillRule="evenodd" />
      {labelled && (
        <text x={labelAt.x} y={labelAt.y} textAnchor="middle">
          {regionLabelText(name)}
        </text>
      )}
    </g>
  );
}
