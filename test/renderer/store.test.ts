import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileText, parseMap } from '../../core/format/parse.ts';
import { loaded, markedSaved } from '../../renderer/store/history.ts';
import { addNodeAt, changeId, commitMove, redo, renameNode, setSourcing, undo } from '../../renderer/store/edits.ts';
import { initialState, isDirty, useMapStore } from '../../renderer/store/store.ts';

const TEXT = readFileSync('maps/ehealth-platform.yaml', 'utf8');

function load(): void {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('default map does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'ehealth-platform.yaml', 'tok') });
}

const state = () => useMapStore.getState();
const firstComponent = () =>
  Object.entries(state().doc.current!.map.nodes).find(([, n]) => n?.kind === 'component')![0];

beforeEach(load);

describe('renderer store', () => {
  it('is clean after loading and dirty after an edit', () => {
    expect(isDirty(state())).toBe(false);
    setSourcing(firstComponent(), 'outsource');
    expect(isDirty(state())).toBe(true);
  });

  it('records one drag as one undo step, however the gesture went', () => {
    const id = firstComponent();
    const before = state().doc.current!.map.nodes[id]!;
    useMapStore.setState({ gesture: { kind: 'move', ids: new Set([id]), dEvolution: 0.05, dVisibility: 0 } });
    useMapStore.setState({ gesture: { kind: 'move', ids: new Set([id]), dEvolution: 0.1, dVisibility: -0.1 } });
    expect(state().doc.past).toHaveLength(0);
    commitMove([id], 0.1, -0.1);
    // The drop lands: no offset left (the canvas draws it after the next frame, edits.ts).
    expect(state().gesture).toMatchObject({ kind: 'move', landing: true, dEvolution: 0, dVisibility: 0 });
    expect(state().doc.past).toHaveLength(1);
    expect(state().doc.current!.map.nodes[id]!.evolution).toBeCloseTo(before.evolution + 0.1, 3);
    undo();
    expect(state().doc.current!.map.nodes[id]).toEqual(before);
  });

  it('never loses the newest work by undoing past a save', () => {
    const id = firstComponent();
    setSourcing(id, 'outsource');
    const saved = state().doc.current!;
    useMapStore.setState((s) => ({ doc: markedSaved(s.doc, saved, { name: 'x.yaml', token: 'tok' }) }));
    expect(isDirty(state())).toBe(false);
    undo();
    expect(isDirty(state())).toBe(true);
    redo();
    expect(state().doc.current).toBe(saved);
    expect(isDirty(state())).toBe(false);
  });

  it('shows the core errors of a refused edit and leaves the map as it was', () => {
    const id = firstComponent();
    const before = state().doc.current;
    changeId(id, 'Not A Slug');
    expect(state().doc.current).toBe(before);
    expect(state().ui.editErrors.length).toBeGreaterThan(0);
    setSourcing(id, 'buy');
    expect(state().ui.editErrors).toEqual([]);
  });

  it('names a just-added node by its first name, id included, in one undo step', () => {
    const id = addNodeAt('component', 0.1, 0.1);
    expect(state().ui.renaming).toBe(id);
    renameNode(id!, 'Consent service');
    expect(Object.keys(state().doc.current!.map.nodes)).toContain('consent-service');
    expect(Object.keys(state().doc.current!.map.nodes)).not.toContain(id);
    expect(state().doc.past).toHaveLength(1);
    undo();
    expect(fileText(state().doc.current!)).toBe(TEXT);
  });
});
