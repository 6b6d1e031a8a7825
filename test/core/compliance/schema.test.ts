// Hostile and mistaken values in the compliance fields are schema errors at their line and column.
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';

const base = `version: 1
title: Clinic
deployment:
  registry: registry.clinic.example/apps
nodes:
  records:
    kind: component
    name: Records
    evolution: 0.3
    visibility: 0.5
    sourcing: outsource
    data:
      classes: [phi]
      residency: [eu-north]
    agreements: [baa]
`;

function errorsOf(text: string) {
  const r = parseMap(text);
  return r.ok ? [] : r.errors.map((e) => ({ rule: e.rule, line: e.line, column: e.column }));
}

describe('schema of data, agreements and the sensitive node pool', () => {
  it('accepts the fields as documented', () => {
    const r = parseMap(
      base.replace(
        'deployment:\n',
        'deployment:\n  sensitive:\n    nodePool:\n      label: { key: pool.clinic.example/tier, value: phi }\n      taint: { key: dedicated, value: phi, effect: NoSchedule }\n    storageClass: encrypted-gp3\n',
      ),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.map.nodes['records']?.data).toEqual({ classes: ['phi'], residency: ['eu-north'] });
  });

  it.each([
    ['an unknown data class', 'classes: [phi]', 'classes: [phi, dna]', 'schema/invalid', 13, 22],
    ['an empty class list', 'classes: [phi]', 'classes: []', 'schema/invalid', 13, 16],
    ['a class twice', 'classes: [phi]', 'classes: [phi, phi]', 'schema/invalid', 13, 16],
    ['an unknown agreement', 'agreements: [baa]', 'agreements: [baa, hipaa]', 'schema/invalid', 15, 23],
    ['a residency that is not a slug', 'residency: [eu-north]', "residency: ['../etc']", 'schema/invalid', 14, 19],
    [
      'a control character in a residency',
      'residency: [eu-north]',
      'residency: ["eu\\u0000"]',
      'schema/invalid',
      14,
      19,
    ],
    [
      'a proto key in data',
      '      residency: [eu-north]',
      '      __proto__: { polluted: true }',
      'schema/unknown-field',
      14,
      7,
    ],
    [
      'data as a string',
      '    data:\n      classes: [phi]\n      residency: [eu-north]',
      '    data: phi',
      'schema/invalid',
      12,
      11,
    ],
  ])('rejects %s with line and column', (_what, from, to, rule, line, column) => {
    expect(errorsOf(base.replace(from, to))).toContainEqual({ rule, line, column });
  });

  it.each([
    ['a taint effect Kubernetes does not know', 'effect: NoSchedule', 'effect: Evict', 'schema/invalid'],
    ['a label value with a space', 'value: phi }\n      taint', 'value: "phi pool" }\n      taint', 'schema/invalid'],
    ['a storage class with a slash', 'storageClass: encrypted-gp3', 'storageClass: ../gp3', 'schema/invalid'],
  ])('rejects %s in the node pool settings', (_what, from, to, rule) => {
    const text = base.replace(
      'deployment:\n',
      'deployment:\n  sensitive:\n    nodePool:\n      label: { key: pool, value: phi }\n      taint: { key: dedicated, effect: NoSchedule }\n    storageClass: encrypted-gp3\n',
    );
    const errors = errorsOf(text.replace(from, to));
    expect(errors.map((e) => e.rule)).toContain(rule);
    expect(errors.every((e) => e.line >= 3 && e.line <= 8 && e.column > 0)).toBe(true);
  });
});
