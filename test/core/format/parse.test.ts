import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';

const valid = `version: 1
title: Tea shop
nodes:
  customer:
    kind: user
    name: Customer
    evolution: 0.5
    visibility: 0.95
    uses: [cup-of-tea]
  cup-of-tea:
    kind: need
    name: Cup of tea
    evolution: 0.8
    visibility: 0.8
`;

describe('parseMap', () => {
  it('returns the map for a valid file', () => {
    const r = parseMap(valid);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.map.nodes['customer']?.uses).toEqual(['cup-of-tea']);
  });

  it('points at an unknown field with line and column', () => {
    const r = parseMap(valid.replace('    visibility: 0.95', '    visibilty: 0.95'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual(
        expect.objectContaining({ line: 8, column: 5, rule: 'schema/unknown-field', node: 'customer' }),
      );
    }
  });

  it('reports a dangling reference at the reference', () => {
    const r = parseMap(valid.replace('uses: [cup-of-tea]', 'uses: [cup-of-coffee]'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 9, column: 12, rule: 'ref/dangling' });
  });

  // The schema refuses such ids too; the references are still checked and reported with it.
  it('reports a reference to an Object.prototype member as dangling, in uses, inside and annotations', () => {
    const text = valid
      .replace('uses: [cup-of-tea]', 'uses: [toString]\n    inside: constructor')
      .concat('annotations:\n  - text: see\n    nodes: [hasOwnProperty]\n');
    const r = parseMap(text);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.filter((e) => e.rule.startsWith('ref/')).map((e) => [e.rule, e.message])).toEqual([
        ['ref/dangling', "node 'customer' uses 'toString', which is not on the map"],
        ['ref/dangling', "node 'customer' is inside 'constructor', which is not on the map"],
        ['ref/dangling', "annotation 1 refers to 'hasOwnProperty', which is not on the map"],
      ]);
  });

  it('reports a dangling reference together with a schema error elsewhere, each at its place', () => {
    const r = parseMap(
      valid.replace('uses: [cup-of-tea]', 'uses: [cup-of-coffee]').replace('evolution: 0.8', 'evolution: 1.8'),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => [e.rule, e.line, e.column])).toEqual([
        ['ref/dangling', 9, 12],
        ['schema/range', 13, 16],
      ]);
    }
  });

  it('gives only the schema error when the nodes cannot be read as a table', () => {
    const r = parseMap('version: 1\ntitle: x\nnodes: [a, b]\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.every((e) => e.rule.startsWith('schema/'))).toBe(true);
  });

  it('refuses a lone UTF-16 surrogate in a name, title or note with line:col, and takes a real pair', () => {
    const lone = valid
      .replace('title: Tea shop', 'title: "Tea \\uDC00 shop"')
      .replace('name: Customer', 'name: "Cust\\uD800omer"')
      .replace('    visibility: 0.8\n', '    visibility: 0.8\n    note: "x\\uD83D"\n');
    const r = parseMap(lone);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => `${e.line}:${e.column} ${e.rule}`)).toEqual([
        '2:8 schema/invalid',
        '6:11 schema/invalid',
        '15:11 schema/invalid',
      ]);
      expect(r.errors.every((e) => e.message.includes('lone UTF-16 surrogate'))).toBe(true);
    }
    expect(parseMap(valid.replace('name: Customer', 'name: "Customer \\uD83D\\uDE00"')).ok).toBe(true);
  });
});
