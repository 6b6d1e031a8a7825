// An edit on a large map makes no record of the map's every node on the way to the screen's
// panels: the store's update (selection kept, undo), the inspector's node and its choices, the
// facade's path table and the change the views are woken for all read the nodes through the map's
// node table (core/model/node-table.ts), so what they cost follows the edit, not the map's size.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { nodeOf, nodeRecordsMade, nodesPending } from '../../../core/model/node-table.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { nodeById } from '../../../renderer/canvas/geometry.ts';
import { facadeTable } from '../../../renderer/panels/inspector/facade-table.ts';
import { commitMove, linkNodes, redo, setField, setSourcing, undo } from '../../../renderer/store/edits.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { choicesOf } from '../../../renderer/store/node-choices.ts';
import { mapNodeChange } from '../../../renderer/store/node-table-change.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { generatedMap } from '../../bench/generate.ts';

const SIZE = 2000;
const ID = 'n1000';

function shown(): WardleyMap {
  const map = useMapStore.getState().doc.current?.map;
  if (!map) throw new Error('no map');
  return map;
}

/** What the panels read after an edit (Inspector, Inside and Uses fields, facade paths, wake-ups). */
function readAsThePanelsDo(before: WardleyMap): void {
  const map = shown();
  expect(nodeById(useMapStore.getState(), ID)).toBe(nodeOf(map, ID));
  expect(choicesOf(map)).toHaveLength(SIZE);
  facadeTable(map);
  expect(mapNodeChange(before, map).changed).toContain(ID);
}

describe('an edit on a large map', () => {
  beforeEach(() => {
    const parsed = parseMap(stringifyMap(generatedMap(SIZE)));
    if (!parsed.ok) throw new Error('map does not parse');
    useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'map.yaml', 'tok') });
    useMapStore.setState({ selection: { ids: new Set([ID]) } });
    // The first edit makes the first map with a table; the panels read the map opened as it is.
    commitMove([ID], 0.01, 0);
  });

  it('makes no record of its every node for the store, the inspector or the wake-ups', () => {
    const made = nodeRecordsMade();
    const node = nodeOf(shown(), ID);
    if (!node || node.kind !== 'component') throw new Error(`${ID} is not a component`);
    const edits = [
      () => commitMove([ID], 0.02, -0.01),
      () => setField(ID, 'name', 'Renamed here'),
      () => setSourcing(ID, node.sourcing === 'buy' ? 'build' : 'buy'),
      () => linkNodes(ID, 'n1999'),
      () => setField(ID, 'name', 'Renamed again'),
    ];
    for (const edit of edits) {
      const before = shown();
      edit();
      // Compared by identity only: a deep comparison would read every node.
      expect(shown() !== before).toBe(true);
      readAsThePanelsDo(before);
    }
    undo();
    undo();
    redo();
    expect(useMapStore.getState().selection.ids).toEqual(new Set([ID]));
    expect(nodesPending(shown())).toBe(true);
    expect(nodeRecordsMade()).toBe(made);
  });
});
