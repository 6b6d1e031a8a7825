// exportMermaid: a Mapwright map → a Mermaid `wardley-beta` diagram, text that renders in a
// GitHub README or an ADR, plus a warning for everything the diagram syntax cannot carry.
// Grammar: @mermaid-js/parser's wardley language (Mermaid 11.14+); coordinates are
// [visibility, evolution] in 0…1, names are bare words or double-quoted strings.
import type { Annotation, Diagnostic, WardleyMap } from '../../model/types.ts';
import { nodeIndex } from '../../model/types.ts';
import { stageBoundaries, stageLabels } from '../../doctrine/stages.ts';
import { ANNOTATION_X, isPair, MAP_X, recordsOf } from '../owm/extensions.ts';
import { exportNames, mermaidName, mermaidNumber, mermaidWarning, quoted } from './names.ts';
import { nodeSections } from './nodes.ts';

export interface MermaidExport {
  /** The diagram, starting `wardley-beta`, ready to go inside a ```mermaid fence. */
  text: string;
  warnings: Diagnostic[];
}

/** Map fields with a home in the diagram; any other map field is reported as not exported. */
const EXPORTED_MAP_FIELDS = new Set(['version', 'title', 'stages', 'nodes', 'annotations', MAP_X.size, MAP_X.legend]);
const MAPPED_X = new Set<string>([MAP_X.accelerators]);

export function exportMermaid(map: WardleyMap): MermaidExport {
  const warnings: Diagnostic[] = [];
  const names = exportNames(map, warnings);
  const nodes = nodeSections(map, names, warnings);
  const sections = [
    ['wardley-beta', titleLine(map.title, warnings), evolutionLine(map), ...sizeLine(map)],
    nodes.elements,
    nodes.links,
    nodes.evolves,
    [...annotationLines(map, warnings), ...acceleratorLines(map)],
  ];
  reportDroppedMapFields(map, warnings);
  const text = `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
  return { text, warnings };
}

/** Wraps the diagram in a ```mermaid fence for Markdown. */
export function fencedMermaid(text: string): string {
  return `\`\`\`mermaid\n${text.endsWith('\n') ? text : `${text}\n`}\`\`\`\n`;
}

function titleLine(title: string, warnings: Diagnostic[]): string {
  // `%%` starts a comment anywhere on a title line; a line break would end the title.
  const safe = title.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  const text = safe.replace(/%%/g, '% %');
  if (text !== safe) warnings.push(mermaidWarning('title', "the title's '%%' would start a comment; written as '% %'"));
  return `title ${text}`;
}

/** The map's stage labels with their boundaries (Mermaid's own default is quarters). */
function evolutionLine(map: WardleyMap): string {
  const labels = stageLabels(map);
  const ends = [...stageBoundaries(map), 1];
  return `evolution ${labels.map((l, i) => `${mermaidName(l)}@${mermaidNumber(ends[i] ?? 1)}`).join(' -> ')}`;
}

function sizeLine(map: WardleyMap): string[] {
  const size = map[MAP_X.size];
  if (!isPair(size) || !size.every((n) => Number.isInteger(n) && n > 0)) return [];
  return [`size [${size[0]}, ${size[1]}]`];
}

function annotationLines(map: WardleyMap, warnings: Diagnostic[]): string[] {
  const index = nodeIndex(map);
  const lines = (map.annotations ?? []).map((a, i) => {
    if (a.kind !== undefined && a.kind !== 'note')
      warnings.push(
        mermaidWarning('dropped', `annotation ${i + 1}: Mermaid has no '${a.kind}' kind; exported as a note`),
      );
    if (a.nodes !== undefined)
      warnings.push(mermaidWarning('dropped', `annotation ${i + 1}: the nodes it is attached to are not exported`));
    const first = a.nodes?.map((id) => index.get(id)).find((n) => n !== undefined);
    let at = '[0.5, 0.5]';
    if (a.visibility !== undefined && a.evolution !== undefined)
      at = `[${mermaidNumber(a.visibility)}, ${mermaidNumber(a.evolution)}]`;
    else if (first) at = `[${mermaidNumber(first.visibility)}, ${mermaidNumber(first.evolution)}]`;
    else
      warnings.push(mermaidWarning('position', `annotation ${i + 1} has no place on the map; exported at [0.5, 0.5]`));
    return numbered(a, at) ?? `note ${quoted(a.text)} ${at}`;
  });
  const legend = map[MAP_X.legend];
  if (isPair(legend)) lines.push(`annotations [${mermaidNumber(legend[0])}, ${mermaidNumber(legend[1])}]`);
  return lines;
}

function numbered(a: Annotation, at: string): string | undefined {
  const n = a[ANNOTATION_X.number];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
  return `annotation ${n},${at} ${quoted(a.text)}`;
}

function acceleratorLines(map: WardleyMap): string[] {
  const lines: string[] = [];
  for (const a of recordsOf(map[MAP_X.accelerators])) {
    const kind = a['kind'] === 'deaccelerator' ? 'deaccelerator' : 'accelerator';
    const v = Number(a['visibility']);
    const m = Number(a['maturity']);
    const name = typeof a['name'] === 'string' && a['name'] !== '' ? a['name'] : kind;
    if (Number.isFinite(v) && Number.isFinite(m))
      lines.push(`${kind} ${mermaidName(name)} [${mermaidNumber(v)}, ${mermaidNumber(m)}]`);
  }
  return lines;
}

function reportDroppedMapFields(map: WardleyMap, warnings: Diagnostic[]): void {
  const dropped = Object.keys(map).filter((k) => !EXPORTED_MAP_FIELDS.has(k) && !MAPPED_X.has(k));
  if (dropped.length > 0)
    warnings.push(mermaidWarning('dropped', `Mermaid has no place for the map's ${dropped.join(', ')}; not exported`));
}
