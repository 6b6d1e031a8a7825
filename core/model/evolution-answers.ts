// placeByAnswers: the questionnaire's accept, as one operation (one undo step): the node moves
// to the evolution its cheat-sheet answers suggest and the answers are recorded on it.
import type { YAMLMap } from 'yaml';
import type { MapDocument } from '../format/parse.ts';
import { roundCoordinate } from '../format/style.ts';
import { stageBoundaries } from '../doctrine/stages.ts';
import { EVOLUTION_ANSWERS_FIELD, suggestEvolution, validAnswers, type EvolutionAnswers } from '../evolution/index.ts';
import { commitChanges, editFailed, type EditResult } from './commit.ts';
import { assignNodeField } from './yaml-node.ts';

export function placeByAnswers(document: MapDocument, id: string, answers: EvolutionAnswers): EditResult {
  const node = Object.hasOwn(document.map.nodes, id) ? document.map.nodes[id] : undefined;
  if (!node) return editFailed('edit/missing', `there is no node '${id}' on the map`, id);
  const suggestion = suggestEvolution(answers, stageBoundaries(document.map));
  if (!suggestion) return editFailed('edit/answers', 'answer at least one row of the cheat sheet', id);
  // Cheat-sheet order, only rows that exist, so the file reads the same whoever answered first.
  const recorded = Object.fromEntries(validAnswers(answers));
  const update = new Map([
    [
      id,
      (n: YAMLMap) => {
        assignNodeField(n, 'evolution', roundCoordinate(suggestion.evolution));
        assignNodeField(n, EVOLUTION_ANSWERS_FIELD, recorded);
      },
    ],
  ]);
  return commitChanges(document, { update }, [id]);
}
