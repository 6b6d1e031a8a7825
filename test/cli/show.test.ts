import { describe, expect, it } from 'vitest';
import { fixture, mapwright } from './run-cli.ts';

describe('mapwright show', () => {
  it('prints every node with every field, null where absent, and its stage', () => {
    const r = mapwright('show', fixture('clean.yaml'), '--format', 'json');
    expect(r.status).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.title).toBe('Tea shop');
    expect(model.stages).toEqual({
      labels: ['Genesis', 'Custom-Built', 'Product (+rental)', 'Commodity (+utility)'],
      boundaries: [0.175, 0.4, 0.7],
    });
    expect(model.nodes.map((n: { id: string }) => n.id)).toEqual([
      'customer',
      'cup-of-tea',
      'brewing',
      'kettle',
      'power',
    ]);
    expect(model.nodes[4]).toEqual({
      id: 'power',
      kind: 'component',
      name: 'Power',
      evolution: 0.95,
      visibility: 0.1,
      stage: 4,
      stageLabel: 'Commodity (+utility)',
      uses: [],
      usedBy: ['kettle'],
      sourcing: 'outsource',
      inside: null,
      evolve: null,
      inertia: false,
      team: null,
      note: null,
      url: null,
      deploy: null,
      plan: null,
      ignore: null,
      data: null,
      agreements: [],
      evolutionAnswers: null,
      extensions: {},
    });
  });

  it('prints the data each component holds and the agreements its supplier signed', () => {
    const r = mapwright('show', 'maps/hie-monolith.yaml', '--format', 'json');
    expect(r.status).toBe(0);
    const nodes = (JSON.parse(r.stdout) as { nodes: { id: string; data: unknown; agreements: unknown }[] }).nodes;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('legacy-hie')).toMatchObject({
      data: { classes: ['phi', 'pii'], residency: null },
      agreements: [],
    });
    expect(byId.get('audit-trail')).toMatchObject({ data: { classes: ['phi'] }, agreements: ['baa', 'dpa'] });
  });

  it('prints a table with --format text', () => {
    const r = mapwright('show', fixture('clean.yaml'), '--format', 'text');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^power\s+component\s+Commodity \(\+utility\)\s+0\.95\s+0\.1\s+outsource/m);
  });

  it('prints the recorded evolution answers: the suggestion, its spread and every row', () => {
    const text = mapwright('show', fixture('answers.yaml'), '--format', 'text').stdout;
    expect(text).toContain('Where they sit (evolution cheat-sheet answers)');
    expect(text).toMatch(
      /^kettle: answers suggest stage IV \(evolution 0\.[0-9]+; drawn at 0\.1\), 3 of 15 rows, stages III–IV, spread 0\.47$/m,
    );
    expect(text).toMatch(/^ {2}Ubiquity\s+IV\s+Widespread and stabilising$/m);
    expect(text).toMatch(/^ {2}Market\s+III\s+Growing$/m);
    const json = JSON.parse(mapwright('show', fixture('answers.yaml')).stdout) as {
      nodes: { id: string; evolutionAnswers: unknown }[];
    };
    expect(json.nodes.find((n) => n.id === 'kettle')?.evolutionAnswers).toEqual({
      ubiquity: 4,
      certainty: 4,
      market: 3,
    });
  });

  it('reports a broken map on stderr and exits 1', () => {
    const r = mapwright('show', fixture('broken.yaml'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('broken.yaml:8:5: error schema/unknown-field');
  });

  it('has help with an example', () => {
    const r = mapwright('show', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--format json');
  });
});
