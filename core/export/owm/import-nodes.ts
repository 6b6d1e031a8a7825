// OWM statements about components → Mapwright nodes: anchors become users, everything else a
// component (OWM has no needs); links become `uses`, decorators and `build X` lines `sourcing`.
import type { MapNode, Sourcing } from '../../model/types.ts';
import { NODE_X, type LinkExtra } from './extensions.ts';
import { displayText, keepLine, newId, unitValue, warn, type ImportState } from './import-state.ts';
import type { Decorator, ElementStatement, Statement } from './statements.ts';
import { OWM_KEYWORDS } from './syntax.ts';

const SOURCINGS = new Set<string>(['build', 'buy', 'outsource']);
/** Where OWM draws a component written without coordinates. */
const OWM_DEFAULT: [number, number] = [0.9, 0.1];

export type Located<T> = T & { line: number; source: string };

export function addElement(
  state: ImportState,
  st: Located<ElementStatement>,
  pipeline?: { id: string; visibility: number },
): string {
  const name = displayText(state, st.name, st.line, 'name') || 'Unnamed';
  const [visibility, evolution] = placement(state, st, name, pipeline);
  const node: MapNode = {
    kind: st.keyword === 'anchor' ? 'user' : 'component',
    name,
    evolution: unitValue(state, evolution, st.line, 'maturity'),
    visibility: unitValue(state, visibility, st.line, 'visibility'),
  };
  if (st.name !== name && st.name.includes('\n')) node[NODE_X.name] = st.name;
  const id = newId(state, name);
  if (state.byName.has(st.name)) {
    warn(
      state,
      st.line,
      'duplicate-name',
      `'${name}' is on the map twice; links by that name go to the first, this one is '${id}'`,
    );
  } else state.byName.set(st.name, id);
  state.nodes.set(id, node);
  if (pipeline) node[NODE_X.pipelineOf] = pipeline.id;
  applyElementDetails(state, st, node);
  return id;
}

/** [visibility, maturity] of a component line; pipeline children sit on their pipeline. */
function placement(
  state: ImportState,
  st: Located<ElementStatement>,
  name: string,
  pipeline?: { visibility: number },
): [number, number] {
  const [first, second] = st.coords ?? [];
  if (pipeline) return [pipeline.visibility, second ?? first ?? 0.5];
  if (first === undefined) {
    warn(
      state,
      st.line,
      'default-position',
      `'${name}' has no [visibility, maturity]; placed where OWM draws it, [0.9, 0.1]`,
    );
    return OWM_DEFAULT;
  }
  if (second === undefined) {
    warn(state, st.line, 'coordinates', `'${name}' has one coordinate outside a pipeline; read as maturity`);
    return [0.5, first];
  }
  return [first, second];
}

function applyElementDetails(state: ImportState, st: Located<ElementStatement>, node: MapNode): void {
  if (st.keyword === 'market' || st.keyword === 'ecosystem' || st.keyword === 'submap') node[NODE_X.type] = st.keyword;
  if (st.label) {
    node[NODE_X.label] = st.label;
    warn(state, st.line, 'extension', `label offset of '${node.name}' kept as ${NODE_X.label}`, 'info');
  }
  if (st.inertia) node.inertia = true;
  applyDecorators(state, st.decorators, node, st.line);
  if (st.evolve !== undefined) node.evolve = unitValue(state, st.evolve, st.line, 'evolve');
  if (st.urlRef !== undefined && st.urlRef !== '') node[NODE_X.url] = st.urlRef;
  if (node[NODE_X.type] !== undefined || st.urlRef !== undefined) {
    warn(
      state,
      st.line,
      'extension',
      `'${node.name}' is an OWM ${String(node[NODE_X.type] ?? st.keyword)}; kept as x-owm fields`,
    );
  }
  if (node.kind === 'user' && (node.sourcing !== undefined || node.inertia !== undefined)) {
    warn(
      state,
      st.line,
      'user-fields',
      `'${node.name}' is an anchor (a user): sourcing and inertia apply to components only`,
    );
  }
}

function applyDecorators(state: ImportState, decorators: Decorator[], node: MapNode, line: number): void {
  const sourcings = decorators.filter((d) => SOURCINGS.has(d)) as Sourcing[];
  const [first] = sourcings;
  if (first) node.sourcing = first;
  if (new Set(sourcings).size > 1)
    warn(state, line, 'sourcing', `'${node.name}' has more than one of build/buy/outsource; kept '${first}'`);
  const type = decorators.find((d) => d === 'market' || d === 'ecosystem');
  if (type) node[NODE_X.type] = type;
}

