// Above the search limit a label depends on its node alone, so labels placed for the map before an
// edit are reused for the nodes the edit did not touch: the result must equal a placement from
// scratch, with the untouched nodes' label objects kept.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME, mapScales } from '../../../core/render/frame.ts';
import { placeLabels } from '../../../core/render/labels.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { generatedMap } from '../../bench/generate.ts';

const SCALES = mapScales(DEFAULT_FRAME);

function edited(map: WardleyMap): WardleyMap {
  const nodes = { ...map.nodes };
  nodes.n10 = { ...nodes.n10!, evolution: 0.9, name: 'A renamed node with a long name that wraps' };
  delete nodes.n20;
  nodes.fresh = { kind: 'component', name: 'Fresh', evolution: 0.5, visibility: 0.5 };
  return { ...map, nodes };
}

describe('placeLabels with the labels of the map before', () => {
  it('equals a placement from scratch and keeps the untouched labels', () => {
    const map = generatedMap(300);
    const labels = placeLabels(map, SCALES);
    const next = edited(map);
    const reused = placeLabels(next, SCALES, { before: { nodes: map.nodes, labels } });
    expect(reused).toEqual(placeLabels(next, SCALES));
    expect(reused.get('n11')).toBe(labels.get('n11'));
    expect(reused.get('n10')).not.toBe(labels.get('n10'));
    expect(reused.has('n20')).toBe(false);
  });

  it('is ignored on a map small enough for the search (labels there depend on their neighbours)', () => {
    const map = generatedMap(60);
    const labels = placeLabels(map, SCALES);
    const next = edited(map);
    expect(placeLabels(next, SCALES, { before: { nodes: map.nodes, labels } })).toEqual(placeLabels(next, SCALES));
  });
});
