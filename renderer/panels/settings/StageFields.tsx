// Stage labels (a preset or four of your own) and the three boundaries between the stages.
import { DEFAULT_BOUNDARIES, STAGE_LABEL_PRESETS, stageLabels } from '../../../core/doctrine/stages.ts';
import * as settings from '../../../core/model/map-settings.ts';
import type { Stages } from '../../../core/model/types.ts';
import { applyEdit } from '../../store/edits.ts';
import { NumberField, SelectField, TextField } from '../fields.tsx';

const PRESETS = Object.keys(STAGE_LABEL_PRESETS) as (keyof typeof STAGE_LABEL_PRESETS)[];
const STAGE_NAMES = ['I', 'II', 'III', 'IV'];
const BOUNDARY_NAMES = ['II', 'III', 'IV'];

export function StageFields({ stages }: { stages: Stages | undefined }) {
  const labels = stages?.labels;
  const choice = labels === undefined ? '' : typeof labels === 'string' ? labels : 'custom';
  const shown = stageLabels({ stages });
  const boundaries = stages?.boundaries ?? DEFAULT_BOUNDARIES;
  const setLabels = (v: settings.StageLabelsValue | undefined) => applyEdit((d) => settings.setStageLabels(d, v));
  const setCustom = (i: number, text: string) => {
    const next = [...shown] as [string, string, string, string];
    next[i] = text.trim();
    setLabels(next);
  };
  const setBoundary = (i: number, value: number | undefined) => {
    const next = [...boundaries] as [number, number, number];
    next[i] = value ?? DEFAULT_BOUNDARIES[i] ?? 0;
    applyEdit((d) => settings.setStageBoundaries(d, next));
  };
  return (
    <fieldset className="settings-group">
      <legend>Stages</legend>
      <SelectField
        label="Stage labels"
        value={choice}
        options={[
          ['', 'activities (default)'],
          ...PRESETS.filter((p) => p !== 'activities').map((p) => [p, p] as const),
          ['activities', 'activities (written out)'],
          ['custom', 'your own…'],
        ]}
        onChange={(v) =>
          setLabels(
            v === ''
              ? undefined
              : v === 'custom'
                ? ([...shown] as [string, string, string, string])
                : (v as settings.StageLabelsValue),
          )
        }
      />
      {choice === 'custom' &&
        shown.map((label, i) => (
          <TextField
            key={i}
            label={`Stage ${STAGE_NAMES[i] ?? ''} label`}
            value={label}
            onCommit={(v) => setCustom(i, v)}
          />
        ))}
      {boundaries.map((b, i) => (
        <NumberField
          key={i}
          label={`Stage ${BOUNDARY_NAMES[i] ?? ''} from`}
          value={b}
          onCommit={(v) => setBoundary(i, v)}
        />
      ))}
    </fieldset>
  );
}
