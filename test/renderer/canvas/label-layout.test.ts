// On a map whose labels search their places, an edit of one node gives it a provisional label at
// once (its place kept around its new position) and every other label unchanged; the search then
// runs in the map worker (in Node: a later task) and its answer is exactly placeLabels' answer,
// and the views of the labels it moved are told.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { nodeRecordsMade, nodesPending } from '../../../core/model/node-table.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { LABEL_FONT } from '../../../core/render/label-text.ts';
import { placeLabels, type PlacedLabel } from '../../../core/render/labels.ts';
import { SCALES } from '../../../renderer/canvas/geometry.ts';
import { labelLayout, labelsChanged, onLabelsSettled } from '../../../renderer/canvas/label-layout.ts';
import { commitMove, renameNode } from '../../../renderer/store/edits.ts';
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

/** A map holding `nodes` alone (the layout reads a map's nodes alone). */
function onMap(nodes: WardleyMap['nodes']): WardleyMap {
  return { version: 1, title: '', nodes };
}

function current(): WardleyMap {
  const map = useMapStore.getState().doc.current?.map;
  if (!map) throw new Error('no map');
  return map;
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
    const shown = labelLayout(onMap(before), false);
    // The densest spot: the moved node lands on its neighbour, so the search must move labels.
    const [id, other] = Object.keys(before).slice(40, 42) as [string, string];
    const target = before[other]!;
    const node = before[id]!;
    const done = settled();
    commitMove([id], target.evolution - node.evolution, target.visibility - node.visibility + 0.01);
    const after = nodes();
    const provisional = labelLayout(onMap(after), false);
    for (const key of Object.keys(after)) if (key !== id) expect(provisional.get(key), key).toBe(shown.get(key));
    expect(provisional.get(id)?.position).toBe(shown.get(id)?.position);
    expect(provisional.get(id)?.box.x).not.toBe(shown.get(id)?.box.x);

    const { ids } = await done;
    const searched = labelLayout(onMap(after), false);
    const previous = new Map([...provisional].map(([k, l]) => [k, l.position]));
    const expected = placeLabels({ version: 1, title: '', nodes: after }, SCALES, { font: LABEL_FONT, previous });
    expect(strip(searched)).toEqual(strip(expected));
    const moved = [...searched.keys()].filter((k) => searched.get(k) !== provisional.get(k));
    expect(ids.sort()).toEqual(moved.sort());
  });

  it('places a reloaded map at once', () => {
    labelLayout(onMap(nodes()), false);
    load(stringifyMap(generatedMap(120)));
    const labels = labelLayout(onMap(nodes()), false);
    const expected = placeLabels({ version: 1, title: '', nodes: nodes() }, SCALES, { font: LABEL_FONT });
    expect([...labels.keys()].sort()).toEqual([...expected.keys()].sort());
  });
});

describe('labels after an edit on a map too large to search', () => {
  beforeEach(() => load(stringifyMap(generatedMap(300))));

  it('re-places only the edited nodes, as placeLabels would, and tells only them as changed', () => {
    const before = nodes();
    const shown = labelLayout(onMap(before), false);
    const [renamed, moved] = Object.keys(before).slice(100, 102) as [string, string];
    renameNode(renamed, 'A much longer name that wraps onto a second line');
    commitMove([moved], 0.05, -0.02);
    const after = nodes();
    const labels = labelLayout(onMap(after), false);
    const expected = placeLabels({ version: 1, title: '', nodes: after }, SCALES, { font: LABEL_FONT });
    expect(strip(labels)).toEqual(strip(expected));
    expect([...labels.keys()]).toEqual([...expected.keys()]);
    for (const key of Object.keys(after)) {
      if (key !== renamed && key !== moved) expect(labels.get(key), key).toBe(shown.get(key));
    }
    expect(labels.get(renamed)?.lines).not.toEqual(shown.get(renamed)?.lines);
  });

  it('stays what placeLabels gives over a run of edits, keeping every label no edit moved', () => {
    // The edited labels sit over the last ones (no copy of every label per edit); after enough
    // edits they are folded into a new base: both before and after that, every label is right.
    const first = labelLayout(onMap(nodes()), false);
    const ids = Object.keys(nodes()).slice(0, 45);
    ids.forEach((id, k) => {
      commitMove([id], 0.002 * (k % 3), 0.001);
      labelLayout(onMap(nodes()), false);
    });
    const labels = labelLayout(onMap(nodes()), false);
    const expected = placeLabels({ version: 1, title: '', nodes: nodes() }, SCALES, { font: LABEL_FONT });
    expect(strip(labels)).toEqual(strip(expected));
    expect([...labels.keys()]).toEqual([...expected.keys()]);
    for (const key of Object.keys(nodes()).slice(45)) expect(labels.get(key), key).toBe(first.get(key));
  });

  it('tells the views of the edited node only, and none for an edit that keeps its label', () => {
    const before = nodes();
    labelLayout(onMap(before), false);
    const [id, other] = Object.keys(before).slice(10, 12) as [string, string];
    commitMove([id], 0.01, 0.01);
    const moved = nodes();
    expect(labelsChanged(onMap(before), onMap(moved), false)).toEqual([id]);
    // A link changes the node but not its label.
    const linked = { ...moved, [other]: { ...moved[other]!, uses: [...(moved[other]!.uses ?? []), id] } };
    expect(labelsChanged(onMap(moved), onMap(linked), false)).toEqual([]);
    expect(labelLayout(onMap(linked), false).get(other)).toBe(labelLayout(onMap(moved), false).get(other));
  });

  it('reads an edited map through its node table: its nodes record is never made', () => {
    const before = current();
    labelLayout(before, false);
    const id = Object.keys(before.nodes)[10] as string;
    commitMove([id], 0.01, 0.01);
    const moved = current();
    const made = nodeRecordsMade();
    expect(labelsChanged(before, moved, false)).toEqual([id]);
    expect(labelLayout(moved, false).get(id)?.box.x).not.toBe(labelLayout(before, false).get(id)?.box.x);
    expect(nodeRecordsMade()).toBe(made);
    expect(nodesPending(moved)).toBe(true);
  });
});

function strip(labels: ReadonlyMap<string, PlacedLabel>) {
  return Object.fromEntries([...labels].map(([id, l]) => [id, { ...l }]));
}
