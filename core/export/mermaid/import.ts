// importMermaid: a Mermaid `wardley-beta` diagram → a Mapwright map. Anchors become users,
// components keep their sourcing and inertia, `->` links become `uses`, evolve lines, notes,
// numbered annotations and the stage labels with their boundaries come back; whatever has no
// home in the map (pipelines, accelerators, link labels, …) is reported with its line.
import { STAGE_LABEL_PRESETS, DEFAULT_BOUNDARIES } from '../../doctrine/stages.ts';
import { slugOf, uniqueId } from '../../model/ids.ts';
import type { Annotation, Diagnostic, MapNode, WardleyMap } from '../../model/types.ts';
import { ANNOTATION_X, MAP_X, NODE_X } from '../owm/extensions.ts';

export type MermaidImport = { ok: true; map: WardleyMap; warnings: Diagnostic[] } | { ok: false; errors: Diagnostic[] };

const NUM = String.raw`(-?\d+(?:\.\d+)?)`;
const AT = String.raw`\[\s*${NUM}\s*,\s*${NUM}\s*\]`;
const NAME = String.raw`("(?:[^"\\]|\\.)*"|[^"\[\]()\->;]+?)`;
const LABEL = String.raw`(?:\s*label\s*\[\s*(-?\d+)\s*,\s*(-?\d+)\s*\])?`;
const NODE = new RegExp(
  String.raw`^(anchor|component)\s+${NAME}\s*${AT}${LABEL}\s*(?:\((build|buy|outsource|market)\))?\s*(\(inertia\)|inertia)?$`,
);
/** A component inside a pipeline block: only its evolution; it sits at the pipeline's visibility. */
const PIPED = new RegExp(String.raw`^component\s+${NAME}\s*\[\s*${NUM}\s*\]${LABEL}$`);
const PIPELINE = new RegExp(String.raw`^pipeline\s+${NAME}\s*\{$`);
const LINK = new RegExp(String.raw`^${NAME}\s*->\s*${NAME}\s*(?:;\s*(.*))?$`);
const EVOLVE = new RegExp(String.raw`^evolve\s+${NAME}\s+${NUM}$`);
const NOTE = new RegExp(String.raw`^note\s+("(?:[^"\\]|\\.)*")\s*${AT}$`);
const NUMBERED = new RegExp(String.raw`^annotation\s+(\d+)\s*,\s*${AT}\s*("(?:[^"\\]|\\.)*")$`);
const LEGEND = new RegExp(String.raw`^annotations\s*${AT}$`);
const SIZE = /^size\s*\[\s*(\d+)\s*,\s*(\d+)\s*\]$/;
const STAGE = new RegExp(String.raw`^${NAME}\s*@\s*${NUM}$`);

interface Reader {
  map: WardleyMap;
  ids: Map<string, string>;
  warnings: Diagnostic[];
  links: [number, string, string][];
  evolves: [number, string, number][];
  /** The name of the pipeline whose block is open. */
  pipeline: string | undefined;
}

export function importMermaid(text: string): MermaidImport {
  const lines = fencedDiagram(text.replace(/^\uFEFF/, '').split(/\r?\n/));
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
  if (first < 0 || lines[first]?.trim() !== 'wardley-beta')
    return {
      ok: false,
      errors: [problem(first + 1, 'error', 'not-wardley', 'a Mermaid wardley diagram starts with `wardley-beta`')],
    };
  const r: Reader = {
    map: { version: 1, title: 'Untitled map', nodes: {} },
    ids: new Map(),
    warnings: [],
    links: [],
    evolves: [],
    pipeline: undefined,
  };
  for (let i = first + 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line !== '' && !line.startsWith('%%')) readLine(r, line, i + 1);
  }
  for (const [line, from, to] of r.links) addLink(r, line, from, to);
  for (const [line, name, evolution] of r.evolves) {
    const node = r.map.nodes[r.ids.get(name) ?? ''];
    if (node) node.evolve = evolution;
    else
      r.warnings.push(problem(line, 'warning', 'unknown-node', `evolve names '${name}', which is not on the diagram`));
  }
  return { ok: true, map: r.map, warnings: r.warnings };
}

