// A large map just loaded (opened, or read again from disk) shows its nodes first and its labels a
// slice per frame after; a small map, and any edit or undo, shows labels at once. Frames are timers here (no requestAnimationFrame in Node).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { labelShown, showLabelsAfterPaint } from '../../../renderer/canvas/label-reveal.ts';
import { commitMove, undo } from '../../../renderer/store/edits.ts';
import { loaded, reloaded } from '../../../renderer/store/history.ts';
import '../../../renderer/store/node-subscriptions.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { generatedMap } from '../../bench/generate.ts';

function load(size: number): string[] {
  const parsed = parseMap(stringifyMap(generatedMap(size)));
  if (!parsed.ok) throw new Error('map does not parse');
  useMapStore.setState({ doc: loaded(parsed.document, 'map.yaml', 'tok') });
  return Object.keys(parsed.map.nodes);
}

describe('labels after the first paint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useMapStore.setState(initialState());
  });
  afterEach(() => {
    vi.runAllTimers();
    vi.useRealTimers();
  });

  it('shows every label, in slices, a task apart, waking the views of each slice', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `n${i}`);
    const woken: string[][] = [];
    showLabelsAfterPaint(ids, (slice) => woken.push([...slice]));
    expect(ids.every((id) => !labelShown(id))).toBe(true);
    vi.advanceTimersToNextTimer();
    expect(woken).toHaveLength(1);
    expect(woken[0]?.every((id) => labelShown(id))).toBe(true);
    expect(labelShown('n599')).toBe(false);
    vi.runAllTimers();
    expect(woken.length).toBeGreaterThan(1);
    expect(woken.flat()).toEqual(ids);
    expect(ids.every((id) => labelShown(id))).toBe(true);
  });

  it('stops showing an older map’s labels when another map opens', () => {
    const woken: string[] = [];
    showLabelsAfterPaint(
      Array.from({ length: 600 }, (_, i) => `old${i}`),
      (slice) => woken.push(...slice),
    );
    showLabelsAfterPaint(['a', 'b'], (slice) => woken.push(...slice));
    vi.runAllTimers();
    expect(woken).toEqual(['a', 'b']);
  });

  it('holds a large map’s labels when it loads, not a small one’s, and an edit hides none', () => {
    const large = load(600);
    expect(large.every((id) => !labelShown(id))).toBe(true);
    vi.runAllTimers();
    expect(large.every((id) => labelShown(id))).toBe(true);
    commitMove([large[10] as string], 0.01, 0.01);
    expect(large.every((id) => labelShown(id))).toBe(true);
    // Another map loading while a large one's labels are joining: the small one shows all at once.
    load(600);
    const small = load(40);
    expect(small.every((id) => labelShown(id))).toBe(true);
    expect(large.every((id) => labelShown(id))).toBe(true);
  });

  it('holds a large map’s labels when it is read again from disk, though the map it replaced stays in undo', () => {
    const large = load(600);
    vi.runAllTimers();
    commitMove([large[10] as string], 0.01, 0.01);
    const disk = parseMap(stringifyMap(generatedMap(600)).replace('name: ', 'name: Changed '));
    if (!disk.ok) throw new Error('map does not parse');
    useMapStore.setState((s) => ({ doc: reloaded(s.doc, disk.document, { name: 'map.yaml', token: 'tok' }) }));
    expect(useMapStore.getState().doc.past.length).toBeGreaterThan(0);
    expect(large.every((id) => !labelShown(id))).toBe(true);
    vi.runAllTimers();
    expect(large.every((id) => labelShown(id))).toBe(true);
    // Undo of the reload is an undo: the labels show at once.
    undo();
    expect(large.every((id) => labelShown(id))).toBe(true);
  });
});
