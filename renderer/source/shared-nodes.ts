// A document parsed from the pane's text gets fresh objects for every node; the canvas redraws a
// node when its object changes. Nodes whose content did not change keep their old object, so a
// keystroke in one node redraws one node, as an edit from the canvas does.
import type { MapDocument } from '../../core/format/parse.ts';
import type { MapNode } from '../../core/model/types.ts';

export function withSharedNodes(before: MapDocument, after: MapDocument): MapDocument {
  const nodes: Record<string, MapNode> = {};
  for (const id of Object.keys(after.map.nodes)) {
    const fresh = after.map.nodes[id];
    const old = Object.hasOwn(before.map.nodes, id) ? before.map.nodes[id] : undefined;
    if (fresh) nodes[id] = old && JSON.stringify(old) === JSON.stringify(fresh) ? old : fresh;
  }
  return { ...after, map: { ...after.map, nodes }, bom: before.bom, eol: before.eol };
}
