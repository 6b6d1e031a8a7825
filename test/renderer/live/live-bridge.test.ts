// A guest's map is read (in the map worker) from the room's state as it was when the guest synced;
// what the room changes while it is read, with no map shown yet to bring it into, joins the map as
// soon as it is shown.
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { liveNodes, seedLiveDoc } from '../../../core/live/live-doc.ts';
import { LiveBridge } from '../../../renderer/live/live-bridge.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';

const TEXT = readFileSync('test/fixtures/live/workshop.yaml', 'utf8');

function document() {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.document;
}

let bridge: LiveBridge | undefined;

afterEach(() => {
  bridge?.destroy();
  vi.useRealTimers();
});

describe('a guest’s map as it is shown', () => {
  it('takes in what the room changed while it was read', () => {
    vi.useFakeTimers();
    useMapStore.setState(initialState());
    const ydoc = new Y.Doc();
    seedLiveDoc(ydoc, document().map);
    bridge = new LiveBridge(ydoc, true);
    // Someone renames a node while the guest's map is read: nothing is shown to bring it into.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(ydoc));
    liveNodes(peer).get('booking')?.set('name', 'Booking desk');
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(ydoc)), 'remote');
    vi.runAllTimers();
    expect(useMapStore.getState().doc.current).toBeNull();
    // The map read from the state before the rename is shown.
    useMapStore.setState({ doc: loaded(document(), 'workshop.yaml', 'live-session') });
    vi.runAllTimers();
    expect(useMapStore.getState().doc.current?.map.nodes.booking?.name).toBe('Booking desk');
  });
});
