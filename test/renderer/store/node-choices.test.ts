// The inspector's choices of other nodes keep their list across edits that change no node's id,
// name or kind (a drop on a large map then rebuilds no options), and follow every edit that does.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { commitMove, setField } from '../../../renderer/store/edits.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { nodeChoices } from '../../../renderer/store/node-choices.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';

function current() {
  const map = useMapStore.getState().doc.current?.map;
  if (!map) throw new Error('no map');
  return map;
}

const nodes = () => current().nodes;

describe('node choices', () => {
  beforeEach(() => {
    const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
    if (!parsed.ok) throw new Error('map does not parse');
    useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'map.yaml', 'tok') });
  });

  it('are the same list after a move, a new one after a rename, always id, name and kind in order', () => {
    const before = nodeChoices(current());
    const [id] = Object.keys(nodes()) as [string];
    commitMove([id], 0.05, 0);
    expect(nodeChoices(current())).toBe(before);
    setField(id, 'name', 'Renamed here');
    const renamed = nodeChoices(current());
    expect(renamed).not.toBe(before);
    expect(renamed).toEqual(Object.entries(nodes()).map(([k, n]) => [k, n?.name, n?.kind]));
    expect(renamed.find(([k]) => k === id)?.[1]).toBe('Renamed here');
  });
});
