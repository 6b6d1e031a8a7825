// The source pane's doctrine warnings sit over their nodes' lines, read from the map's yaml
// Document: for a map whose Document is still being built (just opened or pasted), they wait for
// the rest, built in short tasks, instead of building it in one piece where the findings arrive.
import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { paneMarks } from '../../../renderer/source/pane-marks.ts';
import { DOCTRINE_PAUSE_MS } from '../../../renderer/store/doctrine-findings.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { stillBuilding, warmForEdits } from '../../../renderer/store/warm-for-edits.ts';

const text = readFileSync('maps/conference.yaml', 'utf8');

describe('doctrine warnings in the source pane', () => {
  // Timers only: the Document's build measures its slices in real time.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('wait for a Document still being built, and are shown once it is', async () => {
    const parsed = parseMap(text);
    if (!parsed.ok) throw new Error('the example map loads');
    const document = parsed.document;
    useMapStore.setState({ ...initialState(), doc: loaded(document, 'conference.yaml', 'tok') });
    let state = EditorState.create({ doc: document.text });
    const shown: boolean[] = [];
    const view = {
      get state() {
        return state;
      },
      dispatch(spec: TransactionSpec) {
        shown.push(stillBuilding(document));
        state = state.update(spec).state;
      },
    } as unknown as EditorView;
    const marks = paneMarks(view, { errors: () => undefined, notice: () => undefined }, () => document.text);
    marks.loaded(document);
    vi.advanceTimersByTime(DOCTRINE_PAUSE_MS);
    // The findings are being read (the worker's answer is the next task); the build starts meanwhile.
    warmForEdits(document);
    expect(stillBuilding(document)).toBe(true);
    await vi.advanceTimersToNextTimerAsync();
    await vi.runAllTimersAsync();
    // Shown once, after the build ended: never while it was still going.
    expect(shown).toEqual([false]);
    expect(stillBuilding(document)).toBe(false);
    marks.detach();
  });
});
