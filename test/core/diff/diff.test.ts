import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../core/diff/diff.ts';
import { isEmptyDiff } from '../../../core/diff/model.ts';
import { diffJson } from '../../../core/diff/render-json.ts';
import { diffMarkdown } from '../../../core/diff/render-markdown.ts';
import { diffText } from '../../../core/diff/render-text.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

function clinic(): WardleyMap {
  return {
    version: 1,
    title: 'Clinic',
    nodes: {
      patient: { kind: 'user', name: 'Patient', evolution: 0.5, visibility: 0.95, uses: ['booking'] },
      booking: {
        kind: 'component',
        name: 'Booking',
        evolution: 0.3,
        visibility: 0.7,
        sourcing: 'build',
        uses: ['records', 'email'],
        inside: 'monolith',
      },
      records: { kind: 'component', name: 'Records', evolution: 0.35, visibility: 0.5, inside: 'monolith' },
      email: { kind: 'component', name: 'Email', evolution: 0.8, visibility: 0.3, sourcing: 'build' },
      monolith: { kind: 'component', name: 'Perl monolith', evolution: 0.3, visibility: 0.4 },
    },
  };
}

function edit(map: WardleyMap, change: (nodes: Record<string, MapNode>) => void): WardleyMap {
  const copy = structuredClone(map);
  change(copy.nodes as Record<string, MapNode>);
  return copy;
}

describe('diffMaps', () => {
  it('finds nothing between a map and itself', () => {
    expect(isEmptyDiff(diffMaps(clinic(), clinic()))).toBe(true);
    expect(diffText(diffMaps(clinic(), clinic()), 'clinic.yaml')).toBe('clinic.yaml: no changes\n');
  });

  it('names a stage change when a component crosses a boundary', () => {
    const d = diffMaps(
      clinic(),
      edit(clinic(), (n) => (n['booking']!.evolution = 0.55)),
    );
    expect(d.moved).toEqual([
      {
        id: 'booking',
        name: 'Booking',
        evolution: { from: 0.3, to: 0.55 },
        stage: { from: 'Custom-Built', to: 'Product (+rental)' },
      },
    ]);
    expect(diffText(d)).toContain('moved from Custom-Built to Product (+rental)');
  });

  it('uses the map’s own stage labels', () => {
    const before = { ...clinic(), stages: { labels: 'practices' as const } };
    const d = diffMaps(
      before,
      edit(before, (n) => (n['email']!.evolution = 0.1)),
    );
    expect(d.moved[0]?.stage).toEqual({ from: 'Best', to: 'Novel' });
  });

  it('reports re-sourcing, re-wiring and moves in and out of a monolith', () => {
    const after = edit(clinic(), (n) => {
      n['email']!.sourcing = 'outsource';
      n['booking']!.uses = ['records'];
      n['patient']!.uses = ['booking', 'email'];
      delete n['records']!.inside;
      n['email']!.inside = 'monolith';
    });
    const d = diffMaps(clinic(), after);
    expect(d.resourced).toEqual([{ id: 'email', name: 'Email', from: 'build', to: 'outsource' }]);
    expect(d.rewired).toEqual([
      { id: 'patient', name: 'Patient', added: [{ id: 'email', name: 'Email' }], removed: [] },
      { id: 'booking', name: 'Booking', added: [], removed: [{ id: 'email', name: 'Email' }] },
    ]);
    expect(d.monolith).toEqual([
      { id: 'records', name: 'Records', from: { id: 'monolith', name: 'Perl monolith' } },
      { id: 'email', name: 'Email', to: { id: 'monolith', name: 'Perl monolith' } },
    ]);
    const text = diffText(d);
    expect(text).toContain('$ re-sourced Email (email): build → outsource');
    expect(text).toContain('# monolith Records (records): extracted from Perl monolith (monolith)');
  });

  it('detects a renamed id by the same name', () => {
    const after = edit(clinic(), (n) => {
      n['records-service'] = n['records']!;
      delete n['records'];
      n['booking']!.uses = ['records-service', 'email'];
    });
    const d = diffMaps(clinic(), after);
    expect(d.renamed).toEqual([{ from: 'records', to: 'records-service', name: 'Records', by: 'name' }]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.rewired).toEqual([]);
  });

  it('detects a renamed id and name by its links', () => {
    const after = edit(clinic(), (n) => {
      n['notifications'] = { ...n['email']!, name: 'Notifications' };
      delete n['email'];
      n['booking']!.uses = ['records', 'notifications'];
    });
    const d = diffMaps(clinic(), after);
    expect(d.renamed).toEqual([{ from: 'email', to: 'notifications', name: 'Notifications', by: 'links' }]);
    expect(d.fields).toEqual([
      { id: 'notifications', name: 'Notifications', field: 'name', from: 'Email', to: 'Notifications' },
    ]);
  });

  it('reads nodes both versions share (as edits make them) as it reads copies of them, renames included', () => {
    const before = clinic();
    const shared = before.nodes as Record<string, MapNode>;
    const { records, ...rest } = shared;
    // `records` is renamed (the same node object under a new id); `booking`, shared, still uses its old id.
    const nodes = { ...rest, 'records-db': records!, email: { ...shared['email']!, evolution: 0.9 } };
    const after = { ...before, nodes };
    const d = diffMaps(before, after);
    expect(d).toEqual(diffMaps(structuredClone(before), structuredClone(after)));
    expect(d.renamed).toEqual([{ from: 'records', to: 'records-db', name: 'Records', by: 'name' }]);
    expect(d.rewired).toEqual([
      {
        id: 'booking',
        name: 'Booking',
        added: [{ id: 'records', name: 'Records' }],
        removed: [{ id: 'records-db', name: 'Records' }],
      },
    ]);
    expect(d.moved.map((m) => m.id)).toEqual(['email']);
  });

  it('does not call an unrelated new node a rename', () => {
    const after = edit(clinic(), (n) => {
      delete n['email'];
      n['booking']!.uses = ['records'];
      n['billing'] = { kind: 'component', name: 'Billing', evolution: 0.6, visibility: 0.6 };
    });
    const d = diffMaps(clinic(), after);
    expect(d.renamed).toEqual([]);
    expect(d.added.map((a) => a.id)).toEqual(['billing']);
    expect(d.removed.map((r) => r.id)).toEqual(['email']);
  });

  it('does not call a removal plus an unrelated addition with one shared user a rename', () => {
    const after = edit(clinic(), (n) => {
      delete n['email'];
      n['search'] = { kind: 'component', name: 'Search', evolution: 0.55, visibility: 0.6, sourcing: 'buy' };
      n['booking']!.uses = ['records', 'search'];
    });
    const d = diffMaps(clinic(), after);
    expect(d.renamed).toEqual([]);
    expect(d.added.map((a) => a.id)).toEqual(['search']);
    expect(d.removed.map((r) => r.id)).toEqual(['email']);
  });

  it('lists other field changes on nodes and on the map', () => {
    const after = { ...edit(clinic(), (n) => (n['booking']!.team = 'Front desk')), title: 'Clinic 2027' };
    const d = diffMaps(clinic(), after);
    expect(d.fields).toEqual([
      { id: 'booking', name: 'Booking', field: 'team', to: 'Front desk' },
      { field: 'title', from: 'Clinic', to: 'Clinic 2027' },
    ]);
  });

  it('compares field values as data: the same value in other objects, NaN or a signed zero is no change', () => {
    const before = edit(clinic(), (n) => {
      n['booking']!['x-cost'] = { monthly: 0, tags: ['a'] };
      n['email']!['x-ratio'] = Number.NaN;
    });
    const after = edit(before, (n) => {
      n['booking']!['x-cost'] = { tags: ['a'], monthly: -0 };
      n['email']!['x-ratio'] = Number.NaN;
      n['records']!['x-ratio'] = -0;
    });
    expect(diffMaps(before, after).fields).toEqual([{ id: 'records', name: 'Records', field: 'x-ratio', to: -0 }]);
  });
});

