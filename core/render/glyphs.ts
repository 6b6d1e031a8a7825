// How each node looks: users, needs and components have distinct bodies; a component's sourcing
// adds a halo whose colour AND shape AND fill pattern differ, so build / buy / outsource stay
// readable on a washed-out projector and in greyscale print.
import type { MapNode, Sourcing } from '../model/types.ts';
import type { Point } from './frame.ts';

export type GlyphShape = 'circle' | 'square' | 'diamond' | 'person' | 'pill';
export type FillPattern = 'solid' | 'hatch' | 'dots';

export interface SourcingStyle {
  sourcing: Sourcing;
  label: string;
  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  color: string;
  shape: GlyphShape;
  pattern: FillPattern;
  dashed: boolean;
}

export const SOURCING_STYLES: Readonly<Record<Sourcing, SourcingStyle>> = {
  build: {
    sourcing: 'build',
    label: 'Build in-house',
    color: '#0072B2',
    shape: 'square',
    pattern: 'solid',
    dashed: false,
  },
  buy: { sourcing: 'buy', label: 'Buy (product)', color: '#E69F00', shape: 'diamond', pattern: 'hatch', dashed: false },
  outsource: {
    sourcing: 'outsource',
    label: 'Outsource (utility)',
    color: '#CC79A7',
    shape: 'circle',
    pattern: 'dots',
    dashed: true,
  },
};

export interface NodeGlyph {
  body: { shape: GlyphShape; size: number };
  halo?: SourcingStyle & { size: number };
  /** Distance from the centre at which links start and end. */
  radius: number;
  label: { offset: Point; anchor: 'start' | 'middle' };
}

const BODY_SIZE = { user: 14, need: 11, component: 8 } as const;
const HALO_SIZE = 17;

export function nodeGlyph(node: Pick<MapNode, 'kind' | 'sourcing' | 'evolve' | 'inertia'>): NodeGlyph {
  const size = BODY_SIZE[node.kind];
  const shape: GlyphShape = node.kind === 'user' ? 'person' : node.kind === 'need' ? 'pill' : 'circle';
  const halo =
    node.kind === 'component' && node.sourcing ? { ...SOURCING_STYLES[node.sourcing], size: HALO_SIZE } : undefined;
  const radius = halo ? HALO_SIZE : node.kind === 'need' ? size * 1.6 : size + 2;
  // Users sit at the top of the map, so their label goes above; everyone else's to the right,
  // unless an evolve arrow or an inertia bar runs there: then above and to the right.
  const moving = node.evolve !== undefined || node.inertia === true;
  const label =
    node.kind === 'user'
      ? { offset: { x: 0, y: -size - 12 }, anchor: 'middle' as const }
      : moving
        ? { offset: { x: radius * 0.7, y: -radius - 4 }, anchor: 'start' as const }
        : { offset: { x: radius + 6, y: 5 }, anchor: 'start' as const };
  const glyph: NodeGlyph = { body: { shape, size }, radius, label };
  if (halo) glyph.halo = halo;
  return glyph;
}

/**
 * An SVG path of `shape` centred on the origin, or on `at` (the canvas draws a large map's nodes
 * in place, without a transform per node).
 */
export function shapePath(shape: GlyphShape, size: number, at?: { x: number; y: number }): string {
  const x = (n: number) => (at ? round(n + at.x) : n);
  const y = (n: number) => (at ? round(n + at.y) : n);
  const s = round(size);
  switch (shape) {
    case 'circle':
      return `M ${x(-s)} ${y(0)} A ${s} ${s} 0 1 0 ${x(s)} ${y(0)} A ${s} ${s} 0 1 0 ${x(-s)} ${y(0)} Z`;
    case 'square':
      return `M ${x(-s)} ${y(-s)} H ${x(s)} V ${y(s)} H ${x(-s)} Z`;
    case 'diamond': {
      const d = round(size * 1.3);
      return `M ${x(0)} ${y(-d)} L ${x(d)} ${y(0)} L ${x(0)} ${y(d)} L ${x(-d)} ${y(0)} Z`;
    }
    case 'pill':
      return pillPath(size, x, y);
    case 'person':
      return personPath(size, x, y);
  }
}

type Shift = (n: number) => number;

function pillPath(size: number, x: Shift, y: Shift): string {
  const h = round(size * 0.8);
  const w = round(size * 1.6);
  return `M ${x(-w + h)} ${y(-h)} H ${x(w - h)} A ${h} ${h} 0 0 1 ${x(w - h)} ${y(h)} H ${x(-w + h)} A ${h} ${h} 0 0 1 ${x(-w + h)} ${y(-h)} Z`;
}

function personPath(size: number, x: Shift, y: Shift): string {
  const head = round(size * 0.38);
  const headY = round(-size * 0.45);
  const w = round(size * 0.8);
  const base = round(size * 0.85);
  return (
    `M ${x(-head)} ${y(headY)} A ${head} ${head} 0 1 0 ${x(head)} ${y(headY)} A ${head} ${head} 0 1 0 ${x(-head)} ${y(headY)} Z ` +
    `M ${x(-w)} ${y(base)} A ${w} ${round(size * 0.75)} 0 0 1 ${x(w)} ${y(base)} Z`
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
