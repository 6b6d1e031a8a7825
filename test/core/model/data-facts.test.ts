// The data and agreement operations: canonical order, one field each, refusals with a reason, and
// the file still loading after every edit.
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import type { EditResult } from '../../../core/model/commit.ts';
import { setAgreements, setDataClasses, setResidency } from '../../../core/model/data-facts.ts';

const source = `version: 1
title: Clinic
nodes:
  patient:
    kind: user
    name: Patient
    evolution: 0.5
    visibility: 0.95
    uses: [records]
  records:
    kind: component
    name: Records # the journal
    evolution: 0.4
    visibility: 0.5
    sourcing: build
  cloud:
    kind: component
    name: Cloud
    evolution: 0.9
    visibility: 0.2
    sourcing: outsource
`;

function doc(): MapDocument {
  const r = parseMap(source);
  if (!r.ok) throw new Error('fixture');
  return r.document;
}

function done(r: EditResult): MapDocument {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  expect(parseMap(r.document.text).ok).toBe(true);
  return r.document;
}

describe('setDataClasses', () => {
  it('writes the classes in canonical order, keeps the residency, and removes data when none is left', () => {
    const held = done(setDataClasses(doc(), 'records', ['pii', 'phi']));
    expect(held.map.nodes.records?.data).toEqual({ classes: ['phi', 'pii'] });
    expect(held.text).toContain('name: Records # the journal');
    const pinned = done(setResidency(held, 'records', [' site-a ', 'site-a', '', 'site-b']));
    expect(pinned.map.nodes.records?.data).toEqual({ classes: ['phi', 'pii'], residency: ['site-a', 'site-b'] });
    const fewer = done(setDataClasses(pinned, 'records', ['pii']));
    expect(fewer.map.nodes.records?.data).toEqual({ classes: ['pii'], residency: ['site-a', 'site-b'] });
    const none = done(setDataClasses(fewer, 'records', []));
    expect(none.map.nodes.records).not.toHaveProperty('data');
    expect(none.text).not.toContain('residency');
  });

  it('refuses users and needs, unknown classes and a residency without classes', () => {
    const user = setDataClasses(doc(), 'patient', ['phi']);
    expect(user.ok ? '' : user.errors[0]?.message).toMatch(/'patient' is a user; only components/);
    const odd = setDataClasses(doc(), 'records', ['phi', 'secret']);
    expect(odd.ok ? '' : odd.errors[0]?.message).toMatch(/unknown data class secret/);
    const bare = setResidency(doc(), 'records', ['site-a']);
    expect(bare.ok ? '' : bare.errors[0]?.message).toMatch(/holds no sensitive data/);
    const hostile = setResidency(done(setDataClasses(doc(), 'records', ['phi'])), 'records', ['not a site: {x}']);
    expect(hostile.ok).toBe(false);
  });
});

describe('setAgreements', () => {
  it('records the agreements in canonical order and removes the field when none is left', () => {
    const signed = done(setAgreements(doc(), 'cloud', ['dpa', 'baa', 'dpa']));
    expect(signed.map.nodes.cloud?.agreements).toEqual(['baa', 'dpa']);
    expect(done(setAgreements(signed, 'cloud', [])).map.nodes.cloud).not.toHaveProperty('agreements');
    const odd = setAgreements(doc(), 'cloud', ['hipaa']);
    expect(odd.ok ? '' : odd.errors[0]?.message).toMatch(/unknown agreement hipaa/);
  });
});
