import { describe, expect, it, vi } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { stillBuilding, warmForEdits } from '../../../renderer/store/warm-for-edits.ts';
import { descriptionAt, keysAt, refersToNodes, valuesAt } from '../../../renderer/source/schema-help.ts';
import { withSharedNodes } from '../../../renderer/source/shared-nodes.ts';
import { cursorSpot } from '../../../renderer/source/yaml-cursor.ts';

const MAP = `version: 1
title: Tea
nodes:
  cup:
    kind: need
    name: Cup
    evolution: 0.5
    visibility: 0.8
    uses: [tea, ke
`;

describe('where the cursor is in half-typed YAML', () => {
  it('finds the path and what is being typed', () => {
    expect(cursorSpot(MAP, MAP.length - 1)).toEqual({
      at: 'value',
      path: ['nodes', 'cup', 'uses', 0],
      from: MAP.length - 3,
      typed: 'ke',
    });
    expect(cursorSpot('nodes:\n  a:\n    sour', 20)).toEqual({
      at: 'key',
      path: ['nodes', 'a'],
      from: 16,
      typed: 'sour',
    });
    expect(cursorSpot('nodes:\n  a:\n    sourcing: b', 27)).toMatchObject({
      at: 'value',
      path: ['nodes', 'a', 'sourcing'],
      typed: 'b',
    });
    expect(cursorSpot('annotations:\n  - text: x\n    ki', 32)).toMatchObject({ at: 'key', path: ['annotations', 0] });
    expect(cursorSpot('nodes:\n  a:\n    uses:\n      - t', 31)).toMatchObject({
      at: 'value',
      path: ['nodes', 'a', 'uses', 0],
    });
  });
});

describe('what the schema says', () => {
  it('lists keys, enum values and descriptions, and knows which fields hold node ids', () => {
    expect(keysAt(['nodes', 'x']).map((k) => k.key)).toEqual(expect.arrayContaining(['kind', 'sourcing', 'uses']));
    expect(valuesAt(['nodes', 'x', 'kind'])).toEqual(['user', 'need', 'component']);
    expect(valuesAt(['nodes', 'x', 'sourcing'])).toEqual(['build', 'buy', 'outsource']);
    expect(valuesAt(['stages', 'labels'])).toContain('practices');
    expect(valuesAt(['nodes', 'x', 'inertia'])).toEqual(['true', 'false']);
    expect(descriptionAt(['nodes', 'x', 'sourcing'])).toMatch(/build in-house/);
    expect(refersToNodes(['nodes', 'x', 'uses', 0])).toBe(true);
    expect(refersToNodes(['nodes', 'x', 'inside'])).toBe(true);
    expect(refersToNodes(['annotations', 0, 'nodes', 0])).toBe(true);
    expect(refersToNodes(['nodes', 'x', 'team'])).toBe(false);
  });
});

describe('following the map in the pane', () => {
  it('keeps the objects of nodes whose content did not change', () => {
    const before = parseMap(
      MAP.replace(
        'uses: [tea, ke\n',
        'note: x\n  tea:\n    kind: component\n    name: Tea\n    evolution: 0.9\n    visibility: 0.4\n',
      ),
    );
    if (!before.ok) throw new Error('fixture');
    const after = parseMap(before.document.text.replace('name: Tea', 'name: Green tea'));
    if (!after.ok) throw new Error('edit');
    const shared = withSharedNodes(before.document, after.document);
    expect(shared.map.nodes.cup).toBe(before.map.nodes.cup);
    expect(shared.map.nodes.tea).not.toBe(before.map.nodes.tea);
    expect(shared.map.nodes.tea?.name).toBe('Green tea');
  });

  it('leaves the yaml Document of text read whole to be built later, in slices', () => {
    const before = parseMap(MAP.replace('uses: [tea, ke\n', 'note: x\n'));
    const after = parseMap(MAP.replace('uses: [tea, ke\n', 'note: y\n'));
    if (!before.ok || !after.ok) throw new Error('fixture');
    let reads = 0;
    const inner = after.document;
    const counted = Object.create(inner, {
      yaml: { get: () => (reads++, inner.yaml), enumerable: true },
    }) as MapDocument;
    withSharedNodes(before.document, counted);
    expect(reads).toBe(0);
    vi.useFakeTimers();
    try {
      const shared = withSharedNodes(before.document, inner);
      useMapStore.setState({ ...initialState(), doc: loaded(shared, 'tea.yaml', 'tok') });
      warmForEdits(shared);
      expect(stillBuilding(shared)).toBe(true);
      vi.runAllTimers();
      expect(stillBuilding(shared)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
