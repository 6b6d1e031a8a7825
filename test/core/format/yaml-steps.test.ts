// yaml's Document built in steps (the renderer spreads them over idle time) is the Document built
// in one go: same text, data, node ranges, line starts and errors, whatever the slice size; and a
// loaded document's `yaml` read half-way through the steps finishes them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNode, visit, type Document } from 'yaml';
import { parseMap, yamlInSteps } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { parseYamlSafely, parseYamlSafelyInSteps, type SafeYamlResult } from '../../../core/format/yaml-safety.ts';
import { generateMap } from '../../support/maps.ts';

function drained(text: string, linesPerStep: number): { result: SafeYamlResult; steps: number } {
  const steps = parseYamlSafelyInSteps(text, linesPerStep);
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, steps: count };
    count += 1;
  }
}

function ranges(doc: Document.Parsed): string[] {
  const out: string[] = [];
  visit(doc, (_key, node) => {
    if (isNode(node)) out.push(`${node.constructor.name} ${JSON.stringify(node.range)}`);
  });
  return out;
}

function sameAnswer(text: string, linesPerStep: number): void {
  const whole = parseYamlSafely(text);
  const { result } = drained(text, linesPerStep);
  expect(result.ok).toBe(whole.ok);
  if (!whole.ok || !result.ok) {
    expect(result).toEqual(whole);
    return;
  }
  expect(String(result.value.doc)).toBe(String(whole.value.doc));
  expect(result.value.doc.toJS()).toEqual(whole.value.doc.toJS());
  expect(ranges(result.value.doc)).toEqual(ranges(whole.value.doc));
  expect(result.value.lineCounter.lineStarts).toEqual(whole.value.lineCounter.lineStarts);
  expect(result.value.reservedKeys).toEqual(whole.value.reservedKeys);
}

const maps = ['conference.yaml', 'ehealth-platform.yaml', 'hie-monolith.yaml'].map((f) =>
  readFileSync(join('maps', f), 'utf8'),
);
const hostileDir = join('test', 'fixtures', 'hostile');
const hostile = readdirSync(hostileDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(hostileDir, f), 'utf8'))
  .filter((text) => text.length < 200_000);

describe('yaml Document in steps', () => {
  it('is the one-go Document for the example maps, a generated one and the empty text, in many steps', () => {
    const generated = stringifyMap(generateMap(300));
    for (const text of [...maps, generated, '']) sameAnswer(text, 7);
    expect(drained(generated, 50).steps).toBeGreaterThan(10);
  });

  it('gives the one-go answer (errors included) for every hostile file', () => {
    for (const text of hostile) sameAnswer(text, 3);
  });

  it('gives the same answer whatever the slice size', () => {
    fc.assert(
      fc.property(fc.constantFrom(...maps, ...hostile.slice(0, 20)), fc.integer({ min: 1, max: 400 }), (text, n) =>
        sameAnswer(text, n),
      ),
      { numRuns: 40 },
    );
  });

  it('composes a large map a slice of nodes per step, and gives the one-go Document', () => {
    const generated = stringifyMap(generateMap(1000));
    sameAnswer(generated, 200);
    // Parsing 200 lines a step, then at least one step per 100 nodes for each of compose and checks.
    const parsing = Math.ceil(generated.split('\n').length / 200);
    expect(drained(generated, 200).steps).toBeGreaterThanOrEqual(parsing + 20);
  });

  it('gives the one-go Document for map-shaped files with comments, blank lines and keys after the nodes', () => {
    const entry = fc.record({
      comment: fc.constantFrom('', '# a note\n', '\n', '\n# after a blank line\n', '  # indented note\n'),
      name: fc.string({ maxLength: 12 }),
      quoted: fc.boolean(),
    });
    const file = fc.record({
      entries: fc.array(entry, { minLength: 90, maxLength: 260 }),
      after: fc.constantFrom('', 'annotations:\n  - text: after the nodes\n', '# end\n', 'x-note: 1\n'),
      trailing: fc.constantFrom('', '  # last node comment\n', '# file end\n'),
    });
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 400 }), ({ entries, after, trailing }, lines) => {
        const body = entries
          .map((e, i) =>
            [
              e.comment,
              `  n${i}:\n`,
              `    name: ${e.quoted ? JSON.stringify(e.name) : `n ${i}`}\n`,
              `    kind: component\n    evolution: 0.${i % 10}\n    visibility: 0.5\n`,
            ].join(''),
          )
          .join('');
        sameAnswer(`version: 1\ntitle: t\nnodes:\n${body}${trailing}${after}`, lines);
      }),
      { numRuns: 60 },
    );
  });

  it('lets a loaded document be built in steps, or finished at once when its yaml is read first', () => {
    const text = stringifyMap(generateMap(200));
    const stepped = parseMap(text);
    const read = parseMap(text);
    if (!stepped.ok || !read.ok) throw new Error('map does not parse');
    const steps = yamlInSteps(stepped.document);
    if (!steps) throw new Error('a loaded document offers steps');
    for (let step = steps.next(); !step.done; step = steps.next());
    const half = yamlInSteps(read.document);
    half?.next();
    half?.next();
    expect(String(read.document.yaml)).toBe(String(stepped.document.yaml));
    expect(half?.next().done).toBe(true);
    expect(String(stepped.document.yaml)).toBe(text);
  });
});
