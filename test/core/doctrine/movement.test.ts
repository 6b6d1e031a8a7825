import { describe, expect, it } from 'vitest';
import { cleanChain, findingOf, rulesFired } from './map-of.ts';

describe('move/left', () => {
  it('fires when evolve is behind evolution', () => {
    const map = cleanChain({ booking: { evolve: 0.2 } });
    expect(findingOf(map, 'move/left')).toMatchObject({ severity: 'warning', path: ['nodes', 'booking', 'evolve'] });
    expect(findingOf(map, 'move/left')?.message).toMatch(/^'booking'/);
  });

  it('does not fire on a movement to the right', () => {
    expect(rulesFired(cleanChain({ booking: { evolve: 0.35 } }))).toEqual([]);
  });

  it('is silenced by an ignore', () => {
    expect(
      rulesFired(cleanChain({ booking: { evolve: 0.2, ignore: { 'move/left': 'de-commoditised on purpose' } } })),
    ).toEqual([]);
  });
});

describe('move/method-change', () => {
  it('fires when a built component moves into product or commodity', () => {
    const map = cleanChain({ booking: { evolve: 0.6 } });
    expect(findingOf(map, 'move/method-change')).toMatchObject({ severity: 'info', node: 'booking' });
    expect(findingOf(map, 'move/method-change')?.message).toMatch(/^'booking' moves into stage III/);
    expect(findingOf(cleanChain({ booking: { evolve: 0.8 } }), 'move/method-change')?.message).toContain('stage IV');
  });

  it('does not fire within stage II, or when sourcing changes with it', () => {
    expect(rulesFired(cleanChain({ booking: { evolve: 0.38 } }))).toEqual([]);
    expect(rulesFired(cleanChain({ booking: { evolve: 0.6, evolution: 0.3, sourcing: 'buy' } }))).not.toContain(
      'move/method-change',
    );
  });

  it('is silenced by an ignore', () => {
    const map = cleanChain({ booking: { evolve: 0.6, ignore: { 'move/method-change': 'we sell it as a product' } } });
    expect(rulesFired(map)).toEqual([]);
  });
});

describe('inertia/without-move', () => {
  it('fires on inertia without evolve', () => {
    expect(findingOf(cleanChain({ booking: { inertia: true } }), 'inertia/without-move')).toMatchObject({
      severity: 'info',
      path: ['nodes', 'booking', 'inertia'],
    });
    expect(findingOf(cleanChain({ booking: { inertia: true } }), 'inertia/without-move')?.message).toMatch(
      /^'booking'/,
    );
  });

  it('does not fire with a movement, and is silenced by an ignore', () => {
    expect(rulesFired(cleanChain({ booking: { inertia: true, evolve: 0.35 } }))).toEqual([]);
    expect(
      rulesFired(cleanChain({ booking: { inertia: true, ignore: { 'inertia/without-move': 'politics' } } })),
    ).toEqual([]);
  });
});
