import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMapText } from '../../../core/format/format.ts';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { emptyMapDocument } from '../../../core/model/operations.ts';
import { nodeEntries } from '../../../core/model/types.ts';
import { applyQuickLine, applyQuickText } from '../../../core/quick/batch.ts';
import { ROOM } from '../../../core/quick/room.ts';

const TEA = `# the tea shop
version: 1
title: Tea shop
nodes:
  customer:
    kind: user
    name: Customer
    evolution: 0.5
    visibility: 0.95
  cup:
    kind: need
    name: Cup of tea
    evolution: 0.8
    visibility: 0.8 # drawn by hand
  legacy:
    kind: component
    name: Legacy till
    evolution: 0.4
    visibility: 0.4
`;

function tea(): MapDocument {
  const r = parseMap(TEA);
  if (!r.ok) throw new Error('fixture does not parse');
  return r.document;
}

function applied(document: MapDocument, line: string): MapDocument {
  const r = applyQuickLine(document, line);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.document;
}

function refusal(document: MapDocument, line: string): string {
  const r = applyQuickLine(document, line);
  if (r.ok) throw new Error(`applied: ${line}`);
  return r.errors.map((e) => e.message).join('; ');
}

describe('applying quick-entry statements', () => {
  it('adds nodes of each kind at the typed place, swapping OWM’s order into the model', () => {
    const d = applied(tea(), 'component Ticketing [0.55, 0.62] (buy)');
    expect(d.map.nodes.ticketing).toEqual({
      kind: 'component',
      name: 'Ticketing',
      evolution: 0.62,
      visibility: 0.55,
      sourcing: 'buy',
    });
    expect(applied(d, 'user Attendee').map.nodes.attendee?.kind).toBe('user');
    expect(applied(d, 'need Buy ticket').map.nodes['buy-ticket']?.kind).toBe('need');
  });

  it('links by name, in any letter case, creating a component for a name not on the map', () => {
    const d = applied(tea(), 'customer->cup of tea->Kettle');
    expect(d.map.nodes.customer?.uses).toEqual(['cup']);
    expect(d.map.nodes.cup?.uses).toEqual(['kettle']);
    const kettle = d.map.nodes.kettle;
    expect(kettle?.kind).toBe('component');
    // Below the need that uses it, with room around it.
    expect(kettle?.visibility).toBeLessThan(0.8);
    for (const [id, n] of nodeEntries(d.map)) {
      if (id !== 'kettle' && kettle) {
        expect(Math.hypot(n.evolution - kettle.evolution, n.visibility - kettle.visibility)).toBeGreaterThanOrEqual(
          ROOM,
        );
      }
    }
  });

  it('states evolve, sourcing, inertia, team and inside on existing nodes', () => {
    let d = tea();
    d = applied(d, 'component Scheduling [0.6, 0.4]');
    d = applied(d, 'evolve Scheduling 0.7');
    d = applied(d, 'Scheduling (build)');
    d = applied(d, 'inertia Legacy till');
    d = applied(d, 'team Scheduling Events and programme');
    d = applied(d, 'Scheduling in Legacy till');
    expect(d.map.nodes.scheduling).toMatchObject({
      evolve: 0.7,
      sourcing: 'build',
      team: 'Events and programme',
      inside: 'legacy',
    });
    expect(d.map.nodes.legacy?.inertia).toBe(true);
  });

  it('splits `in` where the names are on the map, even when a name contains " in "', () => {
    let d = applied(tea(), 'component Log in service [0.5, 0.3]');
    d = applied(d, 'Log in service in Legacy till');
    expect(d.map.nodes['log-in-service']?.inside).toBe('legacy');
  });

  it('creates the monolith when it is named for the first time', () => {
    const d = applied(tea(), 'Legacy till in Old mainframe');
    expect(d.map.nodes['old-mainframe']?.kind).toBe('component');
    expect(d.map.nodes.legacy?.inside).toBe('old-mainframe');
  });

  it('a second declaration of a node moves it and adds its facts instead of a duplicate', () => {
    let d = applied(tea(), 'Customer->Till');
    d = applied(d, 'component Till [0.3, 0.9] (outsource) inertia');
    expect(Object.keys(d.map.nodes).filter((id) => id.startsWith('till'))).toEqual(['till']);
    expect(d.map.nodes.till).toMatchObject({ evolution: 0.9, visibility: 0.3, sourcing: 'outsource', inertia: true });
    expect(applied(d, 'need Till').map.nodes.till?.kind).toBe('need');
  });

  it('adds notes as annotations, keeping the rest of the file as written', () => {
    const d = applied(tea(), 'note Chosen in the workshop [0.3, 0.4]');
    expect(d.map.annotations).toEqual([
      { text: 'Chosen in the workshop', kind: 'note', evolution: 0.4, visibility: 0.3 },
    ]);
    expect(d.text.startsWith(TEA)).toBe(true);
    const two = applied(d, 'note Second');
    expect(two.map.annotations).toHaveLength(2);
    expect(two.map.annotations?.[1]?.evolution).toBeTypeOf('number');
  });

  it('sets the title in place', () => {
    const d = applied(tea(), 'title Tea shop, 2027');
    expect(d.map.title).toBe('Tea shop, 2027');
    expect(d.text).toBe(TEA.replace('title: Tea shop', 'title: Tea shop, 2027'));
  });

  it('refuses with a reason and leaves the map as it was', () => {
    const before = tea();
    expect(refusal(before, 'Customer in Cup of tea')).toMatch(/a monolith must be a component/);
    expect(refusal(before, 'Legacy till in Legacy till')).toMatch(/inside itself/);
    const nested = applied(before, 'component Till [0.3, 0.5]');
    const held = applied(nested, 'Till in Legacy till');
    expect(refusal(held, 'Legacy till in Till')).toMatch(/monoliths do not nest/);
    expect(refusal(before, 'Customer->Customer')).toMatch(/cannot use itself/);
    expect(refusal(before, 'team Nobody here')).toMatch(/no node's name starts/);
    expect(refusal(before, 'frobnicate')).toMatch(/not a statement/);
    expect(before.text).toBe(TEA);
  });

  it('asks for an id when a name is on two nodes', () => {
    let d = applied(tea(), 'component Twin [0.2, 0.2]');
    d = applied(d, 'component twin-2 [0.2, 0.8]');
    const r = parseMap(d.text.replace('name: twin-2', 'name: Twin'));
    if (!r.ok) throw new Error('does not parse');
    expect(refusal(r.document, 'evolve Twin 0.5')).toMatch(/names 2 nodes \(twin, twin-2\); use the id/);
    expect(applied(r.document, 'evolve twin-2 0.5').map.nodes['twin-2']?.evolve).toBe(0.5);
  });
});

describe('applying several lines at once', () => {
  it('applies the lines that work, in order, and reports each line that failed', () => {
    const batch = applyQuickText(
      tea(),
      'user Attendee\n\n// a comment\nAttendee->\nAttendee->Buy ticket\nfrobnicate\n',
    );
    expect(batch.lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [4, false],
      [5, true],
      [6, false],
    ]);
    expect(batch.lines[1]?.reason).toMatch(/both sides/);
    expect(batch.document.map.nodes.attendee?.uses).toEqual(['buy-ticket']);
    expect(batch.ids).toEqual(['attendee', 'buy-ticket']);
  });

  it('builds the conference map of the workshop script from an empty map', () => {
    const script = readFileSync('test/fixtures/quick/conference.quick', 'utf8');
    const batch = applyQuickText(emptyMapDocument('Untitled map'), script);
    expect(batch.lines.filter((l) => !l.ok)).toEqual([]);
    const expected = readFileSync('test/fixtures/quick/conference.yaml', 'utf8');
    const formatted = formatMapText(batch.document.text);
    expect(formatted.ok && formatted.text).toBe(expected);
  });
});

describe('the README’s quick-entry example', () => {
  it('applies without a failed line', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /Quick entry speaks[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const batch = applyQuickText(emptyMapDocument('README'), block ?? '');
    expect(batch.lines.length).toBeGreaterThan(5);
    expect(batch.lines.filter((l) => !l.ok)).toEqual([]);
  });
});
