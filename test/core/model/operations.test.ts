import { describe, expect, it } from 'vitest';
import { fileText, parseMap, type MapDocument } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';

const source = `# yaml-language-server: $schema=../schema/map.schema.json
# Tea shop, drawn in the workshop
version: 1
title: Tea shop # the title
nodes:
  # users first
  customer:
    kind: user
    name: Customer # who pays
    evolution: 0.5
    visibility: 0.95
    uses: [cup-of-tea]

  # what they need
  cup-of-tea:
    kind: need
    name: Cup of tea
    evolution: 0.8
    visibility: 0.8
    uses:
      - tea # leaves
      - kettle

  tea: {kind: component, name: Tea, evolution: 0.9, visibility: 0.5, sourcing: buy} # flow style kept
  kettle:
    kind: component
    name: Kettle
    evolution: 0.4
    visibility: 0.3
    note: |
      An old kettle.
annotations:
  - text: watch the kettle
    nodes: [kettle]
`;

function load(text = source): MapDocument {
  const r = parseMap(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.document;
}

function applied(result: ops.EditResult): MapDocument {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document;
}

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

describe('core operations keep the user’s text', () => {
  it('moving a node changes exactly its coordinate lines, rounded to 3 decimals', () => {
    const doc = load();
    const next = applied(ops.moveNodes(doc, [{ id: 'kettle', evolution: 0.456789, visibility: 0.3 }]));
    expect(changedLines(fileText(doc), fileText(next))).toEqual({
      removed: ['    evolution: 0.4'],
      added: ['    evolution: 0.457'],
    });
    expect(next.map.nodes['kettle']?.evolution).toBe(0.457);
  });

  it('keeps flow style and trailing comments of a one-line node', () => {
    const next = applied(ops.moveNodes(load(), [{ id: 'tea', evolution: 0.7, visibility: 0.5 }]));
    expect(fileText(next)).toContain(
      '  tea: {kind: component, name: Tea, evolution: 0.7, visibility: 0.5, sourcing: buy} # flow style kept\n',
    );
  });

  it('appends a new node at the end of the nodes with a slug id and canonical field order', () => {
    const doc = load();
    const result = ops.addNode(doc, {
      kind: 'component',
      name: 'Hot water: "boiling"',
      evolution: 0.95,
      visibility: 0.2,
    });
    const next = applied(result);
    expect(result.ok && result.ids).toEqual(['hot-water-boiling']);
    const { removed, added } = changedLines(fileText(doc), fileText(next));
    expect(removed).toEqual([]);
    expect(added).toEqual([
      '  hot-water-boiling:',
      '    kind: component',
      `    name: 'Hot water: "boiling"'`,
      '    evolution: 0.95',
      '    visibility: 0.2',
    ]);
    expect(fileText(next).indexOf('hot-water-boiling:')).toBeLessThan(fileText(next).indexOf('annotations:'));
  });

  it('renames an id and every reference to it, keeping item comments', () => {
    const next = applied(ops.renameNode(load(), 'kettle', 'boiler'));
    const text = fileText(next);
    expect(text).toContain('      - tea # leaves\n      - boiler\n');
    expect(text).toContain('  boiler:\n    kind: component\n    name: Kettle\n');
    expect(text).toContain('    nodes: [boiler]\n');
    expect(text).not.toMatch(/kettle:/);
  });

  it('a rename changes only the referring word in each node that refers to it, as that node was written', () => {
    const doc = load();
    const next = applied(ops.renameNode(doc, 'tea', 'leaves'));
    // The rest of cup-of-tea's lines (comment included) and tea's own key line are all that change.
    expect(changedLines(fileText(doc), fileText(next))).toEqual({
      removed: [
        '      - tea # leaves',
        '      - kettle',
        '',
        '  tea: {kind: component, name: Tea, evolution: 0.9, visibility: 0.5, sourcing: buy} # flow style kept',
      ],
      added: [
        '      - leaves # leaves',
        '      - kettle',
        '',
        '  leaves: {kind: component, name: Tea, evolution: 0.9, visibility: 0.5, sourcing: buy} # flow style kept',
      ],
    });
    expect(next.map.nodes['cup-of-tea']?.uses).toEqual(['leaves', 'kettle']);
  });

  it('renames to ids YAML would read as other than text, and through quoted references', () => {
    const quoted = source.replace('uses: [cup-of-tea]', 'uses: ["cup-of-tea", \'kettle\']');
    for (const to of ['true', 'null', 'no', 'y']) {
      const next = applied(ops.renameNode(load(quoted), 'kettle', to));
      expect(next.map.nodes['customer']?.uses).toEqual(['cup-of-tea', to]);
      expect(next.map.nodes['cup-of-tea']?.uses).toEqual(['tea', to]);
      const reloaded = load(fileText(next));
      expect(reloaded.map.nodes['cup-of-tea']?.uses).toEqual(['tea', to]);
      expect(reloaded.map.nodes[to]?.name).toBe('Kettle');
    }
    const next = applied(ops.renameNode(load(quoted), 'kettle', 'boiler'));
    expect(fileText(next)).toContain('uses: ["cup-of-tea", boiler]');
  });

  it('refuses a rename to a taken or invalid id without changing anything', () => {
    const doc = load();
    expect(ops.renameNode(doc, 'kettle', 'tea').ok).toBe(false);
    expect(ops.renameNode(doc, 'kettle', 'Not A Slug').ok).toBe(false);
    expect(ops.renameNode(doc, 'kettle', 'constructor').ok).toBe(false);
  });

  it('removing a node drops its references and its own comment lines only', () => {
    const doc = load();
    const next = applied(ops.removeNodes(doc, ['tea']));
    const text = fileText(next);
    expect(text).not.toMatch(/^ {2}tea:/m);
    expect(text).toContain('    uses:\n      - kettle\n');
    expect(text).toContain('# what they need');
    expect(next.map.nodes['cup-of-tea']?.uses).toEqual(['kettle']);
  });

  it('links, unlinks and sets sourcing on one node', () => {
    let doc = load();
    doc = applied(ops.link(doc, 'kettle', 'tea'));
    expect(doc.map.nodes['kettle']?.uses).toEqual(['tea']);
    doc = applied(ops.setSourcing(doc, 'kettle', 'outsource'));
    expect(fileText(doc)).toContain('    sourcing: outsource\n    uses: [tea]\n');
    doc = applied(ops.unlink(doc, 'kettle', 'tea'));
    expect(doc.map.nodes['kettle']?.uses).toBeUndefined();
    expect(ops.link(doc, 'kettle', 'kettle').ok).toBe(false);
    expect(ops.link(doc, 'kettle', 'nowhere').ok).toBe(false);
  });

  it('rejects an edit that would make the file invalid and reports why', () => {
    const result = ops.setNodeField(load(), 'kettle', 'name', 'two\nlines');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/line break/);
  });

  it('keeps node objects the edit did not touch (memoized views skip them)', () => {
    const doc = load();
    const next = applied(ops.moveNodes(doc, [{ id: 'kettle', evolution: 0.5, visibility: 0.3 }]));
    expect(next.map.nodes['customer']).toBe(doc.map.nodes['customer']);
    expect(next.map.nodes['kettle']).not.toBe(doc.map.nodes['kettle']);
  });

  it('keeps a BOM and CRLF line endings through an edit', () => {
    const doc = load(`\uFEFF${source.replace(/\n/g, '\r\n')}`);
    const next = applied(ops.moveNodes(doc, [{ id: 'kettle', evolution: 0.5, visibility: 0.3 }]));
    const text = fileText(next);
    expect(text.startsWith('\uFEFF#')).toBe(true);
    expect(text.split('\r\n').length).toBe(source.split('\n').length);
  });

  it('pastes copies under fresh ids with links among them remapped', () => {
    const doc = load();
    const copied: [string, NonNullable<(typeof doc.map.nodes)[string]>][] = [
      ['cup-of-tea', doc.map.nodes['cup-of-tea']!],
      ['tea', doc.map.nodes['tea']!],
    ];
    const result = ops.pasteNodes(doc, copied, { evolution: 0.05, visibility: -0.05 });
    const next = applied(result);
    expect(result.ok && result.ids).toEqual(['cup-of-tea-2', 'tea-2']);
    expect(next.map.nodes['cup-of-tea-2']?.uses).toEqual(['tea-2', 'kettle']);
    expect(next.map.nodes['tea-2']?.evolution).toBe(0.95);
  });

  it('starts a new map from nothing', () => {
    let doc = ops.emptyMapDocument('Workshop');
    doc = applied(ops.addNode(doc, { kind: 'user', name: 'Architect', evolution: 0.2, visibility: 0.9 }));
    doc = applied(ops.addNode(doc, { kind: 'need', name: 'Plan', evolution: 0.3, visibility: 0.7 }));
    doc = applied(ops.link(doc, 'architect', 'plan'));
    expect(Object.keys(doc.map.nodes)).toEqual(['architect', 'plan']);
    expect(fileText(doc)).toMatch(/^# yaml-language-server: \$schema=/);
  });
});
