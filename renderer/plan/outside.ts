// Geometry for putting an extracted component outside a monolith region (a convex polygon) and
// off the other nodes' labels. Estimates, not text metrics: enough to keep the plan view legible.
import { nodeGlyph } from '../../core/render/glyphs.ts';
import type { Point } from '../../core/render/frame.ts';
import type { MapNode } from '../../core/model/types.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Average advance of a 16 px label character. */
const LABEL_CHAR = 8.5;
/** Room above a region for its label. */
const REGION_LABEL = 24;

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.left < b.right + margin && b.left < a.right + margin && a.top < b.bottom + margin && b.top < a.bottom + margin
  );
}

/** The glyph and its label: what must not cover another node. */
export function labelledBox(node: Pick<MapNode, 'kind' | 'sourcing' | 'name'>, p: Point): Box {
  const glyph = nodeGlyph(node);
  const width = node.name.length * LABEL_CHAR;
  if (glyph.label.anchor === 'middle')
    return { left: p.x - width / 2, top: p.y + glyph.label.offset.y - 16, right: p.x + width / 2, bottom: p.y + 14 };
  const r = Math.max(glyph.radius, 10);
  return { left: p.x - r, top: p.y - r, right: p.x + glyph.label.offset.x + width, bottom: p.y + r };
}

/** A monolith region's label, "<name> (monolith)" in 15 px bold italic, centred on `at`. */
export function regionLabelBox(name: string, at: Point): Box {
  const width = `${name} (monolith)`.length * LABEL_CHAR;
  return { left: at.x - width / 2, top: at.y - 16, right: at.x + width / 2, bottom: at.y + 4 };
}

interface Edge {
  a: Point;
  /** Unit normal pointing out of the polygon. */
  n: Point;
}

function edgesOf(hull: readonly Point[]): Edge[] {
  const cx = hull.reduce((s, p) => s + p.x, 0) / hull.length;
  const cy = hull.reduce((s, p) => s + p.y, 0) / hull.length;
  return hull.flatMap((a, i) => {
    const b = hull[(i + 1) % hull.length]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) return [];
    let n = { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
    if ((a.x - cx) * n.x + (a.y - cy) * n.y < 0) n = { x: -n.x, y: -n.y };
    return [{ a, n }];
  });
}

function beyond(edge: Edge, p: Point): number {
  return (p.x - edge.a.x) * edge.n.x + (p.y - edge.a.y) * edge.n.y;
}

/**
 * How far a disc of `radius` around `p` is clear of the convex polygon `hull`: ≥ 0 when it is
 * wholly outside one of the polygon's edges (so outside the polygon), negative otherwise.
 */
export function clearance(hull: readonly Point[], p: Point, radius: number): number {
  const edges = edgesOf(hull);
  if (edges.length === 0) return Infinity;
  return Math.max(...edges.map((e) => beyond(e, p))) - radius;
}

/**
 * The shortest push of `p` across one edge of `hull` that clears a disc of `radius`; leaving
 * upwards also clears the region's label, leaving leftwards also the node's own label.
 */
export function pushOut(
  node: Pick<MapNode, 'kind' | 'sourcing' | 'name'>,
  p: Point,
  hull: readonly Point[],
  radius: number,
): { point: Point; normal: Point } {
  const glyph = nodeGlyph(node);
  const labelRight = glyph.label.anchor === 'start' ? glyph.label.offset.x + node.name.length * LABEL_CHAR : 0;
  let best: { need: number; n: Point } | null = null;
  for (const edge of edgesOf(hull)) {
    const extra = (edge.n.y < -0.5 ? REGION_LABEL : 0) + (edge.n.x < 0 ? labelRight * -edge.n.x : 0);
    const need = radius + extra - beyond(edge, p);
    if (!best || need < best.need) best = { need, n: edge.n };
  }
  if (!best) return { point: p, normal: { x: 0, y: 1 } };
  const push = Math.max(0, best.need);
  return { point: { x: p.x + best.n.x * push, y: p.y + best.n.y * push }, normal: best.n };
}
