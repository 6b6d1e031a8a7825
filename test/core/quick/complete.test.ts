import { describe, expect, it } from 'vitest';
import { emptyMapDocument } from '../../../core/model/operations.ts';
import { applyQuickText } from '../../../core/quick/batch.ts';
import { quickCompletions } from '../../../core/quick/complete.ts';

const map = applyQuickText(
  emptyMapDocument('Completion'),
  'user Attendee\nneed Buy ticket\ncomponent Ticketing\ncomponent Schedule management\ncomponent Legacy monolith',
).document.map;

describe('quick-entry completion', () => {
  it('offers keywords and names at the start of a statement', () => {
    expect(quickCompletions(map, 'co').options).toEqual(['component ']);
    expect(quickCompletions(map, 'T').options).toEqual([
      'team ',
      'title ',
      'Ticketing',
      'Attendee',
      'Buy ticket',
      'Schedule management',
      'Legacy monolith',
    ]);
    expect(quickCompletions(map, 'att')).toEqual({ from: 0, options: ['Attendee'] });
  });

  it('offers node names after a keyword, an arrow and `in`, replacing only the name', () => {
    expect(quickCompletions(map, 'evolve sch')).toEqual({ from: 7, options: ['Schedule management'] });
    expect(quickCompletions(map, 'Attendee->bu')).toEqual({ from: 10, options: ['Buy ticket'] });
    expect(quickCompletions(map, 'Buy ticket -> ')).toMatchObject({ from: 14 });
    expect(quickCompletions(map, 'Schedule management in mono')).toEqual({ from: 23, options: ['Legacy monolith'] });
  });

  it('ranks names that start with the typed text before names that contain it', () => {
    expect(quickCompletions(map, 'inertia t').options).toEqual([
      'Ticketing',
      'Attendee',
      'Buy ticket',
      'Schedule management',
      'Legacy monolith',
    ]);
  });
});
