import { describe, expect, it } from 'vitest';
import { cleanChain, findingOf, rulesFired } from './map-of.ts';

// Each case puts the `booking` component at an evolution with a sourcing.
const cases = [
  { rule: 'source/build-commodity', sourcing: 'build', evolution: 0.9, severity: 'warning' },
  { rule: 'source/build-product', sourcing: 'build', evolution: 0.55, severity: 'info' },
  { rule: 'source/buy-genesis', sourcing: 'buy', evolution: 0.05, severity: 'warning' },
  { rule: 'source/outsource-genesis', sourcing: 'outsource', evolution: 0.05, severity: 'warning' },
  { rule: 'source/buy-custom', sourcing: 'buy', evolution: 0.3, severity: 'info' },
  { rule: 'source/outsource-custom', sourcing: 'outsource', evolution: 0.3, severity: 'info' },
] as const;

describe('sourcing by stage', () => {
  it('is clean for the chain that fits its stages', () => {
    expect(rulesFired(cleanChain())).toEqual([]);
  });

  for (const c of cases) {
    describe(c.rule, () => {
      it(`fires on ${c.sourcing} at evolution ${c.evolution}`, () => {
        const map = cleanChain({ booking: { sourcing: c.sourcing, evolution: c.evolution } });
        expect(findingOf(map, c.rule)).toMatchObject({
          severity: c.severity,
          node: 'booking',
          path: ['nodes', 'booking', 'sourcing'],
        });
        expect(findingOf(map, c.rule)?.message).toMatch(/^'booking': /);
      });

      it('is silenced by an ignore with a reason', () => {
        const map = cleanChain({
          booking: { sourcing: c.sourcing, evolution: c.evolution, ignore: { [c.rule]: 'we are the provider' } },
        });
        expect(rulesFired(map)).not.toContain(c.rule);
      });
    });
  }

  it('does not fire where the sourcing fits', () => {
    const fits = [
      { sourcing: 'build', evolution: 0.1 },
      { sourcing: 'build', evolution: 0.3 },
      { sourcing: 'buy', evolution: 0.55 },
      { sourcing: 'outsource', evolution: 0.9 },
      { sourcing: 'buy', evolution: 0.9 },
    ] as const;
    for (const f of fits) {
      expect(rulesFired(cleanChain({ booking: f })).filter((r) => r.startsWith('source/'))).toEqual([]);
    }
  });

  it('drops to info within 0.03 of a boundary', () => {
    expect(
      findingOf(cleanChain({ booking: { sourcing: 'build', evolution: 0.72 } }), 'source/build-commodity'),
    ).toMatchObject({
      severity: 'info',
    });
    expect(
      findingOf(cleanChain({ booking: { sourcing: 'buy', evolution: 0.15 } }), 'source/buy-genesis'),
    ).toMatchObject({
      severity: 'info',
    });
    expect(
      findingOf(cleanChain({ booking: { sourcing: 'build', evolution: 0.74 } }), 'source/build-commodity'),
    ).toMatchObject({
      severity: 'warning',
    });
  });

  it('uses the boundaries of the map', () => {
    const map = cleanChain({ booking: { sourcing: 'build', evolution: 0.8 } });
    map.stages = { boundaries: [0.25, 0.5, 0.85] };
    expect(rulesFired(map)).toContain('source/build-product');
    expect(rulesFired(map)).not.toContain('source/build-commodity');
  });
});

describe('source/missing', () => {
  it('fires on a component without sourcing', () => {
    const map = cleanChain();
    delete map.nodes['compute']?.sourcing;
    expect(findingOf(map, 'source/missing')).toMatchObject({
      severity: 'warning',
      node: 'compute',
      path: ['nodes', 'compute'],
    });
  });

  it('leaves needs and users alone, and parts of a monolith to monolith/unplanned', () => {
    const map = cleanChain({
      legacy: { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.5 },
      booking: { inside: 'legacy', sourcing: undefined },
    });
    delete map.nodes['booking']?.sourcing;
    expect(rulesFired(map)).not.toContain('source/missing');
    expect(rulesFired(map)).toContain('monolith/unplanned');
  });

  it('is silenced by an ignore', () => {
    const map = cleanChain({ compute: { ignore: { 'source/missing': 'decided next quarter' } } });
    delete map.nodes['compute']?.sourcing;
    expect(rulesFired(map)).toEqual([]);
  });
});
