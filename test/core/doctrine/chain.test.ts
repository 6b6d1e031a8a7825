import { describe, expect, it } from 'vitest';
import { cleanChain, findingOf, mapOf, rulesFired } from './map-of.ts';

describe('chain/no-user', () => {
  it('is an error on a map without a user', () => {
    const map = mapOf({
      need: { kind: 'need', uses: ['part'] },
      part: { kind: 'component', sourcing: 'build', evolution: 0.3 },
    });
    expect(findingOf(map, 'chain/no-user')).toMatchObject({ severity: 'error', path: ['nodes'] });
    expect(rulesFired(map)).not.toContain('chain/unreachable');
  });

  it('does not fire when a user exists', () => {
    expect(rulesFired(cleanChain())).not.toContain('chain/no-user');
  });
});

describe('user/no-needs', () => {
  it('fires on a user that uses nothing', () => {
    const map = cleanChain({ lurker: { kind: 'user', visibility: 1 } });
    expect(findingOf(map, 'user/no-needs')).toMatchObject({ node: 'lurker', severity: 'warning' });
  });

  it('is silenced by an ignore', () => {
    const map = cleanChain({
      lurker: { kind: 'user', visibility: 1, ignore: { 'user/no-needs': 'placeholder for the workshop' } },
    });
    expect(rulesFired(map)).toEqual([]);
  });
});

describe('need/unserved', () => {
  it('fires on a need that uses nothing', () => {
    const map = cleanChain({ pay: { kind: 'need', visibility: 0.85 }, visitor: { uses: ['book', 'pay'] } });
    expect(findingOf(map, 'need/unserved')).toMatchObject({ node: 'pay', severity: 'warning', path: ['nodes', 'pay'] });
  });

  it('is silenced by an ignore', () => {
    const map = cleanChain({
      pay: { kind: 'need', visibility: 0.85, ignore: { 'need/unserved': 'out of scope' } },
      visitor: { uses: ['book', 'pay'] },
    });
    expect(rulesFired(map)).toEqual([]);
  });
});

describe('chain/orphan and chain/unreachable', () => {
  it('calls a component nothing uses an orphan, not unreachable', () => {
    const map = cleanChain({ fax: { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.4 } });
    expect(findingOf(map, 'chain/orphan')).toMatchObject({ node: 'fax', severity: 'warning' });
    expect(rulesFired(map)).not.toContain('chain/unreachable');
  });

  it('calls a component used only by an orphan unreachable', () => {
    const map = cleanChain({
      fax: { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.4, uses: ['modem'] },
      modem: { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.3 },
    });
    expect(findingOf(map, 'chain/unreachable')).toMatchObject({ node: 'modem' });
    expect(rulesFired(map).filter((r) => r.startsWith('chain/'))).toEqual(['chain/orphan', 'chain/unreachable']);
  });

  it('counts a monolith as used when a reached component is inside it', () => {
    const map = cleanChain({
      legacy: { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.5 },
      booking: { inside: 'legacy' },
    });
    expect(rulesFired(map)).toEqual([]);
  });

  it('is silenced by ignores', () => {
    const map = cleanChain({
      fax: {
        kind: 'component',
        sourcing: 'build',
        evolution: 0.3,
        visibility: 0.4,
        uses: ['modem'],
        ignore: { 'chain/orphan': 'batch job' },
      },
      modem: {
        kind: 'component',
        sourcing: 'build',
        evolution: 0.3,
        visibility: 0.3,
        ignore: { 'chain/unreachable': 'batch job' },
      },
    });
    expect(rulesFired(map)).toEqual([]);
  });
});

describe('chain/upward', () => {
  it('fires on a use of a clearly more visible node, at the edge', () => {
    const map = cleanChain({ compute: { uses: ['booking'] }, booking: { uses: [] } });
    const f = findingOf(map, 'chain/upward');
    expect(f).toMatchObject({ node: 'compute', path: ['nodes', 'compute', 'uses', 0], severity: 'warning' });
  });

  it('does not fire within 0.1 of visibility', () => {
    const map = cleanChain({ booking: { visibility: 0.3, uses: ['compute'] }, compute: { visibility: 0.4 } });
    expect(rulesFired(map)).not.toContain('chain/upward');
  });

  it('is silenced by an ignore', () => {
    const map = cleanChain({
      compute: { uses: ['booking'], ignore: { 'chain/upward': 'callback' } },
      booking: { uses: [] },
    });
    expect(rulesFired(map)).not.toContain('chain/upward');
  });
});

describe('dup/name', () => {
  it('fires on names equal ignoring case, spaces and punctuation, at the later node', () => {
    const map = cleanChain({ compute: { name: 'Booking!' }, booking: { name: 'booking' } });
    expect(findingOf(map, 'dup/name')).toMatchObject({ node: 'compute', path: ['nodes', 'compute', 'name'] });
    // The message names the duplicate first (the node it selects), then the original.
    expect(findingOf(map, 'dup/name')?.message).toMatch(/^'compute' is named 'Booking!', like 'booking'/);
    expect(
      findingOf(cleanChain({ compute: { name: 'Pat ient-Record' }, booking: { name: 'patient record' } }), 'dup/name'),
    ).toBeDefined();
  });

  it('does not fire on different names, and is silenced by an ignore', () => {
    expect(rulesFired(cleanChain({ compute: { name: 'Bookings' }, booking: { name: 'Booking' } }))).toEqual([]);
    const map = cleanChain({
      compute: { name: 'Booking', ignore: { 'dup/name': 'two systems, one name' } },
      booking: { name: 'booking' },
    });
    expect(rulesFired(map)).toEqual([]);
  });
});

describe('monolith/unplanned', () => {
  const withMonolith = (part: object) =>
    cleanChain({
      legacy: { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.5 },
      booking: { inside: 'legacy', ...part },
    });

  it('fires on a component inside a monolith without sourcing', () => {
    const map = withMonolith({});
    delete map.nodes['booking']?.sourcing;
    expect(findingOf(map, 'monolith/unplanned')).toMatchObject({
      node: 'booking',
      path: ['nodes', 'booking', 'inside'],
      severity: 'warning',
    });
  });

  it('does not fire with a sourcing decision or plan.exclude, and is silenced by an ignore', () => {
    expect(rulesFired(withMonolith({}))).toEqual([]);
    for (const extra of [{ plan: { exclude: true } }, { ignore: { 'monolith/unplanned': 'decided in Q3' } }]) {
      const map = withMonolith(extra);
      delete map.nodes['booking']?.sourcing;
      expect(rulesFired(map)).toEqual([]);
    }
  });
});