type Of<K extends Statement['type']> = Located<Extract<Statement, { type: K }>>;

function nodeNamed(state: ImportState, name: string, st: Located<object>, what: string): [string, MapNode] | undefined {
  const id = state.byName.get(name);
  const node = id === undefined ? undefined : state.nodes.get(id);
  if (id !== undefined && node) return [id, node];
  keepLine(
    state,
    st.line,
    st.source,
    `${what} names '${name.replace(/\n/g, ' ')}', which is not a component on the map`,
  );
  return undefined;
}

export function applyEvolve(state: ImportState, st: Of<'evolve'>): void {
  const found = nodeNamed(state, st.name, st, 'evolve');
  if (!found) return;
  const [, node] = found;
  node.evolve = unitValue(state, st.maturity, st.line, 'evolve');
  if (st.target !== undefined && st.target !== st.name) node[NODE_X.evolveName] = st.target;
  if (st.label) node[NODE_X.evolveLabel] = st.label;
  const [decorator] = st.decorators;
  if (decorator) node[NODE_X.evolveDecorator] = decorator;
  if (st.target !== undefined || st.label || decorator) {
    warn(state, st.line, 'extension', `evolve details of '${node.name}' kept as x-owm-evolve-* fields`);
  }
}

export function applyLink(state: ImportState, st: Of<'link'>): void {
  const from = nodeNamed(state, st.from, st, 'link');
  if (!from) return;
  const to = nodeNamed(state, st.to, st, 'link');
  if (!to) return;
  const [fromId, node] = from;
  const [toId] = to;
  if (OWM_KEYWORDS.some((k) => st.source.startsWith(k))) {
    warn(
      state,
      st.line,
      'keyword-link',
      `OWM drops a link line that starts with a keyword; imported, and quoted on export`,
      'info',
    );
  }
  if (fromId === toId) {
    keepLine(state, st.line, st.source, `'${node.name}' links to itself`);
    return;
  }
  const uses = node.uses ?? [];
  if (uses.includes(toId)) warn(state, st.line, 'duplicate-link', `'${st.from}->${st.to}' is written twice`);
  else node.uses = [...uses, toId];
  if (st.flow === undefined && st.context === undefined) return;
  const extra: LinkExtra = { to: toId };
  if (st.flow !== undefined) extra.flow = st.flow;
  if (st.context !== undefined && st.context !== '') extra.context = st.context;
  const extras = Array.isArray(node[NODE_X.links]) ? (node[NODE_X.links] as LinkExtra[]) : [];
  node[NODE_X.links] = [...extras.filter((e) => e.to !== toId), extra];
  warn(state, st.line, 'extension', `flow or context of the link '${node.name}' → '${toId}' kept as ${NODE_X.links}`);
}

export function applySourcing(state: ImportState, st: Of<'sourcing'>): void {
  const found = nodeNamed(state, st.name, st, `'${st.sourcing}'`);
  if (!found) return;
  const [, node] = found;
  if (node.sourcing !== undefined && node.sourcing !== st.sourcing) {
    warn(state, st.line, 'sourcing', `'${node.name}' was marked ${node.sourcing}; this line makes it ${st.sourcing}`);
  }
  node.sourcing = st.sourcing;
  // Current OWM ignores these older lines; they are the author's decision, so they count here.
  warn(
    state,
    st.line,
    'legacy-sourcing',
    `'${st.sourcing} ${st.name}' is an older form OWM now ignores; imported as sourcing`,
    'info',
  );
}

/** A pipeline line and its `{ … }` children (already parsed). */
export function applyPipeline(state: ImportState, st: Of<'pipeline'>, children: Located<ElementStatement>[]): void {
  const found = nodeNamed(state, st.name, st, 'pipeline');
  if (!found) {
    for (const child of children)
      keepLine(state, child.line, child.source, 'a component of a pipeline with no component');
    return;
  }
  const [id, node] = found;
  node[NODE_X.pipeline] = st.range
    ? [unitValue(state, st.range[0], st.line, 'maturity'), unitValue(state, st.range[1], st.line, 'maturity')]
    : 'block';
  warn(state, st.line, 'extension', `pipeline of '${node.name}' kept as ${NODE_X.pipeline}`);
  for (const child of children) addElement(state, child, { id, visibility: node.visibility });
}
