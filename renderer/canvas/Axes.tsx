// The Wardley axes: four stage bands with their labels, boundaries, and the two axis titles.
import { memo, useMemo } from 'react';
import { axesModel } from '../../core/render/axes.ts';
import type { Stages } from '../../core/model/types.ts';
import { SCALES } from './geometry.ts';

export const Axes = memo(function Axes({ stages, yAxis }: { stages: Stages | undefined; yAxis?: unknown }) {
  const model = useMemo(
    () => axesModel({ ...(stages ? { stages } : {}), 'x-owm-y-axis': yAxis }, SCALES),
    [stages, yAxis],
  );
  const { area } = model;
  return (
    <g className="axes">
      <rect
        className="plot-area"
        x={area.left}
        y={area.top}
        width={area.right - area.left}
        height={area.bottom - area.top}
      />
      {model.bands.map((band) => (
        <text
          key={band.stage}
          className="stage-label"
          x={(band.x0 + band.x1) / 2}
          y={area.bottom + 28}
          textAnchor="middle"
        >
          {band.label}
        </text>
      ))}
      {model.boundaries.map((x) => (
        <line key={x} className="stage-boundary" x1={x} y1={area.top} x2={x} y2={area.bottom} />
      ))}
      <line
        className="axis"
        x1={area.left}
        y1={area.bottom}
        x2={area.right}
        y2={area.bottom}
        markerEnd="url(#arrow-link)"
      />
      <line
        className="axis"
        x1={area.left}
        y1={area.bottom}
        x2={area.left}
        y2={area.top}
        markerEnd="url(#arrow-link)"
      />
      <text className="axis-title" x={area.right} y={area.bottom + 54} textAnchor="end">
        {model.evolutionTitle}
      </text>
      <text className="axis-title" transform={`translate(${area.left - 24}, ${area.top}) rotate(-90)`} textAnchor="end">
        {model.visibilityTitle}
      </text>
    </g>
  );
});
