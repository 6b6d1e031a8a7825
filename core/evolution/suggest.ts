// Answers → where the component sits: each answer stands for the middle of its stage band (on
// the map's own boundaries), the suggestion is their mean, and the spread says how much the
// rows disagree, so a room sees whether it agrees before it moves anything.
import { DEFAULT_BOUNDARIES, stageOf, type Stage, type StageBoundaries } from '../doctrine/stages.ts';
import { EVOLUTION_ROW_IDS, type EvolutionAnswers } from './cheat-sheet.ts';

export interface EvolutionSuggestion {
  /** How many rows were answered. */
  answered: number;
  stage: Stage;
  /** Suggested evolution value, 0…1, rounded to 3 decimals. */
  evolution: number;
  /** Lowest and highest stage chosen. */
  range: [Stage, Stage];
  /** Standard deviation of the chosen stages, in stages (0 = every row agrees). */
  spread: number;
}

/** The middle of each stage band on these boundaries. */
export function stageMiddles(boundaries: StageBoundaries = DEFAULT_BOUNDARIES): [number, number, number, number] {
  const [a, b, c] = boundaries;
  return [a / 2, (a + b) / 2, (b + c) / 2, (c + 1) / 2];
}

/** The answers that name a known row and a stage 1–4, in cheat-sheet order. */
export function validAnswers(answers: unknown): [string, Stage][] {
  if (typeof answers !== 'object' || answers === null) return [];
  const record = answers as Record<string, unknown>;
  return EVOLUTION_ROW_IDS.filter((id) => Object.hasOwn(record, id))
    .map((id): [string, unknown] => [id, record[id]])
    .filter((e): e is [string, Stage] => e[1] === 1 || e[1] === 2 || e[1] === 3 || e[1] === 4);
}

/** The suggestion for these answers, or undefined when none is usable. */
export function suggestEvolution(
  answers: EvolutionAnswers,
  boundaries: StageBoundaries = DEFAULT_BOUNDARIES,
): EvolutionSuggestion | undefined {
  const stages = validAnswers(answers).map(([, s]) => s);
  if (stages.length === 0) return undefined;
  const middles = stageMiddles(boundaries);
  const evolution =
    Math.round((stages.reduce((sum, s) => sum + (middles[s - 1] ?? 0), 0) / stages.length) * 1000) / 1000;
  const mean = stages.reduce((sum, s) => sum + s, 0) / stages.length;
  const variance = stages.reduce((sum, s) => sum + (s - mean) ** 2, 0) / stages.length;
  return {
    answered: stages.length,
    stage: stageOf(evolution, boundaries),
    evolution,
    range: [Math.min(...stages) as Stage, Math.max(...stages) as Stage],
    spread: Math.round(Math.sqrt(variance) * 100) / 100,
  };
}