/**
 * Markdown holding the diagram in a ```mermaid fence (what `export mermaid --fence` writes, a README
 * or an ADR): the lines of the first such block whose diagram is a wardley one, the others blanked
 * so every line number stays the file's own. Text that is not Markdown is read as it is.
 */
function fencedDiagram(lines: string[]): string[] {
  const content = (from: number) => lines.slice(from).find((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
  const open = lines.findIndex(
    (l, i) => /^\s*(```|~~~)\s*mermaid\s*$/.test(l) && content(i + 1)?.trim() === 'wardley-beta',
  );
  if (open < 0) return lines;
  const fence = (lines[open] ?? '').trim().slice(0, 3);
  const close = lines.findIndex((l, i) => i > open && l.trim().startsWith(fence));
  return lines.map((l, i) => (i > open && (close < 0 || i < close) ? l : ''));
}

function readLine(r: Reader, line: string, at: number): void {
  let m: RegExpExecArray | null;
  if (r.pipeline !== undefined) return readPipelineLine(r, line, at);
  if (line.startsWith('title ')) r.map.title = line.slice(6).trim() || r.map.title;
  else if ((m = NODE.exec(line))) addNode(r, at, m);
  else if ((m = PIPELINE.exec(line))) {
    r.pipeline = nameOf(m[1]);
    r.warnings.push(problem(at, 'warning', 'dropped', `the pipeline ${r.pipeline} is not kept: its components are`));
  } else if ((m = LINK.exec(line))) {
    r.links.push([at, nameOf(m[1]), nameOf(m[2])]);
    if (m[3]) r.warnings.push(problem(at, 'warning', 'dropped', `the link's label '${m[3]}' has no place in the map`));
  } else if ((m = EVOLVE.exec(line))) r.evolves.push([at, nameOf(m[1]), Number(m[2])]);
  else if ((m = NOTE.exec(line)))
    annotate(r, { text: nameOf(m[1]), visibility: Number(m[2]), evolution: Number(m[3]) });
  else if ((m = NUMBERED.exec(line)))
    annotate(r, {
      text: nameOf(m[4]),
      visibility: Number(m[2]),
      evolution: Number(m[3]),
      [ANNOTATION_X.number]: Number(m[1]),
    });
  else if ((m = LEGEND.exec(line))) r.map[MAP_X.legend] = [Number(m[1]), Number(m[2])];
  else if ((m = SIZE.exec(line))) r.map[MAP_X.size] = [Number(m[1]), Number(m[2])];
  else if (line.startsWith('evolution ')) readStages(r, line.slice(10), at);
  else r.warnings.push(problem(at, 'warning', 'dropped', `'${line}' has no place in the map; not imported`));
}

function readPipelineLine(r: Reader, line: string, at: number): void {
  const m = PIPED.exec(line);
  const parent = r.map.nodes[r.ids.get(r.pipeline ?? '') ?? ''];
  if (line === '}') r.pipeline = undefined;
  else if (m && parent) placeNode(r, at, 'component', nameOf(m[1]), [parent.visibility, Number(m[2])], [m[3], m[4]]);
  else r.warnings.push(problem(at, 'warning', 'dropped', `'${line}' has no place in the map; not imported`));
}

function addNode(r: Reader, at: number, m: RegExpExecArray): void {
  const node = placeNode(
    r,
    at,
    m[1] === 'anchor' ? 'user' : 'component',
    nameOf(m[2]),
    [Number(m[3]), Number(m[4])],
    [m[5], m[6]],
  );
  if (!node) return;
  const sourcing = m[7];
  if (sourcing === 'market')
    r.warnings.push(problem(at, 'warning', 'dropped', `'${node.name}' is a market: kept as a component`));
  else if (sourcing) node.sourcing = sourcing as NonNullable<MapNode['sourcing']>;
  if (m[8]) node.inertia = true;
}

function placeNode(
  r: Reader,
  at: number,
  kind: MapNode['kind'],
  name: string,
  [visibility, evolution]: [number, number],
  label: [string | undefined, string | undefined],
): MapNode | undefined {
  if (r.ids.has(name)) {
    r.warnings.push(
      problem(at, 'warning', 'duplicate', `'${name}' is already on the diagram; this line is not imported`),
    );
    return undefined;
  }
  if (!inUnit(visibility) || !inUnit(evolution)) {
    r.warnings.push(problem(at, 'warning', 'position', `'${name}' sits outside 0…1; not imported`));
    return undefined;
  }
  const id = uniqueId(slugOf(name), (id) => Object.hasOwn(r.map.nodes, id));
  const node: MapNode = { kind, name, evolution, visibility };
  if (label[0] !== undefined && label[1] !== undefined) node[NODE_X.label] = [Number(label[0]), Number(label[1])];
  r.ids.set(name, id);
  r.map.nodes[id] = node;
  return node;
}

function addLink(r: Reader, at: number, from: string, to: string): void {
  const a = r.ids.get(from);
  const b = r.ids.get(to);
  const node = a === undefined ? undefined : r.map.nodes[a];
  if (!node || b === undefined) {
    r.warnings.push(
      problem(at, 'warning', 'unknown-node', `the link ${from} -> ${to} names a node not on the diagram`),
    );
    return;
  }
  if (a === b || node.uses?.includes(b)) return;
  node.uses = [...(node.uses ?? []), b];
}

function annotate(r: Reader, annotation: Annotation): void {
  r.map.annotations = [...(r.map.annotations ?? []), annotation];
}

/** `evolution A@0.175 -> B@0.4 -> C@0.7 -> D@1.0`: four labels, each with the end of its stage. */
function readStages(r: Reader, text: string, at: number): void {
  const stages = text.split('->').map((s) => STAGE.exec(s.trim()) ?? s.trim());
  const parsed = stages.filter((s): s is RegExpExecArray => typeof s !== 'string');
  const named = stages.map((s) => (typeof s === 'string' ? s : nameOf(s[1])));
  if (named.length !== 4 || named.some((n) => n === '')) {
    r.warnings.push(
      problem(at, 'warning', 'stages', 'the map has four stages; these evolution labels are not imported'),
    );
    return;
  }
  const labels = named as [string, string, string, string];
  const preset = Object.entries(STAGE_LABEL_PRESETS).find(([, l]) => l.every((x, i) => x === labels[i]))?.[0];
  const ends = parsed.length === 4 ? parsed.slice(0, 3).map((s) => Number(s[2])) : [...DEFAULT_BOUNDARIES];
  const rising = ends.every((e, i) => e > 0 && e < 1 && (i === 0 || e > (ends[i - 1] ?? 0)));
  const stages_: NonNullable<WardleyMap['stages']> = { labels: (preset as 'activities' | undefined) ?? labels };
  if (rising && ends.some((e, i) => e !== DEFAULT_BOUNDARIES[i])) stages_.boundaries = ends as [number, number, number];
  if (preset === 'activities' && stages_.boundaries === undefined) return;
  r.map.stages = stages_;
}

function nameOf(raw: string | undefined): string {
  const s = (raw ?? '').trim();
  if (!s.startsWith('"')) return s;
  return s.slice(1, -1).replace(/\\(.)/g, '$1');
}

function inUnit(n: number): boolean {
  return n >= 0 && n <= 1;
}

function problem(line: number, severity: Diagnostic['severity'], rule: string, message: string): Diagnostic {
  return { line, column: 1, severity, rule: `mermaid/${rule}`, message };
}
