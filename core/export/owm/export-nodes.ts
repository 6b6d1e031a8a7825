// Nodes → OWM lines: anchors and components (decorators after the coordinates), pipelines,
// `evolve` lines and links. Names come from exportNames, already unique and writable.
import type { Diagnostic, MapNode, WardleyMap } from '../../model/types.ts';
import { nodeEntries } from '../../model/types.ts';
import { exportWarning, isUnwritable, nameToken, writableName } from './export-names.ts';
import { isPair, linkExtrasOf, NODE_X, stringOf } from './extensions.ts';
import { owmNumber } from './syntax.ts';

/** Fields OWM has no place for; each one dropped is reported. */
const DROPPED_FIELDS = ['team', 'data', 'agreements', 'inside', 'note', 'deploy', 'plan', 'ignore'] as const;
const OWM_NODE_FIELDS = new Set<string>(Object.values(NODE_X));

export interface NodeLines {
  elements: string[];
  evolves: string[];
  sourcings: string[];
  links: string[];
}

export function nodeLines(map: WardleyMap, names: ReadonlyMap<string, string>, warnings: Diagnostic[]): NodeLines {
  const out: NodeLines = { elements: [], evolves: [], sourcings: [], links: [] };
  const entries = nodeEntries(map);
  const blockChildren = (parent: string) => entries.filter(([, n]) => n[NODE_X.pipelineOf] === parent);
  for (const [id, node] of entries) {
    reportDropped(id, node, warnings);
    const parent = stringOf(node[NODE_X.pipelineOf]);
    const inBlock = parent !== undefined && map.nodes[parent]?.[NODE_X.pipeline] === 'block';
    if (parent !== undefined && !inBlock)
      warnings.push(
        exportWarning(
          'pipeline',
          `'${node.name}' belongs to a pipeline that is gone; exported as a plain component`,
          id,
        ),
      );
    if (!inBlock) out.elements.push(elementLine(node, token(names, id), out));
    if (node[NODE_X.pipeline] === 'block')
      out.elements.push(...pipelineBlock(token(names, id), blockChildren(id), names, out));
    const range = node[NODE_X.pipeline];
    if (isPair(range))
      out.elements.push(`pipeline ${token(names, id)} [${owmNumber(range[0])}, ${owmNumber(range[1])}]`);
    if (node.kind !== 'user' && node.evolve !== undefined) out.evolves.push(evolveLine(node, token(names, id)));
    out.links.push(...linkLines(id, node, names));
  }
  return out;
}

function token(names: ReadonlyMap<string, string>, id: string): string {
  return nameToken(names.get(id) ?? id);
}

function elementLine(node: MapNode, name: string, out: NodeLines): string {
  const coords = `[${owmNumber(node.visibility)}, ${owmNumber(node.evolution)}]`;
  if (node.kind === 'user') return `anchor ${name} ${coords}`;
  const type = stringOf(node[NODE_X.type]);
  const keyword = type === 'submap' ? 'submap' : 'component';
  return `${keyword} ${name} ${coords}${componentDetails(node, name, out)}`;
}

/** label, inertia, one decorator and a submap's url, in the order OWM writes them. */
function componentDetails(node: MapNode, name: string, out: NodeLines): string {
  let details = '';
  const label = node[NODE_X.label];
  if (isPair(label)) details += ` label [${label[0]}, ${label[1]}]`;
  if (node.inertia === true) details += ' inertia';
  const type = stringOf(node[NODE_X.type]);
  const typeDecorator = type === 'market' || type === 'ecosystem' ? type : undefined;
  if (typeDecorator !== undefined) details += ` (${typeDecorator})`;
  if (node.sourcing !== undefined) {
    // OWM keeps one decorator per line: a market's sourcing goes on an older `build X` line.
    if (typeDecorator === undefined && type !== 'submap') details += ` (${node.sourcing})`;
    else out.sourcings.push(`${node.sourcing} ${name}`);
  }
  const url = stringOf(node[NODE_X.url]);
  if (type === 'submap' && url !== undefined) details += ` url(${url})`;
  return details;
}

function pipelineBlock(
  name: string,
  children: [string, MapNode][],
  names: ReadonlyMap<string, string>,
  out: NodeLines,
): string[] {
  const lines = [`pipeline ${name}`, '{'];
  for (const [id, child] of children) {
    const full = elementLine(child, token(names, id), out);
    // Children sit on the pipeline's line: they take a maturity only.
    lines.push(`  ${full.replace(/\[[^\]]*\]/, `[${owmNumber(child.evolution)}]`)}`);
  }
  lines.push('}');
  return lines;
}

function evolveLine(node: MapNode, name: string): string {
  let line = `evolve ${name}`;
  const target = stringOf(node[NODE_X.evolveName]);
  if (target !== undefined) line += `->${nameToken(isUnwritable(target) ? writableName(target) : target)}`;
  line += ` ${owmNumber(node.evolve ?? 0)}`;
  const label = node[NODE_X.evolveLabel];
  if (isPair(label)) line += ` label [${label[0]}, ${label[1]}]`;
  const decorator = stringOf(node[NODE_X.evolveDecorator]);
  if (decorator !== undefined && /^[a-z]+$/.test(decorator)) line += ` (${decorator})`;
  return line;
}

function linkLines(id: string, node: MapNode, names: ReadonlyMap<string, string>): string[] {
  const extras = linkExtrasOf(node[NODE_X.links]);
  return (node.uses ?? []).map((target) => {
    const extra = extras.find((e) => e.to === target);
    const flow =
      extra?.flow !== undefined && /^(\+<>|\+<|\+>|\+'[^'\n]*'(<>|<|>))$/.test(extra.flow) ? extra.flow : '->';
    const context = extra?.context !== undefined ? `; ${extra.context.replace(/\s+/g, ' ')}` : '';
    return `${token(names, id)}${flow}${token(names, target)}${context}`;
  });
}

function reportDropped(id: string, node: MapNode, warnings: Diagnostic[]): void {
  const dropped: string[] = DROPPED_FIELDS.filter((f) => node[f] !== undefined);
  if (node.kind === 'need')
    warnings.push(exportWarning('need', `'${node.name}' is a need; OWM has no needs, exported as a component`, id));
  if (node.kind === 'user')
    dropped.push(...(['sourcing', 'evolve', 'inertia'] as const).filter((f) => node[f] !== undefined));
  if (node.url !== undefined && node[NODE_X.url] === undefined) dropped.push('url');
  dropped.push(...Object.keys(node).filter((k) => k.startsWith('x-') && !OWM_NODE_FIELDS.has(k)));
  if (dropped.length > 0)
    warnings.push(
      exportWarning('dropped', `'${node.name}': OWM has no place for ${dropped.join(', ')}; not exported`, id),
    );
}
