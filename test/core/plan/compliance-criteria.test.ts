// Steps that move sensitive data: they say so, their exit criteria check encryption, access audit
// and a restored backup, and their data step copies the data encrypted. Steps of components
// holding no sensitive data are unchanged, on the example maps and on random maps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classesHeld } from '../../../core/compliance/classes.ts';
import type { DataClass, WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases } from '../../../core/plan/index.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { loadMap } from './load-map.ts';

const hie = loadMap('maps/hie-monolith.yaml');

function steps(map: WardleyMap) {
  return extractionPhases(map).phases.flatMap((p) => p.steps);
}

describe('a step that moves sensitive data', () => {
  const plan = extractionPhases(hie);
  const index = steps(hie);

  it('says so and gains the encryption, audit and backup exit criteria', () => {
    const index2 = index.find((s) => s.node === 'patient-index');
    expect(index2?.reasoning).toContain('moves phi, pii out of legacy-hie: the controls below are exit criteria');
    expect(index2?.exitCriteria).toEqual(
      expect.arrayContaining([
        "encryption verified: patient-index's volumes are on the encrypted storage class 'encrypted-ssd', and its Service answers only over TLS (a plain-HTTP request is refused)",
        'access audited: every read of phi, pii in patient-index is logged, and one week of that log reviewed by its owner',
        "backup restored once: a backup of patient-index's phi, pii restored into a scratch environment and checked against the source",
        'phi, pii of patient-index stored only in on-premise',
      ]),
    );
    const audit = index.find((s) => s.node === 'audit-trail');
    expect(audit?.exitCriteria.join('\n')).toContain(
      'encryption verified: the provider of audit-trail confirms in writing encryption at rest and in transit and dedicated tenancy',
    );
  });

  it('copies the data encrypted in its data step', () => {
    const dataSteps = plan.phases.flatMap((p) => p.dataSteps);
    const owner = dataSteps.find((d) => d.node === 'patient-index');
    expect(owner?.description).toMatch(
      /; the copy of phi, pii is encrypted in transit \(TLS to the new store\) and at rest \(the encrypted storage class 'encrypted-ssd'\)$/,
    );
  });
});

const classes = fc.uniqueArray(fc.constantFrom<DataClass>('phi', 'pii', 'pci', 'confidential'), { minLength: 1 });

describe('over random maps', () => {
  it('exactly the steps of holders gain the criteria, and nothing else of the plan changes', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ acyclic: false }),
        fc.array(fc.option(classes, { nil: undefined }), { maxLength: 30 }),
        (map, held) => {
          const ids = Object.keys(map.nodes);
          const nodes = Object.fromEntries(
            ids.map((id, i) => {
              const n = map.nodes[id];
              const c = held[i];
              return [id, n?.kind === 'component' && c !== undefined ? { ...n, data: { classes: c } } : n];
            }),
          );
          const marked = { ...map, nodes } as WardleyMap;
          const before = new Map(steps(map).map((s) => [s.node, s]));
          for (const step of steps(marked)) {
            const node = marked.nodes[step.node];
            const holds = node !== undefined && classesHeld(node).length > 0;
            const extra = step.exitCriteria.filter((c) =>
              /^(encryption verified|access audited|backup restored once)/.test(c),
            );
            expect(extra.length).toBe(holds ? 3 : 0);
            if (!holds) expect(step).toEqual(before.get(step.node));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
