// "Where does it sit?": walks a group through Wardley's evolution cheat sheet for the selected
// node, one choice per row, and shows where the answers put it and how much they disagree.
// Accept is one core operation (placeByAnswers): the node moves and the answers are recorded,
// one undo step, so the file says why the node sits where it does.
import { useMemo, useState } from 'react';
import { stageBoundaries, stageLabels, STAGE_NUMERALS, type Stage } from '../../core/doctrine/stages.ts';
import { EVOLUTION_ROWS, suggestEvolution, validAnswers, type EvolutionAnswers } from '../../core/evolution/index.ts';
import { placeByAnswers } from '../../core/model/evolution-answers.ts';
import type { MapNode } from '../../core/model/types.ts';
import { applyEdit } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import './questionnaire.css';

const STAGES: readonly Stage[] = [1, 2, 3, 4];

export function Questionnaire({ id, node }: { id: string; node: MapNode }) {
  const [open, setOpen] = useState(false);
  if (node.kind === 'user') return null;
  if (!open)
    return (
      <button type="button" className="questionnaire-open" onClick={() => setOpen(true)}>
        Where does it sit?
      </button>
    );
  return <QuestionnaireForm id={id} node={node} close={() => setOpen(false)} />;
}

function QuestionnaireForm({ id, node, close }: { id: string; node: MapNode; close: () => void }) {
  const stages = useMapStore((s) => s.doc.current?.map.stages);
  const [answers, setAnswers] = useState<EvolutionAnswers>(() =>
    Object.fromEntries(validAnswers(node.evolutionAnswers)),
  );
  const boundaries = stageBoundaries({ stages });
  const suggestion = useMemo(() => suggestEvolution(answers, boundaries), [answers, boundaries]);
  const labels = stageLabels({ stages });
  const accept = () => {
    if (applyEdit((d) => placeByAnswers(d, id, answers))) close();
  };
  return (
    <section className="questionnaire" aria-label="Where does it sit?">
      <h3>Where does {node.name} sit?</h3>
      <p className="hint">For each characteristic, pick the description that fits it today.</p>
      {EVOLUTION_ROWS.map((row) => (
        <fieldset key={row.id} className="questionnaire-row">
          <legend title={row.question}>{row.label}</legend>
          {STAGES.map((stage) => (
            <label key={stage} title={labels[stage - 1]}>
              <input
                type="radio"
                name={`q-${id}-${row.id}`}
                checked={answers[row.id] === stage}
                onChange={() => setAnswers({ ...answers, [row.id]: stage })}
              />
              <span className="stage-numeral">{STAGE_NUMERALS[stage]}</span> {row.stages[stage - 1]}
            </label>
          ))}
        </fieldset>
      ))}
      <p className="questionnaire-suggestion" role="status">
        {suggestion
          ? `Suggests stage ${STAGE_NUMERALS[suggestion.stage]} ${labels[suggestion.stage - 1]}, evolution ${suggestion.evolution} (now ${node.evolution}); ${suggestion.answered} of ${EVOLUTION_ROWS.length} rows, stages ${STAGE_NUMERALS[suggestion.range[0]]}–${STAGE_NUMERALS[suggestion.range[1]]}, spread ${suggestion.spread}`
          : 'Answer at least one row.'}
      </p>
      <div className="questionnaire-actions">
        <button type="button" className="primary" disabled={!suggestion} onClick={accept}>
          Accept: move and record answers
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </section>
  );
}
