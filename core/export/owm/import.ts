// importOwm: OnlineWardleyMaps text → a Mapwright map plus warnings (each with its line), or
// errors. Components are placed first, then everything that refers to them by name, because OWM
// lets a link or an evolve line come before the component it names.
import { appendTo } from '../../model/lists.ts';
import type { Diagnostic, MapNode, WardleyMap } from '../../model/types.ts';
import { MAP_X, NODE_X, recordsOf, stringOf } from './extensions.ts';
import { applyAnnotation, applyEvolution, applyMapExtension, applyNote, applyTitle } from './import-map.ts';
import { addElement, applyEvolve, applyLink, applyPipeline, applySourcing, type Located } from './import-nodes.ts';
import { emptyState, keepLine, warn, type ImportState } from './import-state.ts';
import { parseStatement, type ElementStatement, type Statement } from './statements.ts';
import { sourceLines } from './syntax.ts';
import { suggestsPlatform } from '../../doctrine/platform.ts';

export type OwmImport = { ok: true; map: WardleyMap; warnings: Diagnostic[] } | { ok: false; errors: Diagnostic[] };

type Pipeline = Located<Extract<Statement, { type: 'pipeline' }>> & { children: Located<ElementStatement>[] };

export function importOwm(text: string): OwmImport {
  if (text.trim() === '')
    return failure(
      1,
      'empty',
      'the file is empty: an OnlineWardleyMaps map has lines like `title Tea Shop` and `component Kettle [0.45, 0.57]`',
    );
  const nul = text.indexOf('\0');
  if (nul >= 0)
    return failure(
      text.slice(0, nul).split('\n').length,
      'binary',
      'this is not OnlineWardleyMaps text: it contains NUL bytes (a binary file?)',
    );
  const source = sourceLines(text.replace(/^\uFEFF/, ''));
  const { statements, pipelines } = groupPipelines(
    source.lines.map((l) => ({ ...parseStatement(l.text), line: l.line, source: l.text })),
  );
  const errors = statements.filter((s) => s.type === 'error').map((s) => diagnostic(s.line, 'syntax', s.message));
  if (errors.length > 0) return { ok: false, errors };
  const state = emptyState();
  if (source.unclosedComment > 0)
    warn(
      state,
      source.unclosedComment,
      'unclosed-comment',
      'a /* comment is never closed; the rest of the file was read as a comment',
    );
  for (const st of statements) if (st.type === 'element') addElement(state, st);
  for (const p of pipelines) applyPipeline(state, p, p.children);
  for (const st of statements) applyStatement(state, st);
  suggestPlatforms(state, statements);
  if (!hasOwmContent(state)) {
    const first = source.lines[0]?.line ?? 1;
    return failure(
      first,
      'not-owm',
      'no OnlineWardleyMaps content found: expected lines such as `title Tea Shop`, `anchor Business [0.95, 0.63]`, `component Kettle [0.45, 0.57]`',
    );
  }
  if (source.comments.length > 0) state.extensions[MAP_X.comments] = source.comments;
  resolveSubmapUrls(state);
  const map = mapOf(state);
  return { ok: true, map, warnings: [...state.warnings].sort((a, b) => a.line - b.line) };
}

/** OWM has no word for "what we run on": say which bottom-row components look like the platform. */
function suggestPlatforms(state: ImportState, statements: readonly Located<Statement>[]): void {
  const usersOf = usersById(state.nodes.values());
  for (const st of statements) {
    if (st.type !== 'element') continue;
    const id = state.byName.get(st.name) ?? '';
    const node = state.nodes.get(id);
    if (node === undefined || !suggestsPlatform(node, usersOf.get(id) ?? [])) continue;
    warn(
      state,
      st.line,
      'platform-suggested',
      `${node.name} looks like the platform the workloads run on: mark it platform: true so exports generate nothing for it`,
      'info',
    );
  }
}

/**
 * The nodes that use each id, each once, in the nodes' order: gathered in one pass (a search of
 * every node per component made the import quadratic).
 */
