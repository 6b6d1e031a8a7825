// A quick-entry statement → core/model operations. A name not on the map yet becomes a
// component where the map has room; a statement that cannot be applied returns its reason and
// the document it was given, untouched.
import type { MapDocument } from '../format/parse.ts';
import { editFailed, type EditResult } from '../model/commit.ts';
import { addAnnotation, setMapTitle } from '../model/map-settings.ts';
import { placeInside, setEvolve, setInertia, setTeam } from '../model/node-facts.ts';
import { addNode, link, moveNodes, setNodeField, setSourcing } from '../model/operations.ts';
import type { NodeKind } from '../model/types.ts';
import { leadingName, nodeNamed } from './names.ts';
import { roomFor } from './room.ts';
import { unquoted, type QuickPosition, type QuickStatement } from './statement.ts';

type Step = { ok: true; document: MapDocument; id: string } | { ok: false; result: EditResult };

export function applyQuickStatement(document: MapDocument, statement: QuickStatement): EditResult {
  switch (statement.type) {
    case 'add':
      return declareNode(document, statement);
    case 'link':
      return linkChain(document, statement.names);
    case 'evolve':
      return onNode(document, statement.name, (d, id) => setEvolve(d, id, statement.evolution));
    case 'sourcing':
      return onNode(document, statement.name, (d, id) => setSourcing(d, id, statement.sourcing));
    case 'inertia':
      return onNode(document, statement.name, (d, id) => setInertia(d, id, true));
    case 'note':
      return addAnnotation(document, { text: statement.text, kind: 'note', ...notePlace(document, statement.at) });
    case 'title':
      return setMapTitle(document, statement.text);
    case 'inside':
      return inside(document, statement.text);
    case 'team':
      return team(document, statement.text);
  }
}

/** `component X [v, e] (buy)`: adds X, or when X is already on the map, states these facts about it. */
function declareNode(document: MapDocument, s: Extract<QuickStatement, { type: 'add' }>): EditResult {
  const lookup = nodeNamed(document.map, s.name);
  if ('ambiguous' in lookup) return ambiguous(s.name, lookup.ambiguous);
  if ('missing' in lookup) {
    const at = s.at ?? roomFor(document.map, s.kind);
    const node = { kind: s.kind, name: s.name, evolution: at.evolution, visibility: at.visibility };
    return addNode(document, {
      ...node,
      ...(s.sourcing ? { sourcing: s.sourcing } : {}),
      ...(s.evolve !== undefined ? { evolve: s.evolve } : {}),
      ...(s.inertia ? { inertia: true } : {}),
    });
  }
  const id = lookup.found;
  const steps: ((d: MapDocument) => EditResult)[] = [];
  if (document.map.nodes[id]?.kind !== s.kind) steps.push((d) => setNodeField(d, id, 'kind', s.kind));
  if (s.at) steps.push((d) => moveNodes(d, [{ id, ...(s.at as QuickPosition) }]));
  if (s.sourcing) steps.push((d) => setSourcing(d, id, s.sourcing));
  if (s.evolve !== undefined) steps.push((d) => setEvolve(d, id, s.evolve));
  if (s.inertia) steps.push((d) => setInertia(d, id, true));
  return chained(document, steps, [id]);
}

/** `A->B->C`: A uses B, B uses C; names not on the map yet become components below their user. */
function linkChain(document: MapDocument, names: readonly string[]): EditResult {
  let current = document;
  const ids: string[] = [];
  for (const name of names) {
    const near = ids.length > 0 ? positionOf(current, ids[ids.length - 1] as string) : undefined;
    const step = ensureNode(current, name, near);
    if (!step.ok) return step.result;
    current = step.document;
    const from = ids[ids.length - 1];
    if (from !== undefined) {
      const linked = link(current, from, step.id);
      if (!linked.ok) return linked;
      current = linked.document;
    }
    ids.push(step.id);
  }
  return { ok: true, document: current, ids };
}

/** `Scheduling in Conference monolith`: of the places ` in ` could split, the one naming nodes wins. */
function inside(document: MapDocument, text: string): EditResult {
  const splits = [...text.matchAll(/\s+in\s+/g)].map((m) => ({
    member: unquoted(text.slice(0, m.index)),
    host: unquoted(text.slice((m.index ?? 0) + m[0].length)),
  }));
  const known = (name: string) => 'found' in nodeNamed(document.map, name);
  const chosen =
    splits.find((s) => known(s.member) && known(s.host)) ??
    splits.find((s) => known(s.member)) ??
    splits.find((s) => known(s.host)) ??
    splits[0];
  if (!chosen || chosen.member === '' || chosen.host === '') return fail('write it as: Component in Monolith');
  const member = ensureNode(document, chosen.member);
  if (!member.ok) return member.result;
  const host = ensureNode(member.document, chosen.host, positionOf(member.document, member.id));
  if (!host.ok) return host.result;
  const placed = placeInside(host.document, member.id, host.id);
  return placed.ok ? { ...placed, ids: [member.id, host.id] } : placed;
}

function team(document: MapDocument, text: string): EditResult {
  const quoted = text.startsWith('"') ? /^("(?:[^"\\]|\\.)*")\s+(.+)$/.exec(text) : null;
  const split = quoted ? { name: unquoted(quoted[1] ?? ''), rest: quoted[2] ?? '' } : leadingName(document.map, text);
  if (!split || split.rest.trim() === '') {
    return fail(`no node's name starts '${text}': write team "Node name" Team`);
  }
  return onNode(document, split.name, (d, id) => setTeam(d, id, split.rest));
}

function onNode(document: MapDocument, name: string, edit: (d: MapDocument, id: string) => EditResult): EditResult {
  const step = ensureNode(document, name);
  if (!step.ok) return step.result;
  const result = edit(step.document, step.id);
  return result.ok ? { ...result, ids: [step.id] } : result;
}

function ensureNode(document: MapDocument, name: string, near?: QuickPosition): Step {
  const lookup = nodeNamed(document.map, name);
  if ('found' in lookup) return { ok: true, document, id: lookup.found };
  if ('ambiguous' in lookup) return { ok: false, result: ambiguous(name, lookup.ambiguous) };
  const kind: NodeKind = 'component';
  const at = roomFor(document.map, kind, near);
  const added = addNode(document, { kind, name, evolution: at.evolution, visibility: at.visibility });
  if (!added.ok) return { ok: false, result: added };
  return { ok: true, document: added.document, id: added.ids[0] as string };
}

function chained(document: MapDocument, steps: ((d: MapDocument) => EditResult)[], ids: string[]): EditResult {
  let current = document;
  for (const step of steps) {
    const result = step(current);
    if (!result.ok) return result;
    current = result.document;
  }
  return { ok: true, document: current, ids };
}

function notePlace(document: MapDocument, at: QuickPosition | undefined): QuickPosition {
  // Notes without a place go to the bottom left, where maps are usually empty.
  return at ?? roomFor(document.map, 'component', { visibility: 0.22, evolution: 0.08 });
}

function positionOf(document: MapDocument, id: string): QuickPosition | undefined {
  const node = document.map.nodes[id];
  return node ? { visibility: node.visibility, evolution: node.evolution } : undefined;
}

function ambiguous(name: string, ids: string[]): EditResult {
  return fail(`'${name}' names ${ids.length} nodes (${ids.join(', ')}); use the id`);
}

function fail(message: string): EditResult {
  return editFailed('quick/statement', message);
}
