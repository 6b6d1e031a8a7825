// Quick entry in the first moments after opening a map, while its yaml Document is still being
// built in slices: a statement waits for the rest (built in short tasks) instead of building it in
// the Enter's task, and is then applied as one undo step, as ever.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enterLines, enterStatement, useQuickEntry } from '../../../renderer/quick/quick-state.ts';
import { undo } from '../../../renderer/store/edits.ts';
import { showFile } from '../../../renderer/store/files.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { stillBuilding } from '../../../renderer/store/warm-for-edits.ts';

const text = readFileSync('maps/conference.yaml', 'utf8');
const state = () => useMapStore.getState();
const names = () => Object.values(state().doc.current!.map.nodes).map((n) => n!.name);

function opened(): void {
  useMapStore.setState(initialState());
  useQuickEntry.setState({ waiting: [], error: '', done: '', history: [] });
  showFile({ name: 'conference.yaml', text, token: 'tok' });
}

describe('a statement entered while the map is still being read', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the Document, built in short tasks, then is one undo step', () => {
    opened();
    const document = state().doc.current!;
    expect(stillBuilding(document)).toBe(true);
    const applied = vi.fn();
    enterStatement('component Quick one', applied);
    // Nothing built in the Enter's task: the map is as opened, the Document still being built.
    expect(state().doc.past).toHaveLength(0);
    expect(stillBuilding(document)).toBe(true);
    expect(applied).not.toHaveBeenCalled();
    expect(useQuickEntry.getState().done).toBe('… component Quick one');
    // The rest is built in tasks of its own (slices), the statement applied after the last.
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    vi.runAllTimers();
    expect(applied).toHaveBeenCalledWith(true);
    expect(names()).toContain('Quick one');
    expect(state().doc.past).toHaveLength(1);
    expect(useQuickEntry.getState()).toMatchObject({ waiting: [], done: '✓ component Quick one' });
    undo();
    expect(names()).not.toContain('Quick one');
  });

  it('applies statements entered meanwhile in order, and the same one only once', () => {
    opened();
    enterStatement('component Quick one');
    enterStatement('component Quick one');
    enterStatement('Quick one->Quick two');
    vi.runAllTimers();
    expect(state().doc.past).toHaveLength(2);
    const nodes = state().doc.current!.map.nodes;
    const one = Object.entries(nodes).find(([, n]) => n!.name === 'Quick one')!;
    const two = Object.entries(nodes).find(([, n]) => n!.name === 'Quick two')!;
    expect(one[1]!.uses).toContain(two[0]);
  });

  it('says why a waiting statement is refused, and changes nothing', () => {
    opened();
    const applied = vi.fn();
    enterStatement('evolve', applied);
    vi.runAllTimers();
    expect(applied).toHaveBeenCalledWith(false);
    expect(useQuickEntry.getState().error).not.toBe('');
    expect(state().doc.past).toHaveLength(0);
  });

  it('is dropped when another map is opened before it could be applied', () => {
    opened();
    const applied = vi.fn();
    enterStatement('component Quick one', applied);
    showFile({ name: 'other.yaml', text, token: 'tok2' });
    vi.runAllTimers();
    expect(applied).not.toHaveBeenCalled();
    expect(names()).not.toContain('Quick one');
    expect(useQuickEntry.getState().waiting).toEqual([]);
  });

  it('waits the same way with a paste of several lines', () => {
    opened();
    enterLines('component Quick one\ncomponent Quick two');
    expect(state().doc.past).toHaveLength(0);
    vi.runAllTimers();
    expect(names()).toEqual(expect.arrayContaining(['Quick one', 'Quick two']));
    expect(state().doc.past).toHaveLength(1);
  });

  it('is applied at once when the Document is already built', () => {
    opened();
    vi.runAllTimers();
    const applied = vi.fn();
    enterStatement('component Quick one', applied);
    expect(applied).toHaveBeenCalledWith(true);
    expect(state().doc.past).toHaveLength(1);
  });
});
