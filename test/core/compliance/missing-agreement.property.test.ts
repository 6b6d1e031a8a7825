// compliance/missing-agreement on random maps: a supplier is reported exactly when a class of
// data that it or a neighbouring component (either way along `uses`) holds needs an agreement it
// has not signed. Suppliers with no data anywhere near are skipped without looking further.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUIRED_AGREEMENT } from '../../../core/compliance/classes.ts';
import { missingAgreement } from '../../../core/compliance/missing-agreement.ts';
import { ruleContext } from '../../../core/doctrine/context.ts';
import type { Agreement, DataClass, MapNode, WardleyMap } from '../../../core/model/types.ts';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const CLASSES: DataClass[] = ['phi', 'pii', 'pci', 'confidential'];
const AGREEMENTS: Agreement[] = ['baa', 'dpa', 'pci-dss', 'nda'];

const randomNode = fc.record({
  kind: fc.constantFrom('component' as const, 'component' as const, 'need' as const),
  sourcing: fc.option(fc.constantFrom('build' as const, 'buy' as const, 'outsource' as const)),
  classes: fc.option(fc.uniqueArray(fc.constantFrom(...CLASSES), { minLength: 1, maxLength: 2 }), { freq: 3 }),
  agreements: fc.option(fc.uniqueArray(fc.constantFrom(...AGREEMENTS), { maxLength: 2 })),
  uses: fc.uniqueArray(fc.constantFrom(...IDS, 'gone'), { maxLength: 3 }),
});

const randomMap = fc.array(randomNode, { minLength: 1, maxLength: IDS.length }).map((specs): WardleyMap => {
  const nodes: Record<string, MapNode> = {};
  specs.forEach((spec, i) => {
    const node: MapNode = { kind: spec.kind, name: IDS[i]!, evolution: 0.5, visibility: 0.5 };
    if (spec.sourcing !== null) node.sourcing = spec.sourcing;
    if (spec.classes !== null) node.data = { classes: spec.classes as [DataClass, ...DataClass[]] };
    if (spec.agreements !== null) node.agreements = spec.agreements;
    if (spec.uses.length > 0) node.uses = spec.uses;
    nodes[IDS[i]!] = node;
  });
  return { version: 1, title: 'Suppliers', nodes };
});

/** The plain definition: the suppliers some unsigned class reaches, in file order. */
function reportedSuppliers(map: WardleyMap): string[] {
  const at = (id: string) => (Object.hasOwn(map.nodes, id) ? map.nodes[id] : undefined);
  const component = (id: string) => (at(id)?.kind === 'component' ? at(id) : undefined);
  return Object.keys(map.nodes).filter((id) => {
    const node = map.nodes[id]!;
    if (node.kind !== 'component' || (node.sourcing !== 'buy' && node.sourcing !== 'outsource')) return false;
    const users = Object.keys(map.nodes).filter((u) => u !== id && map.nodes[u]!.uses?.includes(id));
    const holders = [node, ...(node.uses ?? []).map(component), ...users.map(component)];
    const reaching = holders.flatMap((h) => h?.data?.classes ?? []);
    return reaching.some((c) => !(node.agreements ?? []).includes(REQUIRED_AGREEMENT[c]));
  });
}

describe('compliance/missing-agreement', () => {
  it('reports exactly the suppliers an unsigned class of data reaches, held there or by a neighbour', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const reported = missingAgreement.check(ruleContext(map)).map((f) => f.node);
        expect(reported).toEqual(reportedSuppliers(map));
      }),
      { numRuns: 500 },
    );
  });
});
