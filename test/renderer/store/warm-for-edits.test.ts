// Opening a map builds yaml's Document while the page is idle, so the first edit does not pay for it;
// a map replaced before then is not parsed for nothing.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { showFile } from '../../../renderer/store/files.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { warmForEdits } from '../../../renderer/store/warm-for-edits.ts';

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
