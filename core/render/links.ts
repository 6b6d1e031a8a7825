// Geometry of the lines between nodes: `uses` links, `evolve` movement arrows and inertia bars.
import type { Point } from './frame.ts';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The segment from `from` to `to`, shortened at each end so it meets the glyphs' edges. */
export function trimmedSegment(from: Point, to: Point, fromRadius: number, toRadius: number): Segment {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= fromRadius + toRadius) return { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
  const ux = dx / length;
  const uy = dy / length;
  return {
    x1: from.x + ux * fromRadius,
    y1: from.y + uy * fromRadius,
    x2: to.x - ux * toRadius,
    y2: to.y - uy * toRadius,
  };
}

/** The planned movement: from the node to its target evolution at the same visibility. */
export function evolveArrow(at: Point, targetX: number, radius: number): Segment | undefined {
  if (Math.abs(targetX - at.x) <= radius) return undefined;
  return trimmedSegment(at, { x: targetX, y: at.y }, radius, 4);
}

/**
 * Inertia is drawn as a heavy bar across the path of the movement, just ahead of the node
 * (Wardley's notation); without a planned movement it stands to the right of the node.
 */
export function inertiaBar(at: Point, radius: number, targetX?: number): Segment {
  const direction = targetX !== undefined && targetX < at.x ? -1 : 1;
  const x = at.x + direction * (radius + 10);
  return { x1: x, y1: at.y - radius - 4, x2: x, y2: at.y + radius + 4 };
}
