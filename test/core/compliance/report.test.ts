// The compliance report: its model over the example maps and random maps, and its Markdown and
// JSON renderings against golden files (UPDATE_GOLDEN=1 to refresh).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complianceJson, complianceMarkdown, complianceReport } from '../../../core/compliance/index.ts';
import { checkMap } from '../../../core/doctrine/check.ts';
import { parseMap } from '../../../core/format/parse.ts';
import type { Agreement, DataClass, MapNode, WardleyMap } from '../../../core/model/types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function load(path: string): WardleyMap {
  const r = parseMap(readFileSync(resolve(ROOT, path), 'utf8'));
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.errors[0])}`);
  return r.map;
}

function golden(name: string, actual: string): void {
  const file = resolve(ROOT, 'test/golden/compliance', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('compliance report of the HIE fixture', () => {
  const report = complianceReport(load('test/fixtures/compliance/hie.yaml'));

  it('matches the golden Markdown and JSON', () => {
    golden('hie.md', complianceMarkdown(report));
    golden('hie.json', complianceJson(report));
  });

  it('lists the PHI holders and the BAA each supplier has or lacks', () => {
    const phi = report.classes.find((c) => c.dataClass === 'phi');
    expect(phi?.heldBy.map((h) => h.id)).toContain('patient-index');
    expect(phi?.flows).toContainEqual({ from: 'message-archive', to: 'backup-storage' });
    expect(report.suppliers.find((s) => s.id === 'backup-storage')).toMatchObject({ agreements: ['baa'], missing: [] });
    expect(report.suppliers.find((s) => s.id === 'terminology')?.missing).toEqual(['baa']);
    expect(report.accepted.map((a) => a.node)).toContain('terminology');
  });

  it('goes safeguard by safeguard', () => {
    expect(report.safeguards.map((s) => s.id)).toEqual([
      'encryption-at-rest',
      'encryption-in-transit',
      'access-control',
      'audit-logging',
      'backup',
      'residency',
    ]);
  });
});

/** Every supplier lacking an agreement is a finding, unless the map accepts it with a reason. */
function expectConsistent(map: WardleyMap): void {
  const report = complianceReport(map);
  const missingFound = new Set(
    checkMap(map)
      .filter((f) => f.rule === 'compliance/missing-agreement')
      .map((f) => f.node),
  );
  const accepted = new Set(report.accepted.filter((a) => a.rule === 'compliance/missing-agreement').map((a) => a.node));
  for (const s of report.suppliers) {
    expect(s.missing.length > 0).toBe(missingFound.has(s.id) || accepted.has(s.id));
  }
  const holders = new Set(report.classes.flatMap((c) => c.heldBy.map((h) => h.id)));
  for (const c of report.classes) for (const f of c.flows) expect(holders.has(f.from) || holders.has(f.to)).toBe(true);
  expect(JSON.parse(complianceJson(report))).toMatchObject({ version: 1, title: map.title });
  expect(complianceMarkdown(report)).toContain('## Safeguards');
}

describe('compliance report over maps', () => {
  it.each(['maps/hie-monolith.yaml', 'maps/ehealth-platform.yaml', 'maps/conference.yaml'])(
    'is consistent with the findings for %s',
    (path) => expectConsistent(load(path)),
  );

  const classes = fc.subarray<DataClass>(['phi', 'pii', 'pci', 'confidential']);
  const agreements = fc.subarray<Agreement>(['baa', 'dpa', 'pci-dss', 'scc', 'nda']);
  const part = fc.record({
    sourcing: fc.constantFrom('build', 'buy', 'outsource'),
    classes,
    agreements,
    team: fc.boolean(),
    pinned: fc.boolean(),
  });
  const randomMap = fc
    .array(part, { minLength: 1, maxLength: 10 })
    .chain((parts) =>
      fc.tuple(fc.constant(parts), fc.array(fc.tuple(fc.nat(parts.length - 1), fc.nat(parts.length - 1)))),
    )
    .map(([parts, edges]): WardleyMap => {
      const nodes: Record<string, MapNode> = {};
      parts.forEach((p, i) => {
        const node: MapNode = {
          kind: 'component',
          name: `Part | ${i}`,
          evolution: 0.5,
          visibility: 0.5,
          sourcing: p.sourcing,
        };
        if (p.classes.length > 0)
          node.data = {
            classes: p.classes as [DataClass, ...DataClass[]],
            ...(p.pinned ? { residency: ['eu'] as [string] } : {}),
          };
        if (p.agreements.length > 0) node.agreements = p.agreements;
        if (p.team) node.team = 'Team';
        const uses = [...new Set(edges.filter(([a, b]) => a === i && b !== i).map(([, b]) => `p${b}`))];
        if (uses.length > 0) node.uses = uses;
        nodes[`p${i}`] = node;
      });
      return { version: 1, title: 'Random', nodes };
    });

  it('is consistent with the findings for random maps', () => {
    fc.assert(
      fc.property(randomMap, (map) => expectConsistent(map)),
      { numRuns: 200 },
    );
  });

  it('keeps a table row on one line whatever the names hold', () => {
    const map = load('test/fixtures/compliance/hie.yaml');
    map.nodes['patient-index']!.name = 'Index | with\u2028breaks';
    const md = complianceMarkdown(complianceReport(map));
    expect(md).toContain('| Index \\| with breaks (`patient-index`) |');
  });
});
