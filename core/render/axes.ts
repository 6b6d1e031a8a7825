// The evolution axis: four stage bands separated by the map's boundaries, with their labels.
import { stageBoundaries, stageLabels, type Stage } from '../doctrine/stages.ts';
import type { WardleyMap } from '../model/types.ts';
import { plotArea, type MapScales } from './frame.ts';

export interface StageBand {
  stage: Stage;
  label: string;
  x0: number;
  x1: number;
}

export interface AxesModel {
  bands: StageBand[];
  /** x of each boundary line (between bands). */
  boundaries: number[];
  area: { left: number; top: number; right: number; bottom: number };
  evolutionTitle: string;
  visibilityTitle: string;
}

/** An OWM map's `y-axis Label->Min->Max`, kept on import as `x-owm-y-axis`. */
type YAxis = { 'x-owm-y-axis'?: unknown };

export function axesModel(map: Pick<WardleyMap, 'stages'> & YAxis, scales: MapScales): AxesModel {
  const cuts = stageBoundaries(map);
  const labels = stageLabels(map);
  const edges = [0, ...cuts, 1].map((e) => scales.x(e));
  const stages: Stage[] = [1, 2, 3, 4];
  const bands = stages.map((stage, i) => ({
    stage,
    label: labels[i] ?? '',
    x0: edges[i] ?? 0,
    x1: edges[i + 1] ?? 0,
  }));
  return {
    bands,
    boundaries: cuts.map((c) => scales.x(c)),
    area: plotArea(scales.frame),
    evolutionTitle: 'Evolution →',
    visibilityTitle: visibilityTitle(map['x-owm-y-axis']),
  };
}

/** `Value chain (visible → invisible)`, or the map's own y-axis labels, top first. */
function visibilityTitle(yAxis: unknown): string {
  const labels = Array.isArray(yAxis) ? yAxis.filter((l): l is string => typeof l === 'string' && l !== '') : [];
  const [title, min, max] = labels;
  if (title === undefined) return 'Value chain (visible → invisible)';
  return min !== undefined && max !== undefined ? `${title} (${max} → ${min})` : title;
}
