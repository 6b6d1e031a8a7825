// One label at one place around its node: the eight places each kind tries, in its order, and the
// box and text anchor of a label at a given place. labels.ts searches among these places.
import type { MapNode } from '../model/types.ts';
import { nodePoint, type MapScales, type Point } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import type { Box, Obstacle } from './label-grid.ts';
import { lineHeight, WIDE_EM, wrapLabel, type LabelFont, type WrappedLabel } from './label-text.ts';

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

const GAP = 5;
const ORDER: Record<'user' | 'moving' | 'plain', LabelPosition[]> = {
  user: ['above', 'below', 'right', 'left', 'above-right', 'above-left', 'below-right', 'below-left'],
  moving: ['above-right', 'below-right', 'above', 'below', 'above-left', 'below-left', 'right-low', 'left-high'],
  plain: ['right', 'left', 'below', 'above', 'right-high', 'right-low', 'left-high', 'left-low'],
};
const ALL = [...new Set(Object.values(ORDER).flat())];
/** Each kind's own order first, then every other place as a last resort. */
function orderFor(kind: keyof typeof ORDER): LabelPosition[] {
  return [...ORDER[kind], ...ALL.filter((p) => !ORDER[kind].includes(p))];
}

/** A node's label while places are searched: where its node is, the places it may take, its texts. */
export interface Item {
  id: string;
  at: Point;
  radius: number;
  order: LabelPosition[];
  /** The name wrapped at the usual width and, when that differs, at a wider one (fewer lines). */
  texts: WrappedLabel[];
  placed?: { label: PlacedLabel; cost: number; obstacle: Obstacle };
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

function textsFor(name: string, font: LabelFont): WrappedLabel[] {
  const usual = wrapLabel(name, font);
  if (usual.lines.length === 1) return [usual];
  const wide = wrapLabel(name, font, WIDE_EM);
  return [usual, wide];
}

export function itemFor(id: string, node: MapNode, scales: MapScales, font: LabelFont): Item {
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

export function square(at: Point, r: number): Box {
  return { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
