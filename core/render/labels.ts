// Where each node's name goes. Each label tries eight of twelve places around its node and takes the one
// that costs least: overlap with other labels, glyphs and reserved boxes, the length of links and
// arrows it would cover, and what sticks out of the drawing, plus a small price for leaving the
// kind's usual place. Three sweeps (place in file order, then re-choose each with all others
// known) settle most conflicts. Pure and deterministic: the canvas and the SVG export call it
// with the same map and get the same picture; positions only change when the map does, so a
// label stays put while its neighbour is being dragged.
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries, nodeIndex } from '../model/types.ts';
import { nodePoint, plotArea, type MapScales } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import { lengthInside, ObstacleGrid, overlapArea, type Box, type Obstacle } from './label-grid.ts';
import { itemFor, labelAt, square, type Item, type LabelPosition, type PlacedLabel } from './label-place.ts';
import { LABEL_FONT, type LabelFont, type WrappedLabel } from './label-text.ts';
import { evolveArrow, inertiaBar, trimmedSegment } from './links.ts';
import { regionLabelBoxes } from './regions.ts';

export type { Box } from './label-grid.ts';
export { labelAt, labelInPlace, type LabelPosition, type PlacedLabel } from './label-place.ts';

export interface LabelOptions {
  font?: LabelFont;
  /** Boxes no label should cover, e.g. the legend of an exported picture. */
  avoid?: readonly Box[];
  /** Each label's place last time: keeping it is preferred, so labels do not hop on small edits. */
  previous?: ReadonlyMap<string, LabelPosition>;
  /**
   * The labels placed for an earlier version of the map, with the same font and avoided boxes.
   * Above SEARCH_LIMIT a label depends on its node alone, so a node whose object is unchanged keeps
   * its label as it was instead of being measured and placed again (an edit then costs one label).
   */
  before?: { nodes: WardleyMap['nodes']; labels: ReadonlyMap<string, PlacedLabel> };
  /** The font the monolith regions' names are drawn in: labels keep clear of those names. */
  regionFont?: LabelFont;
}

/**
 * Above this many nodes every label takes its kind's usual place without a search: a map that
 * dense cannot be drawn free of overlaps at any zoom, and every edit must stay quick.
 */
const SEARCH_LIMIT = 250;
/** How many pairs of labels the repair may re-place in all, whatever the map's size. */
const REPAIR_BUDGET = 60;
// Any overlap with a glyph or a label costs more than every other place's faults together:
// a label may cross a link if it must, but never covers a name or a node.
const COST = { rank: 40, kept: 60, overlap: 8, glyph: 30, touch: 5000, line: 4, outside: 20 };

