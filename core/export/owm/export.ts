// exportOwm: a Mapwright map → OnlineWardleyMaps text that its parser reads back with the same
// meaning (OWM.md, "Writing it back"), plus a warning for everything OWM cannot carry.
import type { Annotation, Diagnostic, WardleyMap } from '../../model/types.ts';
import { nodeIndex } from '../../model/types.ts';
import { DEFAULT_BOUNDARIES, stageLabels } from '../../doctrine/stages.ts';
import { exportNames, exportWarning, nameToken } from './export-names.ts';
import { nodeLines } from './export-nodes.ts';
import { ANNOTATION_X, isPair, MAP_X, recordsOf, stringOf, stringsOf } from './extensions.ts';
import { owmNumber, quoteName } from './syntax.ts';

export interface OwmExport {
  text: string;
  warnings: Diagnostic[];
}

const OWM_MAP_FIELDS = new Set<string>(Object.values(MAP_X));

export function exportOwm(map: WardleyMap): OwmExport {
  const warnings: Diagnostic[] = [];
  const names = exportNames(map, warnings);
  const nodes = nodeLines(map, names, warnings);
  // Title first: without it OWM's parser is quadratic, and a later `title` line breaks it.
  const sections = [
    [`title ${oneLine(map.title)}`, ...stringsOf(map[MAP_X.comments])],
    settingLines(map, warnings),
    nodes.elements,
    nodes.evolves,
    nodes.sourcings,
    nodes.links,
    annotationLines(map, warnings),
    extraLines(map),
  ];
  reportDroppedMapFields(map, warnings);
  const text = `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
  return { text, warnings };
}

function settingLines(map: WardleyMap, warnings: Diagnostic[]): string[] {
  const lines: string[] = [];
  const labels = map.stages?.labels;
  if (labels !== undefined && labels !== 'activities')
    lines.push(`evolution ${stageLabels(map).map(oneLine).join('->')}`);
  const b = map.stages?.boundaries;
  if (b && b.some((v, i) => v !== DEFAULT_BOUNDARIES[i])) {
    warnings.push(
      exportWarning(
        'dropped',
        `stage boundaries ${b.join(' / ')} are not exported: OWM always draws 0.175 / 0.40 / 0.70`,
      ),
    );
  }
  const yAxis = stringsOf(map[MAP_X.yAxis]);
  if (yAxis.length > 0) lines.push(`y-axis ${yAxis.map(oneLine).join('->')}`);
  const style = stringOf(map[MAP_X.style]);
  if (style !== undefined) lines.push(`style ${oneLine(style)}`);
  const size = map[MAP_X.size];
  if (isPair(size)) lines.push(`size [${size[0]}, ${size[1]}]`);
  const valuechain = stringOf(map[MAP_X.valuechain]);
  if (valuechain !== undefined) lines.push(`valuechain ${oneLine(valuechain)}`);
  return lines;
}

function annotationLines(map: WardleyMap, warnings: Diagnostic[]): string[] {
  const index = nodeIndex(map);
  const lines = (map.annotations ?? []).map((a, i) => {
    const number = a[ANNOTATION_X.number];
    if (a.kind !== undefined && a.kind !== 'note')
      warnings.push(exportWarning('dropped', `annotation ${i + 1}: OWM has no '${a.kind}' kind; exported as a note`));
    if (a.nodes !== undefined)
      warnings.push(exportWarning('dropped', `annotation ${i + 1}: the nodes it is attached to are not exported`));
    let at: [number, number] = [0.5, 0.5];
    const first = a.nodes?.map((id) => index.get(id)).find((n) => n !== undefined);
    if (a.visibility !== undefined && a.evolution !== undefined) at = [a.visibility, a.evolution];
    else if (first) at = [first.visibility, first.evolution];
    else
      warnings.push(exportWarning('position', `annotation ${i + 1} has no place on the map; exported at [0.5, 0.5]`));
    if (typeof number === 'number' && Number.isInteger(number) && number >= 0) return numberedAnnotation(a, number, at);
    return `note ${noteText(a.text)} [${owmNumber(at[0])}, ${owmNumber(at[1])}]`;
  });
  const legend = map[MAP_X.legend];
  if (isPair(legend)) lines.push(`annotations [${owmNumber(legend[0])}, ${owmNumber(legend[1])}]`);
  return lines;
}

function numberedAnnotation(a: Annotation, number: number, at: [number, number]): string {
  const points = Array.isArray(a[ANNOTATION_X.points]) ? (a[ANNOTATION_X.points] as unknown[]).filter(isPair) : [];
  const where =
    points.length > 1
      ? `[${points.map(([v, m]) => `[${owmNumber(v)},${owmNumber(m)}]`).join(',')}]`
      : `[${owmNumber(at[0])}, ${owmNumber(at[1])}]`;
  return `annotation ${number} ${where} ${oneLine(a.text)}`.trimEnd();
}

/** Note text: quoted (with `\n` escapes) when bare text would be cut by a comment or a quote. */
function noteText(text: string): string {
  return /["\\\n]|\/\/|\/\*|^\s|\s$/.test(text) ? quoteName(text) : text;
}

function extraLines(map: WardleyMap): string[] {
  const lines: string[] = [];
  for (const u of recordsOf(map[MAP_X.urls])) {
    const name = stringOf(u['name']);
    if (name !== undefined) lines.push(`url ${oneLine(name)} [${oneLine(String(u['url'] ?? ''))}]`);
  }
  for (const a of recordsOf(map[MAP_X.accelerators])) {
    const kind = a['kind'] === 'deaccelerator' ? 'deaccelerator' : 'accelerator';
    const v = Number(a['visibility']);
    const m = Number(a['maturity']);
    if (Number.isFinite(v) && Number.isFinite(m))
      lines.push(`${kind} ${nameToken(oneLine(String(a['name'] ?? '')))} [${owmNumber(v)}, ${owmNumber(m)}]`);
  }
  for (const p of recordsOf(map[MAP_X.pst])) {
    const kind = stringOf(p['kind']);
    const box = Array.isArray(p['box']) ? p['box'].filter((n): n is number => typeof n === 'number') : [];
    if (kind !== undefined && ['pioneers', 'settlers', 'townplanners'].includes(kind) && box.length === 4)
      lines.push(`${kind} [${box.map(owmNumber).join(', ')}]`);
  }
  lines.push(...stringsOf(map[MAP_X.lines]).map(oneLine));
  return lines;
}

function reportDroppedMapFields(map: WardleyMap, warnings: Diagnostic[]): void {
  const dropped = ['description', 'deployment'].filter((k) => map[k] !== undefined);
  dropped.push(...Object.keys(map).filter((k) => k.startsWith('x-') && !OWM_MAP_FIELDS.has(k)));
  if (dropped.length > 0)
    warnings.push(exportWarning('dropped', `OWM has no place for the map's ${dropped.join(', ')}; not exported`));
}

/** OWM is line oriented: a value that spans lines would become several statements. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
