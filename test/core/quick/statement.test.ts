import { describe, expect, it } from 'vitest';
import { parseQuickStatement } from '../../../core/quick/statement.ts';

function statementOf(line: string) {
  const r = parseQuickStatement(line);
  if (!r.ok) throw new Error(r.reason);
  return r.statement;
}

function reasonOf(line: string): string {
  const r = parseQuickStatement(line);
  if (r.ok) throw new Error(`parsed: ${JSON.stringify(r.statement)}`);
  return r.reason;
}

describe('quick-entry statements', () => {
  it('reads users, needs and components with OWM’s [visibility, evolution] order', () => {
    expect(statementOf('user Attendee')).toEqual({ type: 'add', kind: 'user', name: 'Attendee' });
    expect(statementOf('anchor Business')).toEqual({ type: 'add', kind: 'user', name: 'Business' });
    expect(statementOf('need Buy ticket')).toEqual({ type: 'add', kind: 'need', name: 'Buy ticket' });
    expect(statementOf('component Ticketing [0.55, 0.62] (buy)')).toEqual({
      type: 'add',
      kind: 'component',
      name: 'Ticketing',
      at: { visibility: 0.55, evolution: 0.62 },
      sourcing: 'buy',
    });
  });

  it('reads decorators after the coordinates: inertia, evolve, sourcing in any order', () => {
    expect(statementOf('component Kettle [0.4, 0.3] inertia evolve 0.8 (outsource)')).toEqual({
      type: 'add',
      kind: 'component',
      name: 'Kettle',
      at: { visibility: 0.4, evolution: 0.3 },
      inertia: true,
      evolve: 0.8,
      sourcing: 'outsource',
    });
    expect(statementOf('component Kettle inertia')).toMatchObject({ name: 'Kettle', inertia: true });
  });

  it('keeps a quoted name whole, brackets and arrows included', () => {
    expect(statementOf('component "Auth (OAuth) [v2]" [0.5, 0.5]')).toMatchObject({ name: 'Auth (OAuth) [v2]' });
    expect(statementOf('"A->B" -> C')).toEqual({ type: 'link', names: ['A->B', 'C'] });
  });

  it('reads links, chains of links and their unusual spacing', () => {
    expect(statementOf('Attendee->Buy ticket')).toEqual({ type: 'link', names: ['Attendee', 'Buy ticket'] });
    expect(statementOf('  Buy ticket -> Ticketing  ')).toEqual({ type: 'link', names: ['Buy ticket', 'Ticketing'] });
    expect(statementOf('A->B->C')).toEqual({ type: 'link', names: ['A', 'B', 'C'] });
    expect(statementOf('component->Ticketing')).toEqual({ type: 'link', names: ['component', 'Ticketing'] });
  });

  it('reads evolve, sourcing, inertia, notes and the title', () => {
    expect(statementOf('evolve Scheduling 0.7')).toEqual({ type: 'evolve', name: 'Scheduling', evolution: 0.7 });
    expect(statementOf('evolve Schedule management 1')).toEqual({
      type: 'evolve',
      name: 'Schedule management',
      evolution: 1,
    });
    expect(statementOf('Scheduling (build)')).toEqual({ type: 'sourcing', name: 'Scheduling', sourcing: 'build' });
    expect(statementOf('outsource Compute')).toEqual({ type: 'sourcing', name: 'Compute', sourcing: 'outsource' });
    expect(statementOf('inertia Ticketing')).toEqual({ type: 'inertia', name: 'Ticketing' });
    expect(statementOf('note Chosen in the workshop [0.3, 0.4]')).toEqual({
      type: 'note',
      text: 'Chosen in the workshop',
      at: { visibility: 0.3, evolution: 0.4 },
    });
    expect(statementOf('note Ask ops')).toEqual({ type: 'note', text: 'Ask ops' });
    expect(statementOf('title Conference')).toEqual({ type: 'title', text: 'Conference' });
  });

  it('leaves the split of `in` and `team` to the map’s names', () => {
    expect(statementOf('Scheduling in Conference monolith')).toEqual({
      type: 'inside',
      text: 'Scheduling in Conference monolith',
    });
    expect(statementOf('team Scheduling Events')).toEqual({ type: 'team', text: 'Scheduling Events' });
  });

  it('says why a line is not a statement', () => {
    expect(reasonOf('')).toMatch(/empty/);
    expect(reasonOf('Ticketing')).toMatch(/not a statement.*component Name \[visibility, evolution\]/);
    expect(reasonOf('component Ticketing [0.55]')).toMatch(/\[visibility, evolution\]/);
    expect(reasonOf('component Ticketing [1.5, 0.2]')).toMatch(/visibility 1.5 is outside/);
    expect(reasonOf('component Ticketing [0.5, 0.2] shiny')).toMatch(/'shiny' is not understood/);
    expect(reasonOf('evolve Scheduling')).toMatch(/evolve needs a name/);
    expect(reasonOf('evolve Scheduling 1.7')).toMatch(/outside 0/);
    expect(reasonOf('Attendee->')).toMatch(/both sides/);
    expect(reasonOf('component "open')).toMatch(/quoted name is not closed/);
    expect(reasonOf('note [0.3, 0.4]')).toMatch(/note needs some text/);
  });
});

describe('arrows inside quoted names', () => {
  it('are part of the name, not a link', () => {
    expect(parseQuickStatement('component "Kettle->Electric" [0.5, 0.5]')).toMatchObject({
      ok: true,
      statement: { type: 'add', name: 'Kettle->Electric' },
    });
  });
});
