import { describe, expect, it } from 'vitest';
import { checkMap } from '../../../core/doctrine/check.ts';
import { DOCTRINE_RULE_IDS } from '../../../core/doctrine/registry.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { cleanChain, findingOf, mapOf, rulesFired } from '../doctrine/map-of.ts';

/** visitor → book → records (build, PHI, team) → store (outsource) */
function phiToSupplier(store: Record<string, unknown> = {}, records: Record<string, unknown> = {}): WardleyMap {
  return cleanChain({
    booking: { data: { classes: ['phi'] }, team: 'Records', uses: ['compute'], ...records },
    compute: { kind: 'component', evolution: 0.9, visibility: 0.2, sourcing: 'outsource', ...store },
  });
}

describe('compliance rules are doctrine rules', () => {
  it('registers every compliance id, so ignore can name them', () => {
    for (const id of ['missing-agreement', 'residency-escape', 'public-registry', 'no-owner'])
      expect(DOCTRINE_RULE_IDS.has(`compliance/${id}`)).toBe(true);
  });
});

describe('compliance/missing-agreement', () => {
  it('fires as an error when PHI reaches an outsourced component without a BAA', () => {
    const f = findingOf(phiToSupplier(), 'compliance/missing-agreement');
    expect(f).toMatchObject({ severity: 'error', node: 'compute', path: ['nodes', 'compute', 'sourcing'] });
    expect(f?.message).toContain("phi reaches 'compute' (outsource; from 'booking')");
    expect(f?.message).toContain('baa');
  });

  it('is quiet once the supplier has signed a BAA', () => {
    expect(rulesFired(phiToSupplier({ agreements: ['baa'] }))).not.toContain('compliance/missing-agreement');
  });

  it('wants the agreement that matches the class: a DPA does not cover PHI', () => {
    const f = findingOf(phiToSupplier({ agreements: ['dpa'] }), 'compliance/missing-agreement');
    expect(f?.path).toEqual(['nodes', 'compute', 'agreements']);
  });

  it('follows uses in the other direction too: a supplier that calls the holder receives its data', () => {
    const map = cleanChain({
      booking: { data: { classes: ['pii'] }, team: 'Bookings', uses: [] },
      compute: { sourcing: 'buy', evolution: 0.6, uses: ['booking'] },
    });
    expect(findingOf(map, 'compliance/missing-agreement')?.message).toMatch(/^pii reaches 'compute'.*dpa/);
  });

  it('fires once on a supplier that holds the data itself, naming every missing agreement', () => {
    const map = phiToSupplier({ data: { classes: ['pci', 'phi'] }, agreements: ['dpa'] }, { data: undefined });
    const rules = checkMap(map).filter((f) => f.rule === 'compliance/missing-agreement');
    expect(rules.map((f) => f.message)).toEqual([
      "phi, pci reach 'compute' (outsource; held there), whose supplier has not signed baa, pci-dss: record `agreements: [baa, pci-dss]` once signed, or keep the data away",
    ]);
  });

  it('does not reach two hops away, nor a component we build', () => {
    const map = cleanChain({
      booking: { data: { classes: ['phi'] }, team: 'Records', uses: ['api'] },
      api: { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.4, uses: ['compute'] },
    });
    expect(rulesFired(map)).not.toContain('compliance/missing-agreement');
  });

  it('is silenced by an ignore with a reason on the supplier', () => {
    const map = phiToSupplier({
      ignore: { 'compliance/missing-agreement': 'self-hosted: the vendor never sees data' },
    });
    expect(rulesFired(map)).not.toContain('compliance/missing-agreement');
  });
});

describe('compliance/residency-escape', () => {
  it('fires when a pinned component uses an outsourced one that is not pinned', () => {
    const f = findingOf(
      phiToSupplier({ agreements: ['baa'] }, { data: { classes: ['phi'], residency: ['eu'] } }),
      'compliance/residency-escape',
    );
    expect(f).toMatchObject({ severity: 'error', node: 'booking', path: ['nodes', 'booking', 'uses', 0] });
  });

  it('is quiet when the dependency is pinned inside the same residency', () => {
    const map = phiToSupplier(
      { agreements: ['baa'], data: { classes: ['phi'], residency: ['eu'] } },
      { data: { classes: ['phi'], residency: ['eu', 'us'] } },
    );
    expect(rulesFired(map)).not.toContain('compliance/residency-escape');
  });

  it('lets a component we deploy run beside its caller, unless it names another residency', () => {
    const map = mapOf({
      a: {
        kind: 'component',
        sourcing: 'build',
        team: 't',
        data: { classes: ['pii'], residency: ['on-premise'] },
        uses: ['b'],
      },
      b: { kind: 'component', sourcing: 'buy' },
    });
    expect(rulesFired(map)).not.toContain('compliance/residency-escape');
    map.nodes['b']!.data = { classes: ['pii'], residency: ['on-premise', 'cloud'] };
    expect(findingOf(map, 'compliance/residency-escape')?.message).toContain('(cloud)');
  });
});

describe('compliance/public-registry and compliance/no-owner', () => {
  it('warns when a sensitive workload pulls from Docker Hub, also when the registry is a bare namespace', () => {
    for (const registry of ['docker.io/acme', 'acme/images', 'ghcr.io/acme']) {
      const map = { ...phiToSupplier({ agreements: ['baa'] }), deployment: { registry } };
      expect(findingOf(map, 'compliance/public-registry')?.severity).toBe('warning');
    }
  });

  it('is quiet for a private registry, and for a workload without sensitive data', () => {
    const priv = {
      ...phiToSupplier({ agreements: ['baa'] }),
      deployment: { registry: 'registry.acme.example:5000/apps' },
    };
    expect(rulesFired(priv)).not.toContain('compliance/public-registry');
    const plain = { ...cleanChain(), deployment: { registry: 'docker.io/acme' } };
    expect(rulesFired(plain)).not.toContain('compliance/public-registry');
  });

  it('warns when sensitive data has no team, at the data field', () => {
    const f = findingOf(phiToSupplier({ agreements: ['baa'] }, { team: undefined }), 'compliance/no-owner');
    expect(f).toMatchObject({ severity: 'warning', node: 'booking', path: ['nodes', 'booking', 'data'] });
  });
});
