// Opening a map builds yaml's Document while the page is idle, so the first edit does not pay for it;
// a map replaced before then is not parsed for nothing; a drop before the end waits for the rest
// (built in short tasks) with the nodes where they were put, then is one undo step as ever.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { applyEdit, commitMove, redo, undo } from '../../../renderer/store/edits.ts';
import { showFile } from '../../../renderer/store/files.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { IDLE, initialState, useMapStore, type Gesture } from '../../../renderer/store/store.ts';
import { stillBuilding, warmForEdits } from '../../../renderer/store/warm-for-edits.ts';

const text = readFileSync('maps/conference.yaml', 'utf8');

function counted(): { document: MapDocument; reads: () => number } {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error('the example map loads');
  const inner = parsed.document;
  let reads = 0;
  const document = Object.create(inner, {
    yaml: {
      get() {
        reads += 1;
        return inner.yaml;
      },
    },
  }) as MapDocument;
  return { document, reads: () => reads };
}

describe('yaml Document built while idle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is read once the page is idle, for the map on screen', () => {
    const { document, reads } = counted();
    useMapStore.setState({ ...initialState(), doc: loaded(document, 'conference.yaml', 'tok') });
    warmForEdits(document);
    expect(reads()).toBe(0);
    vi.runAllTimers();
    expect(reads()).toBe(1);
  });

  it('is not read for a map replaced before then', () => {
    const { document, reads } = counted();
    useMapStore.setState({ ...initialState(), doc: loaded(document, 'conference.yaml', 'tok') });
    warmForEdits(document);
    showFile({ name: 'other.yaml', text, token: 'tok2' });
    vi.runAllTimers();
    expect(reads()).toBe(0);
    expect(useMapStore.getState().doc.fileName).toBe('other.yaml');
  });
});

describe('a drop while the Document is being built', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const state = () => useMapStore.getState();

  /** The conference map just opened (its Document not built yet), one component being dragged. */
  function dragging(): { id: string; evolution: number; gesture: Gesture } {
    useMapStore.setState(initialState());
    showFile({ name: 'conference.yaml', text, token: 'tok' });
    const [id, node] = Object.entries(state().doc.current!.map.nodes).find(([, n]) => n?.kind === 'component')!;
    const gesture: Gesture = { kind: 'move', ids: new Set([id]), dEvolution: 0.1, dVisibility: 0 };
    useMapStore.setState({ selection: { ids: new Set([id]) }, gesture });
    return { id, evolution: node!.evolution, gesture };
  }

  it('keeps the nodes where they were dropped, then moves them once the Document is built', () => {
    const { id, evolution, gesture } = dragging();
    expect(stillBuilding(state().doc.current!)).toBe(true);
    commitMove([id], 0.1, 0);
    // Not moved yet: the node is still drawn at the drop by the gesture.
    expect(state().doc.past).toHaveLength(0);
    expect(state().gesture).toBe(gesture);
    vi.runAllTimers();
    expect(state().gesture).toBe(IDLE);
    expect(state().doc.past).toHaveLength(1);
    expect(state().doc.current!.map.nodes[id]!.evolution).toBeCloseTo(evolution + 0.1, 3);
    undo();
    expect(state().doc.current!.map.nodes[id]!.evolution).toBe(evolution);
  });

  it('does not end a drag begun while it waited', () => {
    const { id, evolution } = dragging();
    commitMove([id], 0.1, 0);
    const next: Gesture = { kind: 'move', ids: new Set([id]), dEvolution: 0.2, dVisibility: 0 };
    useMapStore.setState({ gesture: next });
    vi.runAllTimers();
    expect(state().gesture).toBe(next);
    expect(state().doc.current!.map.nodes[id]!.evolution).toBeCloseTo(evolution + 0.1, 3);
  });

  it('moves the nodes at once when the Document is already built', () => {
    const { id, evolution } = dragging();
    vi.runAllTimers();
    expect(stillBuilding(state().doc.current!)).toBe(false);
    commitMove([id], 0.1, 0);
    // Moved at once; the gesture lands (the canvas draws it after the next frame), then ends.
    expect(state().doc.current!.map.nodes[id]!.evolution).toBeCloseTo(evolution + 0.1, 3);
    expect(state().gesture).toMatchObject({ kind: 'move', landing: true });
    vi.runAllTimers();
    expect(state().gesture).toBe(IDLE);
  });
});

describe('a map whose Document was still being built when it left the screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes on being built in slices when redo brings it back', () => {
    useMapStore.setState(initialState());
    showFile({ name: 'conference.yaml', text, token: 'tok' });
    vi.runAllTimers();
    // Text read whole (a paste over the file in the source pane) becomes the map, unbuilt.
    const parsed = parseMap(text.replace('title: ', 'title: Pasted '));
    if (!parsed.ok) throw new Error('loads');
    const pasted = parsed.document;
    applyEdit(() => ({ ok: true, document: pasted, ids: [] }));
    warmForEdits(pasted);
    expect(stillBuilding(pasted)).toBe(true);
    undo();
    vi.runAllTimers();
    expect(stillBuilding(pasted)).toBe(false);
    redo();
    expect(useMapStore.getState().doc.current).toBe(pasted);
    // Resumed: the first edit now would not build the rest in one piece.
    expect(stillBuilding(pasted)).toBe(true);
    vi.runAllTimers();
    expect(stillBuilding(pasted)).toBe(false);
    expect(pasted.yaml.get('title')).toContain('Pasted');
  });
});
