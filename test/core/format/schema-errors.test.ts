// The schema check of a loaded map (core/format/schema-errors.ts): node by node, it finds exactly
// the errors the whole-map schema finds, and with more errors than it words it keeps and places
// only the first ones (a 10 MB file may hold 400,000 unknown fields).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter } from 'yaml';
import { relevant, schemaDiagnostics, schemaErrors } from '../../../core/format/schema-errors.ts';
import type { SchemaError } from '../../../schema/validate-map.js';
import { generateMap } from '../../support/maps.ts';

const schema = JSON.parse(readFileSync('schema/map.schema.json', 'utf8')) as object;
const wholeMap = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

type Data = Record<string, unknown> & { nodes: Record<string, unknown> };

/** Mistakes a hand-edited file may hold, each applied to the node at `i` (or the map itself). */
const MISTAKES: ((data: Data, id: string) => void)[] = [
  (d, id) => Object.assign(d.nodes[id] as object, { colour: 'red', size: 3 }),
  (d, id) => Object.assign(d.nodes[id] as object, { evolution: 'high', visibility: 2 }),
  (d, id) => delete (d.nodes[id] as Record<string, unknown>).name,
  (d, id) => Object.assign(d.nodes[id] as object, { uses: ['Bad Id', 'ok-id', 'ok-id'], kind: 'thing' }),
  (d, id) => Object.assign(d.nodes[id] as object, { deploy: { port: 'x', colour: 1 }, ignore: { 'no/slash-': '' } }),
  (d, id) => Object.assign(d.nodes[id] as object, { name: 'a\u0000b', note: 'lone \ud800' }),
  (d, id) => (d.nodes[id] = null),
  (d, id) => (d.nodes[id] = ['a list']),
  (d, id) => {
    d.nodes[`Bad/${id}~x`] = d.nodes[id];
    d.nodes['12'] = { kind: 'user' };
  },
  (d) => Object.assign(d, { colour: 'red', version: 2, title: '' }),
  (d) => Object.assign(d, { annotations: [{ text: 'x', colour: 1 }, 'not an annotation'] }),
  (d) => Object.assign(d, { deployment: { registry: 3, unknown: true } }),
  (d) => Object.assign(d, { nodes: ['not', 'a', 'mapping'] }),
];

const key = (e: SchemaError) => `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}|${e.message ?? ''}`;

describe('the schema check, node by node', () => {
  it('finds the errors the whole-map schema finds (fast-check)', () => {
    const base = generateMap(15, 3);
    const ids = Object.keys(base.nodes);
    const mistakes = fc.array(fc.tuple(fc.nat(MISTAKES.length - 1), fc.nat(ids.length - 1)), { maxLength: 6 });
    fc.assert(
      fc.property(mistakes, fc.nat(12), (chosen, limit) => {
        const data = structuredClone(base) as unknown as Data;
        for (const [m, i] of chosen) {
          const id = ids[i] ?? '';
          const node = Array.isArray(data.nodes) ? undefined : data.nodes[id];
          if (typeof node === 'object' && node !== null && !Array.isArray(node)) MISTAKES[m]?.(data, id);
        }
        const expected = wholeMap(data) ? [] : relevant((wholeMap.errors ?? []) as SchemaError[]);
        const found = schemaErrors(data, Infinity);
        expect(found.errors.map(key).sort()).toEqual(expected.map(key).sort());
        expect(found.total).toBe(expected.length);
        // Past the errors kept, the rest are only counted: the count is the same.
        expect(schemaErrors(data, limit).total).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('with 40,000 errors, places and words about the first thousand only, and counts them all', () => {
    const nodes: Record<string, unknown> = {};
    for (let i = 0; i < 2000; i++) {
      const node: Record<string, unknown> = { kind: 'component', name: `N ${i}`, evolution: 0.5, visibility: 0.5 };
      for (let f = 0; f < 20; f++) node[`f${f}`] = 'unknown';
      nodes[`n${i}`] = node;
    }
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    let asked = 0;
    // Offsets in file order: node i's field f at i * 100 + f.
    const offsetOf = (path: readonly (string | number)[], extraKey?: string) => {
      asked++;
      return Number(String(path[1]).slice(1)) * 100 + Number(extraKey?.slice(1) ?? 0);
    };
    const { errors, total } = schemaDiagnostics({ version: 1, title: 'T', nodes }, { lineCounter, offsetOf }, 1001);
    expect(total).toBe(40_000);
    expect(errors).toHaveLength(1001);
    expect(errors[0]?.message).toBe("unknown field 'f0' in node 'n0' (extensions start with x-)");
    expect(errors[1000]?.message).toBe("unknown field 'f0' in node 'n50' (extensions start with x-)");
    // Placing every error first (the old way) asked 41,001 times.
    expect(asked).toBeLessThan(2 * 1001 + 20);
  });
});
