// The data and agreement operations: canonical order, one field each, refusals with a reason, and
// the file still loading after every edit.
import { describe, expect, it } from 'vitest';
import { applied, documentOf } from './edit-fixture.ts';
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

describe('setDataClasses', () => {
  it('writes the classes in canonical order, keeps the residency, and removes data when none is left', () => {
    const held = applied(setDataClasses(documentOf(source), 'records', ['pii', 'phi']));
    expect(held.map.nodes.records?.data).toEqual({ classes: ['phi', 'pii'] });
    expect(held.text).toContain('name: Records # the journal');
    const pinned = applied(setResidency(held, 'records', [' site-a ', 'site-a', '', 'site-b']));
    expect(pinned.map.nodes.records?.data).toEqual({ classes: ['phi', 'pii'], residency: ['site-a', 'site-b'] });
    const fewer = applied(setDataClasses(pinned, 'records', ['pii']));
    expect(fewer.map.nodes.records?.data).toEqual({ classes: ['pii'], residency: ['site-a', 'site-b'] });
    const none = applied(setDataClasses(fewer, 'records', []));
    expect(none.map.nodes.records).not.toHaveProperty('data');
    expect(none.text).not.toContain('residency');
  });

  it('refuses users and needs, unknown classes and a residency without classes', () => {
    const user = setDataClasses(documentOf(source), 'patient', ['phi']);
    expect(user.ok ? '' : user.errors[0]?.message).toMatch(/'patient' is a user; only components/);
    const odd = setDataClasses(documentOf(source), 'records', ['phi', 'secret']);
    expect(odd.ok ? '' : odd.errors[0]?.message).toMatch(/unknown data class secret/);
    const bare = setResidency(documentOf(source), 'records', ['site-a']);
    expect(bare.ok ? '' : bare.errors[0]?.message).toMatch(/holds no sensitive data/);
    const hostile = setResidency(applied(setDataClasses(documentOf(source), 'records', ['phi'])), 'records', [
      'not a site: {x}',
    ]);
    expect(hostile.ok).toBe(false);
  });
});

describe('setAgreements', () => {
  it('records the agreements in canonical order and removes the field when none is left', () => {
    const signed = applied(setAgreements(documentOf(source), 'cloud', ['dpa', 'baa', 'dpa']));
    expect(signed.map.nodes.cloud?.agreements).toEqual(['baa', 'dpa']);
    expect(applied(setAgreements(signed, 'cloud', [])).map.nodes.cloud).not.toHaveProperty('agreements');
    const odd = setAgreements(documentOf(source), 'cloud', ['hipaa']);
    expect(odd.ok ? '' : odd.errors[0]?.message).toMatch(/unknown agreement hipaa/);
  });
});
