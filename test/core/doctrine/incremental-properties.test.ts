// After a move, doctrine re-runs only the rules that read positions and keeps the other rules'
// findings (core/doctrine/incremental.ts). Whatever the edits before it, the findings (with their
// lines) after every edit must be exactly those of a full run on the same map.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument, rulesReusedByLastCheck } from '../../../core/doctrine/check.ts';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';
import type { EditResult } from '../../../core/model/operations.ts';

const MAPS = ['maps/hie-monolith.yaml', 'maps/ehealth-platform.yaml', 'maps/conference.yaml'];

function load(path: string): MapDocument {
  const parsed = parseMap(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.document;
}

const DOCS = MAPS.map(load);

const stepArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('move' as const),
      a: fc.nat(),
      e: fc.double({ min: 0, max: 1, noNaN: true }),
      v: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('link' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unlink' as const), a: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('sourcing' as const),
      a: fc.nat(),
      s: fc.constantFrom('build', 'buy', undefined),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('name' as const), a: fc.nat(), b: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('evolve' as const),
      a: fc.nat(),
      e: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('kind' as const),
      a: fc.nat(),
      k: fc.constantFrom('user', 'need', 'component'),
    }),
  },
);

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function edited(document: MapDocument, step: Step): EditResult {
  const ids = Object.keys(document.map.nodes);
  const pick = (n: number) => ids[n % ids.length] ?? '';
  const id = pick(step.a);
  switch (step.op) {
    case 'move':
      return ops.moveNodes(document, [{ id, evolution: step.e, visibility: step.v }]);
    case 'link':
      return ops.link(document, id, pick(step.b));
    case 'unlink': {
      const target = document.map.nodes[id]?.uses?.[0];
      return target === undefined ? { ok: true, document, ids: [] } : ops.unlink(document, id, target);
    }
    case 'sourcing':
      return ops.setSourcing(document, id, step.s);
    case 'name':
      return ops.setNodeField(document, id, 'name', document.map.nodes[pick(step.b)]?.name ?? 'x');
    case 'evolve':
      return ops.setNodeField(document, id, 'evolve', step.e);
    case 'kind':
      return ops.setNodeField(document, id, 'kind', step.k);
  }
}

describe('doctrine after a move', () => {
  it('finds exactly what a full run finds, after any sequence of edits', () => {
    let reused = 0;
    fc.assert(
      fc.property(fc.nat({ max: DOCS.length - 1 }), fc.array(stepArb, { minLength: 1, maxLength: 25 }), (m, steps) => {
        let document = DOCS[m] as MapDocument;
        checkDocument(document);
        for (const step of steps) {
          const result = edited(document, step);
          if (!result.ok) continue;
          document = result.document;
          const findings = checkDocument(document);
          reused += rulesReusedByLastCheck();
          // A copy is related to no document checked before: its check runs every rule.
          const copy: MapDocument = { ...document, map: structuredClone(document.map) };
          const full = checkDocument(copy);
          expect(rulesReusedByLastCheck()).toBe(0);
          expect(findings).toEqual(full);
          checkDocument(document);
        }
      }),
      { numRuns: 40 },
    );
    // Moves did take the short way.
    expect(reused).toBeGreaterThan(0);
  });
});
