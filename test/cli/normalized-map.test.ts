import { describe, expect, it } from 'vitest';
import { normalizedMap } from '../../cli/normalized-map.ts';
import { diagnosticLine } from '../../cli/report.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';

const map: WardleyMap = {
  version: 1,
  title: 'Pharmacy',
  stages: { labels: 'practices', boundaries: [0.25, 0.5, 0.75] },
  nodes: {
    patient: { kind: 'user', name: 'Patient', evolution: 0.6, visibility: 1, uses: ['prescriptions'] },
    prescriptions: {
      kind: 'component',
      name: 'Prescriptions',
      evolution: 0.3,
      visibility: 0.6,
      sourcing: 'build',
      evolve: 0.55,
      inertia: true,
      team: 'Medication',
      data: { classes: ['pii', 'phi'] },
      deploy: { image: 'rx', port: 8080 },
      'x-owner': 'ops',
    },
  },
};

describe('normalizedMap', () => {
  it('uses the map’s stage labels and boundaries', () => {
    const model = normalizedMap(map);
    expect(model.stages).toEqual({ labels: ['Novel', 'Emerging', 'Good', 'Best'], boundaries: [0.25, 0.5, 0.75] });
    expect(model.nodes.map((n) => [n.id, n.stage, n.stageLabel])).toEqual([
      ['patient', 3, 'Good'],
      ['prescriptions', 2, 'Emerging'],
    ]);
  });

  it('keeps what the file says, derives who uses a node, and collects x- keys', () => {
    const rx = normalizedMap(map).nodes[1];
    expect(rx).toMatchObject({
      sourcing: 'build',
      evolve: 0.55,
      inertia: true,
      team: 'Medication',
      deploy: { image: 'rx', port: 8080 },
      usedBy: ['patient'],
      extensions: { 'x-owner': 'ops' },
      inside: null,
    });
  });

  it('prints the data held and the agreements, with null and [] where the file says nothing', () => {
    const cloud: MapNode = { kind: 'component', name: 'Cloud', evolution: 0.9, visibility: 0.2, sourcing: 'outsource' };
    const pinned: MapNode = { ...cloud, name: 'Archive', data: { classes: ['phi'], residency: ['eu-1'] } };
    const [patient, rx, signed, archive] = normalizedMap({
      ...map,
      nodes: { ...map.nodes, cloud: { ...cloud, agreements: ['dpa', 'baa'] }, archive: pinned },
    }).nodes;
    expect(rx).toMatchObject({ data: { classes: ['phi', 'pii'], residency: null }, agreements: [] });
    expect(patient).toMatchObject({ data: null, agreements: [] });
    expect(signed).toMatchObject({ data: null, agreements: ['dpa', 'baa'] });
    expect(archive).toMatchObject({ data: { classes: ['phi'], residency: ['eu-1'] } });
  });
});

describe('diagnosticLine', () => {
  it('leaves out the position of a finding about the whole file', () => {
    const d = {
      file: 'a.yaml',
      line: 0,
      column: 0,
      severity: 'error',
      rule: 'file/too-large',
      message: 'too big',
    } as const;
    expect(diagnosticLine(d)).toBe('a.yaml: error file/too-large too big');
    expect(diagnosticLine({ ...d, line: 3, column: 7 })).toBe('a.yaml:3:7: error file/too-large too big');
  });
});
