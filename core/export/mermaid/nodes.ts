// Nodes → `wardley-beta` lines: anchors (users), components (needs too: the syntax has no
// needs), pipelines, links and evolve arrows. Names come from exportNames, already unique.
import { appendTo } from '../../model/lists.ts';
import type { Diagnostic, MapNode, WardleyMap } from '../../model/types.ts';
import { nodeEntries } from '../../model/types.ts';
import { linkExtrasOf, NODE_X, stringOf } from '../owm/extensions.ts';
import { mermaidName, mermaidNumber, mermaidWarning } from './names.ts';

/**
 * The components in each pipeline block, by the pipeline's id, in file order: gathered in one pass
 * (a search of every node per node made the export quadratic).
 */
function blockChildren(
  entries: readonly [string, MapNode][],
  inBlock: (node: MapNode) => boolean,
): Map<string, [string, MapNode][]> {
  const out = new Map<string, [string, MapNode][]>();
  for (const entry of entries) {
    const parent = entry[1][NODE_X.pipelineOf];
    if (typeof parent === 'string' && inBlock(entry[1])) appendTo(out, parent, entry);
  }
  return out;
}

/** Fields the syntax has no place for; each one dropped is reported. */
const DROPPED_FIELDS = ['team', 'inside', 'note', 'url', 'deploy', 'plan', 'ignore'] as const;
/** `x-owm-*` fields this export does carry. */
const CARRIED_X = new Set<string>([NODE_X.label, NODE_X.links, NODE_X.pipeline, NODE_X.pipelineOf]);

export interface NodeSections {
  elements: string[];
  links: string[];
  evolves: string[];
}

export function nodeSections(
  map: WardleyMap,
  names: ReadonlyMap<string, string>,
  warnings: Diagnostic[],
): NodeSections {
  const out: NodeSections = { elements: [], links: [], evolves: [] };
  const entries = nodeEntries(map);
  const inBlock = (node: MapNode) => {
    const parent = stringOf(node[NODE_X.pipelineOf]);
    return parent !== undefined && map.nodes[parent]?.[NODE_X.pipeline] === 'block';
  };
  const name = (id: string) => mermaidName(names.get(id) ?? id);
  const dropped = new Map<string, string[]>();
  const blocks = blockChildren(entries, inBlock);
  for (const [id, node] of entries) {
    for (const field of droppedFields(node)) appendTo(dropped, field, `'${node.name}'`);
    if (!inBlock(node)) out.elements.push(elementLine(node, name(id)));
    const children = blocks.get(id) ?? [];
    if (node.kind !== 'user' && children.length > 0)
      out.elements.push(...pipelineBlock(name(id), children, name, warnings));
    else if (node[NODE_X.pipeline] !== undefined)
      warnings.push(mermaidWarning('dropped', `'${node.name}': a pipeline without components has no Mermaid form`, id));
    if (node.kind !== 'user' && node.evolve !== undefined) {
      if (inBlock(node))
        warnings.push(mermaidWarning('dropped', `'${node.name}' sits in a pipeline; Mermaid cannot evolve it`, id));
      else out.evolves.push(`evolve ${name(id)} ${mermaidNumber(node.evolve)}`);
    }
    out.links.push(...linkLines(id, node, name));
  }
  for (const [field, nodes] of dropped)
    warnings.push(
      mermaidWarning(
        'dropped',
        `Mermaid has no place for ${field}; not exported from ${nodes.length} nodes: ${nodes.join(', ')}`,
      ),
    );
  const needs = entries.filter(([, n]) => n.kind === 'need').map(([, n]) => `'${n.name}'`);
  if (needs.length > 0)
    warnings.push(
      mermaidWarning('need', `Mermaid has no needs; ${needs.length} exported as components: ${needs.join(', ')}`),
    );
  return out;
}

function elementLine(node: MapNode, name: string): string {
  const coords = `[${mermaidNumber(node.visibility)}, ${mermaidNumber(node.evolution)}]`;
  if (node.kind === 'user') return `anchor ${name} ${coords}`;
  return `component ${name} ${coords}${labelOf(node)}${node.sourcing ? ` (${node.sourcing})` : ''}${node.inertia === true ? ' inertia' : ''}`;
}

/** OWM's label offset in pixels, kept from an import; whole numbers only in this grammar. */
function labelOf(node: MapNode): string {
  const label = node[NODE_X.label];
  if (!Array.isArray(label) || label.length !== 2 || !label.every((n) => Number.isInteger(n))) return '';
  return ` label [${label[0]}, ${label[1]}]`;
}

function pipelineBlock(
  parent: string,
  children: [string, MapNode][],
  name: (id: string) => string,
  warnings: Diagnostic[],
): string[] {
  const lines = [`pipeline ${parent} {`];
  for (const [id, child] of children) {
    lines.push(`  component ${name(id)} [${mermaidNumber(child.evolution)}]${labelOf(child)}`);
    const lost = (['sourcing', 'inertia'] as const).filter((f) => child[f] !== undefined);
    if (lost.length > 0)
      warnings.push(
        mermaidWarning('dropped', `'${child.name}' sits in a pipeline, where Mermaid has no ${lost.join(', ')}`, id),
      );
  }
  lines.push('}');
  return lines;
}

function linkLines(id: string, node: MapNode, name: (id: string) => string): string[] {
  const extras = linkExtrasOf(node[NODE_X.links]);
  return (node.uses ?? []).map((target) => {
    const context = extras
      .find((e) => e.to === target)
      ?.context?.replace(/\s+/g, ' ')
      .trim();
    return `${name(id)} -> ${name(target)}${context ? `; ${context}` : ''}`;
  });
}

/** The fields of a node the diagram cannot carry. */
function droppedFields(node: MapNode): string[] {
  const dropped: string[] = DROPPED_FIELDS.filter((f) => node[f] !== undefined);
  if (node.kind === 'user')
    dropped.push(
      ...(['sourcing', 'evolve', 'inertia'] as const).filter((f) => node[f] !== undefined).map((f) => `a user's ${f}`),
    );
  dropped.push(...Object.keys(node).filter((k) => k.startsWith('x-') && !CARRIED_X.has(k)));
  return dropped;
}
