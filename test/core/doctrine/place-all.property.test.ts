// placeAll (core/doctrine/placement.ts) looks up only the nodes its findings are about; it puts
// every finding where a locator indexing every node of the document does: on documents as loaded
// (value places), on copies without places (the yaml Document is read) and on documents edits
// made (shifted ranges), with findings on every node and field, not only those the rules report.
// (positionOf, the walk from the top a locator falls back to, places some paths elsewhere: a
// finding missed by the lookup fails this test.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMap } from '../../../core/doctrine/check.ts';
import type { Finding } from '../../../core/doctrine/finding.ts';
import { placeAll } from '../../../core/doctrine/placement.ts';
import { findingLocator } from '../../../core/doctrine/locate.ts';
import type { MapDocument } from '../../../core/format/parse.ts';
import { EXAMPLE_DOCUMENTS } from './example-documents.ts';
import { edited, stepArb } from './edit-steps.ts';

/** The rules' findings plus one per node field and per node, so every node is placed. */
function findingsOn(document: MapDocument): Finding[] {
  const extra = Object.entries(document.map.nodes).flatMap(([id, node]): Finding[] => [
    { rule: 't/node', severity: 'info', node: id, path: ['nodes', id], message: 'node' },
    ...Object.keys(node ?? {}).map((field): Finding => ({
      rule: 't/field',
      severity: 'info',
      node: id,
      path: ['nodes', id, field],
      message: field,
    })),
  ]);
  return [...checkMap(document.map), ...extra];
}

function expectPlacedAsEveryNodeIndexed(document: MapDocument): void {
  const findings = findingsOn(document);
  const locate = findingLocator(document);
  const placed = placeAll(document, findings, false, () => 0);
  expect(placed.sources.length).toBe(findings.length);
  placed.sources.forEach((source, i) => {
    const { line, column } = locate(source.path);
    expect([placed.diagnostics[i]?.line, placed.diagnostics[i]?.column]).toEqual([line, column]);
  });
}

describe('placeAll', () => {
  it('places every finding of a loaded document, and of a copy without places, as a locator of every node does', () => {
    for (const document of EXAMPLE_DOCUMENTS) {
      expectPlacedAsEveryNodeIndexed(document);
      expectPlacedAsEveryNodeIndexed({ ...document, map: structuredClone(document.map) });
    }
  });

  it('places every finding of an edited document as a locator of every node does', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: EXAMPLE_DOCUMENTS.length - 1 }),
        fc.array(stepArb, { minLength: 1, maxLength: 12 }),
        (m, steps) => {
          let document = EXAMPLE_DOCUMENTS[m] as MapDocument;
          for (const step of steps) {
            const result = edited(document, step);
            if (result.ok) document = result.document;
          }
          expectPlacedAsEveryNodeIndexed(document);
        },
      ),
      { numRuns: 40 },
    );
  });
});
