// What "the document a full parse of its text gives" means for the incremental edit properties:
// the same map, the same findings at the same lines, the same places for every node.
import { expect } from 'vitest';
import { checkDocument } from '../../../core/doctrine/index.ts';
import { positionOf, type MapDocument } from '../../../core/format/parse.ts';

export function expectSameAsFullParse(doc: MapDocument, full: MapDocument): void {
  expect(doc.map).toEqual(full.map);
  expect(checkDocument(doc)).toEqual(checkDocument(full));
  for (const id of Object.keys(doc.map.nodes)) {
    for (const path of [
      ['nodes', id],
      ['nodes', id, 'evolution'],
      ['nodes', id, 'uses', 0],
    ]) {
      expect(positionOf(doc, path)).toEqual(positionOf(full, path));
    }
  }
  if (doc.map.annotations)
    expect(positionOf(doc, ['annotations', 0, 'nodes', 1])).toEqual(positionOf(full, ['annotations', 0, 'nodes', 1]));
}
