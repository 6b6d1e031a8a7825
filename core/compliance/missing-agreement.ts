// compliance/missing-agreement: sensitive data reaching a bought or outsourced component whose
// supplier has not signed the matching agreement (HIPAA: no PHI to a business associate without
// a BAA). The data reaches the supplier when it holds it, or along a `uses` edge either way.
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from '../doctrine/finding.ts';
import type { DataClass } from '../model/types.ts';
import { classesHeld, DATA_CLASSES, hasSupplier, REQUIRED_AGREEMENT } from './classes.ts';
import { dataFlows } from './flows.ts';

export const MISSING_AGREEMENT = 'compliance/missing-agreement';

export const missingAgreement: DoctrineRule = {
  ids: [MISSING_AGREEMENT],
  reason:
    'a supplier that holds or receives sensitive data must have signed the matching agreement (phi: baa, pii: dpa)',
  check(context: RuleContext): Finding[] {
    const sources = dataSources(context);
    const out: Finding[] = [];
    for (const [id, node] of context.entries) {
      if (!hasSupplier(node)) continue;
      const signed = new Set(node.agreements ?? []);
      const reaching = [...(sources.get(id) ?? [])].filter(([c]) => !signed.has(REQUIRED_AGREEMENT[c]));
      if (reaching.length === 0) continue;
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
    }
    return out;
  },
};

/** For each component: each class that reaches it, and the holders it comes from (itself first). */
function dataSources(context: RuleContext): Map<string, Map<DataClass, string[]>> {
  const out = new Map<string, Map<DataClass, string[]>>();
  const add = (at: string, dataClass: DataClass, from: string) => {
    const byClass = out.get(at) ?? new Map<DataClass, string[]>();
    out.set(at, byClass);
    const list = byClass.get(dataClass) ?? [];
    byClass.set(dataClass, list);
    if (!list.includes(from)) list.push(from);
  };
  for (const [id, node] of context.entries) {
    if (node.kind === 'component') for (const c of classesHeld(node)) add(id, c, id);
  }
  for (const flow of dataFlows(context.map)) {
    for (const [holder, other] of [
      [flow.from, flow.to],
      [flow.to, flow.from],
    ] as const) {
      const node = context.index.get(holder);
      if (node) for (const c of classesHeld(node)) add(other, c, holder);
    }
  }
  return out;
}
