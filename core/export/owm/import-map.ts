// OWM statements about the whole map: title, stage labels, notes and annotations, and the
// presentation settings Mapwright keeps as `x-owm-*` fields.
import type { Annotation } from '../../model/types.ts';
import { STAGE_LABEL_PRESETS, type StageLabelPreset } from '../../doctrine/stages.ts';
import { ANNOTATION_X, MAP_X } from './extensions.ts';
import { displayText, keepLine, keepOnMap, unitValue, warn, type ImportState } from './import-state.ts';
import type { Located } from './import-nodes.ts';
import type { Statement } from './statements.ts';

type Of<K extends Statement['type']> = Located<Extract<Statement, { type: K }>>;

export function applyTitle(state: ImportState, st: Of<'title'>): void {
  if (state.title !== undefined) {
    warn(state, st.line, 'second-title', 'a second title line; OWM uses the first, so does Mapwright');
    return;
  }
  const text = displayText(state, st.text, st.line, 'title');
  if (text !== '') state.title = text;
}

export function applyEvolution(state: ImportState, st: Of<'evolution'>): void {
  const labels = st.labels.map((l) => displayText(state, l, st.line, 'stage label'));
  if (labels.length !== 4 || labels.some((l) => l === '')) {
    keepLine(state, st.line, st.source, 'evolution needs exactly four labels');
    return;
  }
  const preset = (Object.keys(STAGE_LABEL_PRESETS) as StageLabelPreset[]).find((p) =>
    STAGE_LABEL_PRESETS[p].every((l, i) => l === labels[i]),
  );
  state.stages = { labels: preset ?? [labels[0] ?? '', labels[1] ?? '', labels[2] ?? '', labels[3] ?? ''] };
}

export function applyNote(state: ImportState, st: Of<'note'>): void {
  state.annotations.push({
    kind: 'note',
    text: st.text,
    visibility: unitValue(state, st.coords[0], st.line, 'visibility'),
    evolution: unitValue(state, st.coords[1], st.line, 'maturity'),
  });
}

export function applyAnnotation(state: ImportState, st: Of<'annotation'>): void {
  const points = st.points.map(([v, m]) => [
    unitValue(state, v, st.line, 'visibility'),
    unitValue(state, m, st.line, 'maturity'),
  ]);
  const [first] = points;
  const a: Annotation = {
    text: st.text,
    visibility: first?.[0] ?? 0,
    evolution: first?.[1] ?? 0,
    [ANNOTATION_X.number]: st.number,
  };
  if (points.length > 1) a[ANNOTATION_X.points] = points;
  state.annotations.push(a);
  warn(
    state,
    st.line,
    'extension',
    `annotation ${st.number}: its number${points.length > 1 ? ' and extra points' : ''} kept as x-owm fields`,
  );
}

/** Statements with no Mapwright field at all: kept on the map as `x-owm-*`. */
export function applyMapExtension(state: ImportState, st: Located<Statement>): void {
  switch (st.type) {
    case 'annotations':
      state.extensions[MAP_X.legend] = st.coords;
      break;
    case 'url':
      keepOnMap(state, MAP_X.urls, { name: st.name, url: st.url });
      break;
    case 'accelerator':
      keepOnMap(state, MAP_X.accelerators, {
        kind: st.kind,
        name: st.name,
        visibility: st.coords[0],
        maturity: st.coords[1],
      });
      break;
    case 'pst':
      keepOnMap(state, MAP_X.pst, { kind: st.kind, box: st.box });
      break;
    case 'setting':
      state.extensions[settingKey(st.key)] = st.value;
      break;
    default:
      return;
  }
  warn(
    state,
    st.line,
    'extension',
    `'${st.source.split(/\s/)[0] ?? ''}' has no Mapwright equivalent; kept as x-owm fields`,
  );
}

function settingKey(key: 'style' | 'size' | 'valuechain' | 'y-axis'): string {
  return { style: MAP_X.style, size: MAP_X.size, valuechain: MAP_X.valuechain, 'y-axis': MAP_X.yAxis }[key];
}
