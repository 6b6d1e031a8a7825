// compliance/missing-agreement: sensitive data reaching a bought or outsourced component whose
// supplier has not signed the matching agreement (HIPAA: no PHI to a business associate without
// a BAA). The data reaches the supplier when it holds it, or along a `uses` edge either way.
import {
  BUY,
  COMPONENT,
  DATA,
  eachEntry,
  OUTSOURCE,
  wholeTables,
  type Wanted,
  type WholeTables,
} from '../doctrine/columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from '../doctrine/finding.ts';
import type { DataClass, MapNode } from '../model/types.ts';
import { classesHeld, DATA_CLASSES, hasSupplier, REQUIRED_AGREEMENT } from './classes.ts';

export const MISSING_AGREEMENT = 'compliance/missing-agreement';

export const missingAgreement: DoctrineRule = {
  ids: [MISSING_AGREEMENT],
  reason:
    'a supplier that holds or receives sensitive data must have signed the matching agreement (phi: baa, pii: dpa)',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, suppliersNearData(context), (id, node) => {
      if (!hasSupplier(node) || !dataNear(context, id, node)) return;
      const signed = new Set(node.agreements ?? []);
      const reaching = [...sourcesOf(context, id)].filter(([c]) => !signed.has(REQUIRED_AGREEMENT[c]));
      if (reaching.length === 0) return;
      const classes = DATA_CLASSES.filter((c) => reaching.some(([r]) => r === c));
      const needed = classes.map((c) => REQUIRED_AGREEMENT[c]);
      const from = [...new Set(reaching.flatMap(([, f]) => f))];
      const others = from.filter((f) => f !== id).map((f) => `'${f}'`);
      const where = [from.includes(id) ? 'held there' : '', others.length > 0 ? `from ${others.join(', ')}` : '']
        .filter((w) => w !== '')
        .join('; ');
      const message = `${classes.join(', ')} ${classes.length === 1 ? 'reaches' : 'reach'} '${id}' (${node.sourcing}; ${where}), whose supplier has not signed ${needed.join(', ')}: record \`agreements: [${needed.join(', ')}]\` once signed, or keep the data away`;
      const path = node.agreements ? ['nodes', id, 'agreements'] : ['nodes', id, 'sourcing'];
      out.push(nodeFinding(MISSING_AGREEMENT, 'error', id, path, message));
    });
    return out;
  },
};

/** Bought or outsourced components; in a whole context, only those with data at or next to them. */
function suppliersNearData(context: RuleContext): Wanted {
  const wanted: Wanted = { all: COMPONENT, any: BUY | OUTSOURCE };
  const tables = wholeTables(context);
  if (tables === undefined) return wanted;
  const near = nearData(tables);
  return { ...wanted, also: (_columns, at) => near[at] === 1 };
}

/** By position: 1 where the node, a node it uses or a node that uses it holds data (dataNear). */
function nearData({ edges, columns }: WholeTables): Uint8Array {
  const { start, targets } = edges;
  const { flags } = columns;
  const near = new Uint8Array(flags.length);
  for (let at = 0; at < flags.length; at++) {
    const holds = ((flags[at] as number) & DATA) !== 0;
    if (holds) near[at] = 1;
    for (let k = start[at] as number; k < (start[at + 1] as number); k++) {
      const to = targets[k] as number;
      if (to < 0) continue;
      if (holds) near[to] = 1;
      if ((flags[to] as number) & DATA) near[at] = 1;
    }
  }
  return near;
}

/**
 * Whether the node or one of its neighbours holds data at all: of most suppliers none does, and
 * they need no table of what reaches them (sourcesOf finds nothing there).
 */
function dataNear(context: RuleContext, id: string, node: MapNode): boolean {
  if (holdsData(node)) return true;
  for (const to of node.uses ?? []) if (holdsData(context.index.get(to))) return true;
  for (const user of context.usedBy.get(id) ?? []) if (holdsData(context.index.get(user))) return true;
  return false;
}

function holdsData(node: MapNode | undefined): boolean {
  return (node?.data?.classes.length ?? 0) > 0;
}

/**
 * Each class that reaches component `id` and the holders it comes from (itself first, then the
 * other end of each \`uses\` edge between two components, in file order of the calling node): only
 * the edges at `id` are read, so a re-check after an edit looks at its neighbours, not the map.
 */
function sourcesOf(context: RuleContext, id: string): Map<DataClass, string[]> {
  const byClass = new Map<DataClass, string[]>();
  const add = (holder: string, node: MapNode | undefined) => {
    for (const c of node ? classesHeld(node) : []) {
      const list = byClass.get(c) ?? [];
      byClass.set(c, list);
      if (!list.includes(holder)) list.push(holder);
    }
  };
  const node = context.index.get(id);
  if (node?.kind !== 'component') return byClass;
  add(id, node);
  const position = context.positions;
  const at = position.get(id) ?? 0;
  const callers = [...new Set(context.usedBy.get(id) ?? [])]
    .filter((u) => u !== id && context.index.get(u)?.kind === 'component')
    .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const before = callers.filter((u) => (position.get(u) ?? 0) < at);
  for (const u of before) add(u, context.index.get(u));
  for (const to of node.uses ?? []) {
    const target = context.index.get(to);
    if (target?.kind === 'component') add(to, target);
  }
  for (const u of callers.slice(before.length)) add(u, context.index.get(u));
  return byClass;
}
