// Evolution stages: derived from `evolution` and the map's boundaries, never stored.
// Defaults follow OnlineWardleyMaps (0.175 / 0.40 / 0.70) so imported maps land in the same stages.
import type { WardleyMap } from '../model/types.ts';

/** Stage I genesis, II custom-built, III product (+rental), IV commodity (+utility). */
export type Stage = 1 | 2 | 3 | 4;

/** Where stages II, III and IV begin on the evolution axis. */
export type StageBoundaries = readonly [number, number, number];

export type StageLabels = readonly [string, string, string, string];

export type StageLabelPreset = 'activities' | 'practices' | 'data' | 'knowledge';

export const DEFAULT_BOUNDARIES: StageBoundaries = [0.175, 0.4, 0.7];

export const STAGE_LABEL_PRESETS: Readonly<Record<StageLabelPreset, StageLabels>> = {
  activities: ['Genesis', 'Custom-Built', 'Product (+rental)', 'Commodity (+utility)'],
  practices: ['Novel', 'Emerging', 'Good', 'Best'],
  data: ['Unmodelled', 'Divergent', 'Convergent', 'Modelled'],
  knowledge: ['Concept', 'Hypothesis', 'Theory', 'Accepted'],
};

/** Roman numerals for messages ("stage IV"). */
export const STAGE_NUMERALS: Readonly<Record<Stage, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** Within this distance of a boundary a placement is a judgment call (DOCTRINE.md). */
export const BOUNDARY_MARGIN = 0.03;

/** The stage of an evolution value: a value on a boundary belongs to the stage it begins. */
export function stageOf(evolution: number, boundaries: StageBoundaries = DEFAULT_BOUNDARIES): Stage {
  if (evolution >= boundaries[2]) return 4;
  if (evolution >= boundaries[1]) return 3;
  if (evolution >= boundaries[0]) return 2;
  return 1;
}

export function stageBoundaries(map: Pick<WardleyMap, 'stages'>): StageBoundaries {
  return map.stages?.boundaries ?? DEFAULT_BOUNDARIES;
}

export function stageLabels(map: Pick<WardleyMap, 'stages'>): StageLabels {
  const labels = map.stages?.labels;
  if (labels === undefined) return STAGE_LABEL_PRESETS.activities;
  return typeof labels === 'string' ? STAGE_LABEL_PRESETS[labels] : labels;
}

/** True when `evolution` is within BOUNDARY_MARGIN of any stage boundary. */
export function nearBoundary(evolution: number, boundaries: StageBoundaries = DEFAULT_BOUNDARIES): boolean {
  // A tiny epsilon so 0.43 counts as near 0.40 despite binary floating point.
  return boundaries.some((b) => Math.abs(evolution - b) <= BOUNDARY_MARGIN + 1e-9);
}
