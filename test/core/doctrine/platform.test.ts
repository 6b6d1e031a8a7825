// The platform suggestion: the bottom rows a map runs on (power, compute, the container platform)
// are offered as `platform: true` by doctrine and by the OWM importer, and nothing else is.
import { describe, expect, it } from 'vitest';
import { checkMap } from '../../../core/doctrine/check.ts';
import { importOwm } from '../../../core/export/owm/import.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

function mapWith(nodes: Record<string, MapNode>): WardleyMap {
  return {
    version: 1,
    title: 'Shop',
    nodes: {
      customer: { kind: 'user', name: 'Customer', evolution: 0.5, visibility: 1, uses: ['shop'] },
      shop: {
        kind: 'component',
        name: 'Shop',
        evolution: 0.4,
        visibility: 0.8,
        sourcing: 'build',
        uses: ['hosted'],
      },
      // The shop runs on a hosted service; what that runs on, no workload of ours calls.
      hosted: {
        kind: 'component',
        name: 'Hosted shop',
        evolution: 0.8,
        visibility: 0.6,
        sourcing: 'outsource',
        uses: Object.keys(nodes),
      },
      ...nodes,
    },
  };
}

const bottom = (name: string, fields: Partial<MapNode> = {}): MapNode => ({
  kind: 'component',
  name,
  evolution: 0.9,
  visibility: 0.1,
  sourcing: 'outsource',
  ...fields,
});

const suggested = (map: WardleyMap): string[] =>
  checkMap(map)
    .filter((f) => f.rule === 'platform/suggest')
    .map((f) => f.node ?? '');

describe('platform/suggest', () => {
  it('offers commodity platform rows with no deployment hint that no built or bought workload calls', () => {
    const map = mapWith({
      power: bottom('Power'),
      compute: bottom('Compute (AWS)'),
      'data-centre': bottom('Data Centres'),
      k8s: bottom('Container platform'),
    });
    expect(suggested(map).sort()).toEqual(['compute', 'data-centre', 'k8s', 'power']);
    expect(checkMap(map).find((f) => f.node === 'power')?.severity).toBe('info');
  });

  it('leaves alone what is marked, called by URL, still evolving, called by a workload, or not a platform', () => {
    const map = mapWith({
      power: bottom('Power', { platform: true }),
      compute: bottom('Compute', { deploy: { service: { host: 'api.compute.example' } } }),
      hosting: bottom('Hosting', { evolution: 0.5 }),
      storage: bottom('Cloud storage'),
    });
    (map.nodes as Record<string, MapNode>)['server'] = bottom('Servers');
    (map.nodes as Record<string, MapNode>)['shop']!.uses = ['hosted', 'server'];
    expect(suggested(map)).toEqual([]);
  });
});

describe('the OWM importer', () => {
  it('suggests platform: true for the platform rows, with their lines, and nothing for the rest', () => {
    const r = importOwm(
      [
        'title Tea Shop',
        'anchor Business [0.95, 0.63]',
        'component Cup of Tea [0.79, 0.61]',
        'component Kettle [0.43, 0.35] (build)',
        'component Electric grid [0.2, 0.8] (outsource)',
        'component Power [0.1, 0.9] (outsource)',
        'component Compute [0.1, 0.85] (outsource)',
        'Business->Cup of Tea',
        'Cup of Tea->Kettle',
        'Kettle->Electric grid',
        'Electric grid->Power',
        'Kettle->Compute',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const hints = r.warnings.filter((w) => w.rule === 'owm/platform-suggested');
    // Power is used by the grid only; Compute is called by the built Kettle.
    expect(hints.map((w) => [w.line, w.severity])).toEqual([[6, 'info']]);
    expect(hints[0]?.message).toContain('Power');
  });
});
