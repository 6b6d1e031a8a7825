// The badge of a component holding sensitive data: its classes in capitals (PHI·PII) at a corner
// of its glyph, so a workshop sees at a glance where patient data lives. The corner is the first of
// top-left, top-right, bottom-left, bottom-right where the badge lies on no other node's glyph and
// no badge placed before it (top-left when none is free): in a dense cluster a badge at a fixed
// corner sat on its neighbours' glyphs. The canvas draws the badges (renderer/data/DataBadges.tsx)
// from these shapes, and its label placement keeps node names clear of them as of the monolith
// regions' names.
import { classesHeld } from '../compliance/classes.ts';
import { objectMemo } from '../model/memo.ts';
import { nodeIds, nodeOf } from '../model/node-table.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodePoint, type MapScales, type Point } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import { ObstacleGrid, overlapArea, type Box, type Obstacle } from './label-grid.ts';

/** The badge's text at 10 px, 600 weight (renderer/data/data.css): about this wide a character. */
const CHAR_WIDTH = 6.2;
const HEIGHT = 13;

/** A badge's text and box, the box relative to its node's centre. */
export interface DataBadgeShape {
  text: string;
  box: Box;
}

/** The badge's text of `node` (none unless a component holding sensitive data). */
export function dataBadgeText(node: MapNode): string | null {
  if (node.kind !== 'component') return null;
  const classes = classesHeld(node);
  return classes.length === 0 ? null : classes.map((c) => c.toUpperCase()).join('·');
}

/** The four places a badge of `text` may take around a glyph of `radius`, in order of preference. */
function corners(text: string, radius: number): Box[] {
  const width = text.length * CHAR_WIDTH + 8;
  const [left, right] = [-radius - width + 2, radius - 2];
  const [above, below] = [-radius - 14, radius + 1];
  return [
    { x: left, y: above, width, height: HEIGHT },
    { x: right, y: above, width, height: HEIGHT },
    { x: left, y: below, width, height: HEIGHT },
    { x: right, y: below, width, height: HEIGHT },
  ];
}

function moved(box: Box, at: Point): Box {
  return { ...box, x: at.x + box.x, y: at.y + box.y };
}

/** How much of `box` lies on glyphs other than `owner`'s and on badges already placed. */
function covered(grid: ObstacleGrid, box: Box, owner: string): number {
  let area = 0;
  grid.near(box, (o) => {
    if (o.kind !== 'line' && o.owner !== owner) area += overlapArea(o.box, box);
  });
  return area;
}

function glyphGrid(map: WardleyMap, scales: MapScales): ObstacleGrid {
  const grid = new ObstacleGrid();
  for (const id of nodeIds(map)) {
    const node = nodeOf(map, id);
    if (!node) continue;
    const r = nodeGlyph(node).radius;
    const at = nodePoint(scales, node);
    grid.add({ kind: 'glyph', owner: id, box: { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r } });
  }
  return grid;
}

/** The badge of `id`: the first free corner, or the one least covered. */
function placed(grid: ObstacleGrid, id: string, node: MapNode, text: string, scales: MapScales): Box {
  const at = nodePoint(scales, node);
  const options = corners(text, nodeGlyph(node).radius);
  let best = options[0] as Box;
  let least = Infinity;
  for (const box of options) {
    const area = covered(grid, moved(box, at), id);
    if (area < least) [best, least] = [box, area];
    if (area === 0) break;
  }
  const badge: Obstacle = { kind: 'avoid', owner: id, box: moved(best, at) };
  grid.add(badge);
  return best;
}

function placeBadges(
  map: WardleyMap,
  scales: MapScales,
  holders: Iterable<string>,
): ReadonlyMap<string, DataBadgeShape> {
  const shapes = new Map<string, DataBadgeShape>();
  let grid: ObstacleGrid | undefined;
  for (const id of holders) {
    const node = nodeOf(map, id);
    const text = node && dataBadgeText(node);
    if (!node || !text) continue;
    grid ??= glyphGrid(map, scales);
    shapes.set(id, { text, box: placed(grid, id, node, text, scales) });
  }
  return shapes;
}

const placedOf = objectMemo<WardleyMap, { scales: MapScales; shapes: ReadonlyMap<string, DataBadgeShape> }>(
  'data badges',
);

/**
 * The badge of every component of `map` holding sensitive data, by node id, placed once per map.
 * A caller that keeps the holders' ids up to date (in the map's order) passes them, so a map
 * without badges costs nothing here; otherwise every node is read.
 */
export function dataBadgeShapes(
  map: WardleyMap,
  scales: MapScales,
  holders: Iterable<string> = nodeIds(map),
): ReadonlyMap<string, DataBadgeShape> {
  const kept = placedOf.get(map);
  if (kept?.scales === scales) return kept.shapes;
  return placedOf.set(map, { scales, shapes: placeBadges(map, scales, holders) }).shapes;
}

/** Where every badge of `map` is drawn: boxes node labels keep clear of. */
export function dataBadgeBoxes(map: WardleyMap, scales: MapScales): Box[] {
  return [...dataBadgeShapes(map, scales)].map(([id, shape]) => {
    const node = nodeOf(map, id) as MapNode;
    return moved(shape.box, nodePoint(scales, node));
  });
}