function usersById(nodes: Iterable<MapNode>): Map<string, MapNode[]> {
  const out = new Map<string, MapNode[]>();
  for (const node of nodes) for (const id of new Set(node.uses ?? [])) appendTo(out, id, node);
  return out;
}

/**
 * Whether anything OWM draws was read. A map of axis lines alone (`evolution …`, `y-axis …`) is
 * one: OWM draws it as an empty map with those labels.
 */
function hasOwmContent(state: ImportState): boolean {
  return (
    state.title !== undefined ||
    state.nodes.size > 0 ||
    state.annotations.length > 0 ||
    state.stages !== undefined ||
    state.extensions[MAP_X.yAxis] !== undefined
  );
}

function applyStatement(state: ImportState, st: Located<Statement>): void {
  switch (st.type) {
    case 'title':
      return applyTitle(state, st);
    case 'evolve':
      return applyEvolve(state, st);
    case 'link':
      return applyLink(state, st);
    case 'sourcing':
      return applySourcing(state, st);
    case 'evolution':
      return applyEvolution(state, st);
    case 'note':
      return applyNote(state, st);
    case 'annotation':
      return applyAnnotation(state, st);
    case 'unknown':
      return keepLine(state, st.line, st.source, st.reason);
    case 'block-open':
    case 'block-close':
      return keepLine(state, st.line, st.source, 'a brace outside a pipeline');
    case 'element':
    case 'pipeline':
    case 'error':
      return;
    default:
      return applyMapExtension(state, st);
  }
}

/** Takes `pipeline X` `{ component … }` blocks out of the statement list. */
function groupPipelines(all: Located<Statement>[]): { statements: Located<Statement>[]; pipelines: Pipeline[] } {
  const statements: Located<Statement>[] = [];
  const pipelines: Pipeline[] = [];
  let open: Pipeline | undefined;
  let awaitingBrace: Pipeline | undefined;
  for (const st of all) {
    if (awaitingBrace && st.type === 'block-open') {
      open = awaitingBrace;
      awaitingBrace = undefined;
      continue;
    }
    awaitingBrace = undefined;
    if (open) {
      if (st.type === 'block-close') open = undefined;
      else if (st.type === 'element' && st.keyword === 'component') open.children.push(st);
      else statements.push(st);
      continue;
    }
    if (st.type === 'pipeline') {
      const p: Pipeline = { ...st, children: [] };
      pipelines.push(p);
      if (st.opensBlock) open = p;
      else if (!st.range) awaitingBrace = p;
      continue;
    }
    statements.push(st);
  }
  return { statements, pipelines };
}

/** A submap's `url(name)` points at a `url name [address]` line: that address becomes its url. */
function resolveSubmapUrls(state: ImportState): void {
  const urls = new Map<string, string>();
  for (const u of recordsOf(state.extensions[MAP_X.urls])) {
    const name = stringOf(u['name']);
    const url = stringOf(u['url']);
    if (name !== undefined && url !== undefined && !urls.has(name)) urls.set(name, url);
  }
  for (const node of state.nodes.values()) {
    const url = urls.get(String(node[NODE_X.url] ?? ''));
    if (url !== undefined && /^https?:\/\/[^\s]+$/.test(url) && url.length <= 2000) node.url = url;
  }
}

function mapOf(state: ImportState): WardleyMap {
  if (state.title === undefined) warn(state, 1, 'no-title', 'the map has no title line; named "Untitled map"');
  const nodes: Record<string, MapNode> = {};
  for (const [id, node] of state.nodes) nodes[id] = node;
  const map: WardleyMap = { version: 1, title: state.title ?? 'Untitled map', nodes };
  if (state.stages) map.stages = state.stages;
  if (state.annotations.length > 0) map.annotations = state.annotations;
  // A fixed order, so importing the same map twice writes the same YAML.
  for (const key of Object.values(MAP_X)) if (state.extensions[key] !== undefined) map[key] = state.extensions[key];
  return map;
}

function diagnostic(line: number, rule: string, message: string): Diagnostic {
  return { line, column: 1, severity: 'error', rule: `owm/${rule}`, message };
}

function failure(line: number, rule: string, message: string): OwmImport {
  return { ok: false, errors: [diagnostic(line, rule, message)] };
}
