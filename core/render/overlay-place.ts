// Places for what is drawn over a finished map (a history comparison's badges and the names of
// removed nodes' ghosts): each box takes the first place around its point that covers no node,
// no label and no box placed before it, or failing that the place that covers least. The same
// obstacle grid as the label placer, so a badge never sits on a neighbour's name.
import type { WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import { nodePoint, type MapScales, type Point } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import { ObstacleGrid, overlapArea, type Box } from './label-grid.ts';
import type { PlacedLabel } from './labels.ts';

const GAP = 6;
/** How many rows further out, above and below, a box may go before it settles for overlap. */
const ROWS = 3;

/** Every glyph and label of `map` as obstacles. */
export function takenByMap(map: WardleyMap, scales: MapScales, labels: ReadonlyMap<string, PlacedLabel>): ObstacleGrid {
  const grid = new ObstacleGrid();
  for (const [id, node] of nodeEntries(map)) {
    const at = nodePoint(scales, node);
    const r = nodeGlyph(node).radius;
    grid.add({ kind: 'glyph', owner: id, box: { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r } });
  }
  for (const [id, label] of labels) grid.add({ kind: 'label', owner: id, box: label.box });
  return grid;
}

/**
 * A box of `width` × `height` near a glyph of `radius` at `at`: below it, above, to the right, to
 * the left, at the corners, then further below and above. The chosen box joins `grid`.
 */
export function placeNear(grid: ObstacleGrid, at: Point, radius: number, width: number, height: number): Box {
  const candidates = offsets(radius, width, height).map(([dx, dy]) => ({
    x: at.x + dx,
    y: at.y + dy,
    width,
    height,
  }));
  let best = { box: candidates[0] as Box, cost: Infinity };
  for (const box of candidates) {
    let cost = 0;
    grid.near(box, (o) => {
      if (o.kind !== 'line') cost += overlapArea(box, o.box);
    });
    if (cost < best.cost) best = { box, cost };
    if (cost === 0) break;
  }
  grid.add({ kind: 'avoid', box: best.box });
  return best.box;
}

/** Top-left corners of the candidate boxes, relative to the glyph's centre, in order of preference. */
function offsets(r: number, w: number, h: number): [number, number][] {
  const below = r + GAP;
  const above = -r - GAP - h;
  const side = r * 0.6;
  const near: [number, number][] = [
    [-w / 2, below],
    [-w / 2, above],
    [r + GAP, -h / 2],
    [-r - GAP - w, -h / 2],
    [side, below],
    [-side - w, below],
    [side, above],
    [-side - w, above],
  ];
  for (let row = 1; row <= ROWS; row++) {
    near.push([-w / 2, below + row * (h + GAP)], [-w / 2, above - row * (h + GAP)]);
  }
  return near;
}
