export {
  EVOLUTION_ROWS,
  EVOLUTION_ROW_IDS,
  type EvolutionAnswers,
  type EvolutionRow,
  type EvolutionRowId,
} from './cheat-sheet.ts';
export { EVOLUTION_ANSWERS_FIELD } from './answers.ts';
export { stageMiddles, suggestEvolution, validAnswers, type EvolutionSuggestion } from './suggest.ts';