describe('diff renderers', () => {
  const after = edit(clinic(), (n) => {
    n['email']!.sourcing = 'outsource';
    n['booking']!.evolution = 0.45;
    n['sms'] = { kind: 'component', name: 'SMS *gateway*', evolution: 0.9, visibility: 0.2 };
  });
  const d = diffMaps(clinic(), after);

  it('text: one line per change with a sign', () => {
    expect(diffText(d, 'clinic.yaml')).toBe(
      [
        'clinic.yaml: 3 changes',
        '+ added component SMS *gateway* (sms)',
        '> moved Booking (booking): evolution 0.3 → 0.45 (+0.15), moved from Custom-Built to Product (+rental)',
        '$ re-sourced Email (email): build → outsource',
        '',
      ].join('\n'),
    );
  });

  it('md: sections for a pull request, user text escaped', () => {
    const md = diffMarkdown(d, 'clinic.yaml');
    expect(md).toMatch(/^### clinic\.yaml: 3 changes\n/);
    expect(md).toContain('#### Added\n\n- **SMS \\*gateway\\*** `sms` (component)');
    expect(md).toContain('#### Re-sourced\n\n- **Email** `email`: build → **outsource**');
  });

  it('json: the model with a count', () => {
    const json = JSON.parse(diffJson(d)) as { changes: number; resourced: unknown[] };
    expect(json.changes).toBe(3);
    expect(json.resourced).toEqual([{ id: 'email', name: 'Email', from: 'build', to: 'outsource' }]);
  });
});
