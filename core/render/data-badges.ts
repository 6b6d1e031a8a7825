// The badge of a component holding sensitive data: its classes in capitals (PHI·PII) just above
// its glyph's top-left corner. The canvas draws it (renderer/data/DataBadge.tsx) from this shape,
// and its label placement keeps node names clear of it as of the monolith regions' names.
import { classesHeld } from '../compliance/classes.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import { nodePoint, type MapScales } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import type { Box } from './label-grid.ts';

/** The badge's text at 10 px, 600 weight (renderer/data/data.css): about this wide a character. */
const CHAR_WIDTH = 6.2;
const HEIGHT = 13;

/** A badge's text and box, the box relative to its node's centre. */
export interface DataBadgeShape {
  text: string;
  box: Box;
}

/** The badge of `node` (none unless a component holding sensitive data). */
export function dataBadgeShape(node: MapNode): DataBadgeShape | null {
  if (node.kind !== 'component') return null;
  const classes = classesHeld(node);
  if (classes.length === 0) return null;
  const text = classes.map((c) => c.toUpperCase()).join('·');
  const radius = nodeGlyph(node).radius;
  const width = text.length * CHAR_WIDTH + 8;
  return { text, box: { x: -radius - width + 2, y: -radius - 14, width, height: HEIGHT } };
}

/** Where every badge of `map` is drawn: boxes node labels keep clear of. */
export function dataBadgeBoxes(map: WardleyMap, scales: MapScales): Box[] {
  return nodeEntries(map).flatMap(([, node]) => {
    const shape = dataBadgeShape(node);
    if (!shape) return [];
    const at = nodePoint(scales, node);
    return [{ ...shape.box, x: at.x + shape.box.x, y: at.y + shape.box.y }];
  });
}
