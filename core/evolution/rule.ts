// Doctrine: a node whose recorded answers put it more than a stage away from where it is drawn.
// Either the map moved after the workshop or the answers are stale; the file should say which.
import { ANSWERS, eachEntry } from '../doctrine/columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from '../doctrine/finding.ts';
import { stageOf, STAGE_NUMERALS } from '../doctrine/stages.ts';
import { EVOLUTION_ANSWERS_FIELD } from './answers.ts';
import { suggestEvolution } from './suggest.ts';

export const answersDisagree: DoctrineRule = {
  ids: ['evolution/answers-disagree'],
  reason: 'the recorded cheat-sheet answers and the position should tell the same story',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    // Only the nodes whose flags say they have answers are opened (columns.ts).
    eachEntry(context, { all: ANSWERS }, (id, node) => {
      const answers = node[EVOLUTION_ANSWERS_FIELD];
      if (answers === undefined) return;
      const suggestion = suggestEvolution(answers, context.boundaries);
      if (!suggestion) return;
      const drawn = stageOf(node.evolution, context.boundaries);
      if (Math.abs(drawn - suggestion.stage) <= 1) return;
      const message = `drawn in stage ${STAGE_NUMERALS[drawn]} (${node.evolution}) but its recorded answers say stage ${STAGE_NUMERALS[suggestion.stage]} (${suggestion.evolution}): move it, or revisit the answers`;
      out.push(nodeFinding('evolution/answers-disagree', 'warning', id, ['nodes', id, 'evolution'], message));
    });
    return out;
  },
};
