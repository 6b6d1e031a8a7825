// A drag's move is worked out while the pointer rests, and the drop records that very document when
// it is for the same map, nodes and offset; otherwise the drop makes the edit itself. Either way the
// map after the drop is the same: one undo step, the nodes where they were put.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import * as ops from '../../../core/model/operations.ts';
import { commitMove, setField, undo } from '../../../renderer/store/edits.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { moveAhead } from '../../../renderer/store/move-ahead.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { generatedMap } from '../../bench/generate.ts';

// The core's moveNodes, counted: which task made the edit.
vi.mock('../../../core/model/operations.ts', async (original) => {
  const real = await original<typeof import('../../../core/model/operations.ts')>();
  return { ...real, moveNodes: vi.fn(real.moveNodes) };
});
const moveNodes = vi.mocked(ops.moveNodes);

const current = () => {
  const document = useMapStore.getState().doc.current;
  if (!document) throw new Error('no map');
  return document;
};

/** What a drop of `ids` by the offset makes, worked out now on the map on screen. */
function expected(ids: string[], dEvolution: number, dVisibility: number) {
  const document = current();
  const moves = ids.map((id) => {
    const node = document.map.nodes[id];
    if (!node) throw new Error(`no node ${id}`);
    return { id, evolution: node.evolution + dEvolution, visibility: node.visibility + dVisibility };
  });
  const result = moveNodes(document, moves);
  moveNodes.mockClear();
  if (!result.ok) throw new Error('the move is refused');
  return result.document;
}

function drag(ids: string[], dEvolution: number, dVisibility: number): void {
  useMapStore.setState({ gesture: { kind: 'move', ids: new Set(ids), dEvolution, dVisibility } });
}

describe('a move worked out during the drag', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    const parsed = parseMap(stringifyMap(generatedMap(60)));
    if (!parsed.ok) throw new Error('map does not parse');
    useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'map.yaml', 'tok') });
  });
  afterEach(() => vi.useRealTimers());

  it('is the document the drop records when the pointer rested where it was released', () => {
    const ids = ['n10', 'n11'];
    const want = expected(ids, 0.05, -0.02);
    drag(ids, 0.02, 0);
    moveAhead(ids, 0.02, 0);
    drag(ids, 0.05, -0.02);
    moveAhead(ids, 0.05, -0.02);
    vi.runAllTimers();
    // Only the last offset, once the pointer rests.
    expect(moveNodes).toHaveBeenCalledTimes(1);
    const before = current();
    commitMove(ids, 0.05, -0.02);
    expect(moveNodes).toHaveBeenCalledTimes(1);
    const after = current();
    expect(after).not.toBe(before);
    expect(after.text).toBe(want.text);
    expect(after.map).toEqual(want.map);
    // Recorded as worked out: the drop made no edit of its own.
    commitMove(ids, 0, 0);
    expect(useMapStore.getState().doc.past).toHaveLength(1);
    undo();
    expect(current()).toBe(before);
  });

  it('is not used for another offset, other nodes or a map changed since', () => {
    const ids = ['n10'];
    drag(ids, 0.05, 0);
    moveAhead(ids, 0.05, 0);
    vi.runAllTimers();
    // Released before the last move was worked out.
    const want = expected(ids, 0.06, 0);
    commitMove(ids, 0.06, 0);
    expect(moveNodes).toHaveBeenCalledTimes(1);
    expect(current().text).toBe(want.text);

    moveAhead(['n12'], 0.05, 0);
    vi.runAllTimers();
    const other = expected(['n13'], 0.05, 0);
    commitMove(['n13'], 0.05, 0);
    expect(current().text).toBe(other.text);

    moveAhead(['n14'], 0.05, 0);
    vi.runAllTimers();
    setField('n14', 'name', 'Renamed meanwhile');
    const renamed = expected(['n14'], 0.05, 0);
    commitMove(['n14'], 0.05, 0);
    expect(current().map.nodes.n14?.name).toBe('Renamed meanwhile');
    expect(current().text).toBe(renamed.text);
  });
});
