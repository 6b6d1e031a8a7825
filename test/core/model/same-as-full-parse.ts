// What "the document a full parse of its text gives" means for the incremental edit properties:
// the same map, the same findings at the same lines, the same places for every node.
import { expect } from 'vitest';
import { checkDocument } from '../../../core/doctrine/index.ts';
import { positionOf, type MapDocument } from '../../../core/format/parse.ts';
import { nodeIds, nodeOf } from '../../../core/model/node-table.ts';

export function expectSameAsFullParse(doc: MapDocument, full: MapDocument): void {
  // Read by id first, and checked, as the edit path does: before the map's record is made.
  expect(nodeIds(doc.map)).toEqual(Object.keys(full.map.nodes));
  for (const id of nodeIds(doc.map)) expect(nodeOf(doc.map, id)).toEqual(full.map.nodes[id]);
  const findings = checkDocument(doc);
  expect(doc.map).toEqual(full.map);
  expect(findings).toEqual(checkDocument(full));
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