export function placeLabels(map: WardleyMap, scales: MapScales, options: LabelOptions = {}): Map<string, PlacedLabel> {
  const font = options.font ?? LABEL_FONT;
  const entries = nodeEntries(map);
  if (entries.length > SEARCH_LIMIT) return usualPlaces(entries, scales, font, options.before);
  const items = entries.map(([id, node]) => itemFor(id, node, scales, font));
  const grid = new ObstacleGrid();
  for (const item of items) grid.add({ kind: 'glyph', owner: item.id, box: square(item.at, item.radius) });
  for (const box of options.avoid ?? []) grid.add({ kind: 'avoid', box });
  const regionNames = options.regionFont ? regionLabelBoxes(map, scales, options.regionFont) : [];
  for (const box of regionNames) grid.add({ kind: 'avoid', box });
  for (const segment of drawnLines(map, scales)) grid.add({ kind: 'line', segment });
  const area = plotArea(scales.frame);
  const bounds: Box = { x: area.left, y: 0, width: scales.frame.width - area.left, height: area.bottom + 8 };
  const placer: Placer = { grid, bounds, font, previous: options.previous ?? new Map() };
  for (let sweep = 0; sweep < 3; sweep++) {
    for (const item of items) {
      unplace(item, placer);
      put(item, choices(item, placer)[0] as Choice, placer);
    }
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  let budget = REPAIR_BUDGET;
  for (const item of items) {
    if (budget <= 0) break;
    if ((item.placed?.cost ?? 0) >= COST.touch) budget -= repair(item, byId, placer);
  }
  return new Map(items.flatMap((i) => (i.placed ? [[i.id, i.placed.label] as const] : [])));
}

/** Every label at its kind's usual place, without a search; unchanged nodes keep their label. */
function usualPlaces(
  entries: [string, MapNode][],
  scales: MapScales,
  font: LabelFont,
  before: LabelOptions['before'],
): Map<string, PlacedLabel> {
  const kept = (id: string, node: MapNode) =>
    before && Object.hasOwn(before.nodes, id) && before.nodes[id] === node ? before.labels.get(id) : undefined;
  return new Map(
    entries.map(([id, node]) => {
      const label = kept(id, node);
      if (label) return [id, label];
      const item = itemFor(id, node, scales, font);
      return [id, labelAt({ ...item, text: item.texts[0] as WrappedLabel }, item.order[0] as LabelPosition, font)];
    }),
  );
}

/** Whether placeLabels searches places for a map of `count` nodes (else each label has its usual place). */
export function searchesPlaces(count: number): boolean {
  return count <= SEARCH_LIMIT;
}

interface Placer {
  grid: ObstacleGrid;
  bounds: Box;
  font: LabelFont;
  previous: ReadonlyMap<string, LabelPosition>;
}

interface Choice {
  label: PlacedLabel;
  cost: number;
}

/** Every place for `item`'s label with its cost given what is placed now, cheapest first. */
function choices(item: Item, placer: Placer): Choice[] {
  const previous = placer.previous.get(item.id);
  const out = item.order.flatMap((position, rank) =>
    item.texts.map((text, wide) => {
      const label = labelAt({ ...item, text }, position, placer.font);
      return {
        label,
        cost: placeCost(item, label, placer) + (rank + wide) * COST.rank - (position === previous ? COST.kept : 0),
      };
    }),
  );
  return out.sort((a, b) => a.cost - b.cost);
}

function placeCost(item: Item, label: PlacedLabel, placer: Placer): number {
  let cost = 0;
  cost += outside(label.box, placer.bounds) * COST.outside;
  placer.grid.near(label.box, (o) => {
    if (o.kind === 'line') cost += lengthInside(o.segment, label.box) * COST.line;
    else if (o.owner !== item.id) {
      const area = overlapArea(label.box, o.box);
      if (area > 0) cost += COST.touch + area * (o.kind === 'label' ? COST.overlap : COST.glyph);
    }
  });
  return cost;
}

function put(item: Item, choice: Choice, placer: Placer): void {
  const obstacle: Obstacle = { kind: 'label', owner: item.id, box: choice.label.box };
  placer.grid.add(obstacle);
  item.placed = { ...choice, obstacle };
}

function unplace(item: Item, placer: Placer): void {
  if (item.placed) placer.grid.remove(item.placed.obstacle);
}

/**
 * Two labels can block each other so that neither moves alone. For a label still in conflict,
 * re-place it together with each neighbouring label, trying every pair of places.
 */
function repair(item: Item, byId: ReadonlyMap<string, Item>, placer: Placer): number {
  const reach = item.order.flatMap((p) => item.texts.map((text) => labelAt({ ...item, text }, p, placer.font).box));
  const neighbours = new Set<Item>();
  for (const box of reach)
    placer.grid.near(box, (o) => {
      if (o.kind === 'label' && o.owner !== item.id && overlapArea(o.box, box) > 0)
        neighbours.add(byId.get(o.owner ?? '') as Item);
    });
  let tried = 0;
  for (const other of neighbours) {
    if ((item.placed?.cost ?? 0) < COST.touch) break;
    tried++;
    const before = (item.placed?.cost ?? 0) + (other.placed?.cost ?? 0);
    unplace(item, placer);
    unplace(other, placer);
    let best: { mine: Choice; theirs: Choice; cost: number } | undefined;
    for (const mine of choices(item, placer)) {
      put(item, mine, placer);
      const theirs = choices(other, placer)[0] as Choice;
      if (!best || mine.cost + theirs.cost < best.cost) best = { mine, theirs, cost: mine.cost + theirs.cost };
      unplace(item, placer);
    }
    const keep = best && best.cost < before ? best : undefined;
    put(item, keep?.mine ?? (item.placed as Choice), placer);
    put(other, keep?.theirs ?? (other.placed as Choice), placer);
  }
  return Math.max(1, tried);
}

/** The box around every glyph and label: what Fit must keep in view. */
export function drawingBounds(map: WardleyMap, scales: MapScales, labels: ReadonlyMap<string, PlacedLabel>): Box {
  const boxes = nodeEntries(map).map(([, node]) => square(nodePoint(scales, node), nodeGlyph(node).radius));
  for (const [, label] of labels) boxes.push(label.box);
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Links, evolve arrows and inertia bars, as drawn: labels should not cover them. */
function drawnLines(map: WardleyMap, scales: MapScales) {
  const index = nodeIndex(map);
  return nodeEntries(map).flatMap(([, node]) => {
    const at = nodePoint(scales, node);
    const r = nodeGlyph(node).radius;
    const out = (node.uses ?? []).flatMap((to) => {
      const other = index.get(to);
      return other ? [trimmedSegment(at, nodePoint(scales, other), r, nodeGlyph(other).radius)] : [];
    });
    const targetX = node.evolve === undefined ? undefined : scales.x(node.evolve);
    const arrow = targetX === undefined ? undefined : evolveArrow(at, targetX, r);
    if (arrow) out.push(arrow);
    if (node.inertia) out.push(inertiaBar(at, r, targetX));
    return out;
  });
}

function outside(box: Box, bounds: Box): number {
  return box.width * box.height - overlapArea(box, bounds);
}
