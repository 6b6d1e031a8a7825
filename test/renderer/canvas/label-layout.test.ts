// On a map whose labels search their places, an edit of one node gives it a provisional label at
// once (its place kept around its new position) and every other label unchanged; the search then
// runs in the map worker (in Node: a later task) and its answer is exactly placeLabels' answer,
// and the views of the labels it moved are told.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { LABEL_FONT } from '../../../core/render/label-text.ts';
import { placeLabels, type PlacedLabel } from '../../../core/render/labels.ts';
import { SCALES } from '../../../renderer/canvas/geometry.ts';
import { labelLayout, onLabelsSettled } from '../../../renderer/canvas/label-layout.ts';
import { commitMove } from '../../../renderer/store/edits.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { generatedMap } from '../../bench/generate.ts';

function load(text: string): void {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error('map does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'map.yaml', 'tok') });
}

function nodes() {
  const map = useMapStore.getState().doc.current?.map;
  if (!map) throw new Error('no map');
  return map.nodes;
}

function settled(): Promise<{ ids: string[] }> {
  return new Promise((resolve) => {
    const stop = onLabelsSettled((_nodes, _presentation, ids) => {
      stop();
      resolve({ ids });
    });
  });
}

describe('labels after an edit on a searched map', () => {
  beforeEach(() => load(stringifyMap(generatedMap(150))));

  it('keeps every other label, places the edited one at its old side, then takes the search’s answer', async () => {
    const before = nodes();
    const shown = labelLayout(before, false);
    // The densest spot: the moved node lands on its neighbour, so the search must move labels.
    const [id, other] = Object.keys(before).slice(40, 42) as [string, string];
    const target = before[other]!;
    const node = before[id]!;
    const done = settled();
    commitMove([id], target.evolution - node.evolution, target.visibility - node.visibility + 0.01);
    const after = nodes();
    const provisional = labelLayout(after, false);
    for (const key of Object.keys(after)) if (key !== id) expect(provisional.get(key), key).toBe(shown.get(key));
    expect(provisional.get(id)?.position).toBe(shown.get(id)?.position);
    expect(provisional.get(id)?.box.x).not.toBe(shown.get(id)?.box.x);

    const { ids } = await done;
    const searched = labelLayout(after, false);
    const previous = new Map([...provisional].map(([k, l]) => [k, l.position]));
    const expected = placeLabels({ version: 1, title: '', nodes: after }, SCALES, { font: LABEL_FONT, previous });
    expect(strip(searched)).toEqual(strip(expected));
    const moved = [...searched.keys()].filter((k) => searched.get(k) !== provisional.get(k));
    expect(ids.sort()).toEqual(moved.sort());
  });

  it('places a reloaded map at once', () => {
    labelLayout(nodes(), false);
    load(stringifyMap(generatedMap(120)));
    const labels = labelLayout(nodes(), false);
    const expected = placeLabels({ version: 1, title: '', nodes: nodes() }, SCALES, { font: LABEL_FONT });
    expect([...labels.keys()].sort()).toEqual([...expected.keys()].sort());
  });
});

function strip(labels: ReadonlyMap<string, PlacedLabel>) {
  return Object.fromEntries([...labels].map(([id, l]) => [id, { ...l }]));
}
