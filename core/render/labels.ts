// Where each node's name goes. Each label tries eight of twelve places around its node and takes the one
// that costs least: overlap with other labels, glyphs and reserved boxes, the length of links and
// arrows it would cover, and what sticks out of the drawing, plus a small price for leaving the
// kind's usual place. Three sweeps (place in file order, then re-choose each with all others
// known) settle most conflicts. Pure and deterministic: the canvas and the SVG export call it
// with the same map and get the same picture; positions only change when the map does, so a
// label stays put while its neighbour is being dragged.
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries, nodeIndex } from '../model/types.ts';
import { nodePoint, plotArea, type MapScales, type Point } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import { lengthInside, ObstacleGrid, overlapArea, type Box, type Obstacle } from './label-grid.ts';
import { LABEL_FONT, lineHeight, WIDE_EM, wrapLabel, type LabelFont, type WrappedLabel } from './label-text.ts';
import { evolveArrow, inertiaBar, trimmedSegment } from './links.ts';

export type { Box } from './label-grid.ts';

export type LabelPosition =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left'
  | 'right-high'
  | 'right-low'
  | 'left-high'
  | 'left-low';

export interface PlacedLabel {
  lines: string[];
  truncated: boolean;
  position: LabelPosition;
  /** Where the first line's baseline starts, relative to the node's centre. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lineHeight: number;
  /** The room the label takes, in drawing coordinates. */
  box: Box;
}

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
}

const GAP = 5;
const ORDER: Record<'user' | 'moving' | 'plain', LabelPosition[]> = {
  user: ['above', 'below', 'right', 'left', 'above-right', 'above-left', 'below-right', 'below-left'],
  moving: ['above-right', 'below-right', 'above', 'below', 'above-left', 'below-left', 'right-low', 'left-high'],
  plain: ['right', 'left', 'below', 'above', 'right-high', 'right-low', 'left-high', 'left-low'],
};
/**
 * Above this many nodes every label takes its kind's usual place without a search: a map that
 * dense cannot be drawn free of overlaps at any zoom, and every edit must stay quick.
 */
const SEARCH_LIMIT = 250;
/** How many pairs of labels the repair may re-place in all, whatever the map's size. */
const REPAIR_BUDGET = 60;
const ALL = [...new Set(Object.values(ORDER).flat())];
/** Each kind's own order first, then every other place as a last resort. */
function orderFor(kind: keyof typeof ORDER): LabelPosition[] {
  return [...ORDER[kind], ...ALL.filter((p) => !ORDER[kind].includes(p))];
}
// Any overlap with a glyph or a label costs more than every other place's faults together:
// a label may cross a link if it must, but never covers a name or a node.
const COST = { rank: 40, kept: 60, overlap: 8, glyph: 30, touch: 5000, line: 4, outside: 20 };

interface Item {
  id: string;
  at: Point;
  radius: number;
  order: LabelPosition[];
  /** The name wrapped at the usual width and, when that differs, at a wider one (fewer lines). */
  texts: WrappedLabel[];
  placed?: { label: PlacedLabel; cost: number; obstacle: Obstacle };
}

export function placeLabels(map: WardleyMap, scales: MapScales, options: LabelOptions = {}): Map<string, PlacedLabel> {
  const font = options.font ?? LABEL_FONT;
  const entries = nodeEntries(map);
  if (entries.length > SEARCH_LIMIT) return usualPlaces(entries, scales, font, options.before);
  const items = entries.map(([id, node]) => itemFor(id, node, scales, font));
  const grid = new ObstacleGrid();
  for (const item of items) grid.add({ kind: 'glyph', owner: item.id, box: square(item.at, item.radius) });
  for (const box of options.avoid ?? []) grid.add({ kind: 'avoid', box });
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

/**
 * One node's label at `position` (its kind's usual place when none), without a search: what an
 * edited node shows until a search over the whole map has placed it. `lines` picks the wrapping
 * the label had (the wider one when it had that).
 */
export function labelInPlace(
  id: string,
  node: MapNode,
  scales: MapScales,
  font: LabelFont,
  at?: { position: LabelPosition; lines: readonly string[] },
): PlacedLabel {
  const item = itemFor(id, node, scales, font);
  const text = item.texts.find((t) => t.lines.join('\n') === at?.lines.join('\n')) ?? (item.texts[0] as WrappedLabel);
  return labelAt({ ...item, text }, at?.position ?? (item.order[0] as LabelPosition), font);
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

function textsFor(name: string, font: LabelFont): WrappedLabel[] {
  const usual = wrapLabel(name, font);
  if (usual.lines.length === 1) return [usual];
  const wide = wrapLabel(name, font, WIDE_EM);
  return [usual, wide];
}

function itemFor(id: string, node: MapNode, scales: MapScales, font: LabelFont): Item {
  const moving = node.evolve !== undefined || node.inertia === true;
  const kind = node.kind === 'user' ? 'user' : moving ? 'moving' : 'plain';
  return {
    id,
    at: nodePoint(scales, node),
    radius: nodeGlyph(node).radius,
    order: orderFor(kind),
    texts: textsFor(node.name, font),
  };
}

/** The label of `item` at `position`: its box, and the anchor that keeps the text inside the box. */
export function labelAt(
  item: { at: Point; radius: number; text: WrappedLabel },
  position: LabelPosition,
  font: LabelFont,
): PlacedLabel {
  const { width: w, height: h, lines, truncated } = item.text;
  const r = item.radius;
  const side = r * 0.6;
  const above = -r - GAP - h;
  const below = r + GAP;
  const offsets: Record<LabelPosition, [number, number]> = {
    right: [r + GAP, -h / 2],
    left: [-r - GAP - w, -h / 2],
    above: [-w / 2, above],
    below: [-w / 2, below],
    'above-right': [side, above],
    'below-right': [side, below],
    'above-left': [-side - w, above],
    'below-left': [-side - w, below],
    'right-high': [r + GAP, -r - h / 2],
    'right-low': [r + GAP, r - h / 2],
    'left-high': [-r - GAP - w, -r - h / 2],
    'left-low': [-r - GAP - w, r - h / 2],
  };
  const [dx, dy] = offsets[position];
  const anchor = position === 'above' || position === 'below' ? 'middle' : position.includes('left') ? 'end' : 'start';
  const x = anchor === 'start' ? dx : anchor === 'end' ? dx + w : dx + w / 2;
  return {
    lines,
    truncated,
    position,
    x: round(x),
    y: round(dy + font.size * 0.95),
    anchor,
    lineHeight: lineHeight(font),
    box: { x: item.at.x + dx, y: item.at.y + dy, width: w, height: h },
  };
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

function square(at: Point, r: number): Box {
  return { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r };
}

function outside(box: Box, bounds: Box): number {
  return box.width * box.height - overlapArea(box, bounds);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
