// A document parsed from the pane's text gets fresh objects for every node; the canvas redraws a
// node when its object changes. Nodes whose content did not change keep their old object, so a
// keystroke in one node redraws one node, as an edit from the canvas does.
import type { MapDocument } from '../../core/format/parse.ts';

/**
 * `after`, just parsed and held by no one else, with `before`'s node objects where they read the
 * same, and `before`'s BOM and line endings (the file's, which the pane's text does not carry).
 * The same document object is given back: a copy would read its yaml Document at once (a spread
 * calls the getter that builds it, most of a second at 2,000 nodes), where the parsed one builds
 * it later in idle slices (renderer/store/warm-for-edits.ts).
 */
export function withSharedNodes(before: MapDocument, after: MapDocument): MapDocument {
  const nodes = after.map.nodes;
  for (const id of Object.keys(nodes)) {
    const old = Object.hasOwn(before.map.nodes, id) ? before.map.nodes[id] : undefined;
    if (old && JSON.stringify(old) === JSON.stringify(nodes[id])) nodes[id] = old;
  }
  return Object.assign(after, { bom: before.bom, eol: before.eol });
}
