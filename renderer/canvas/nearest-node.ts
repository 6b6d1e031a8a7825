// Arrow-key navigation between nodes by where they are drawn: the next node in the arrow's
// direction is the one closest ahead, with sideways distance counting double so a node straight
// ahead wins over a nearer one far off to the side.
import type { Point } from '../../core/render/frame.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export function nearestInDirection(
  points: ReadonlyMap<string, Point>,
  from: string,
  direction: Direction,
): string | undefined {
  const origin = points.get(from);
  if (!origin) return undefined;
  const axis = AXES[direction];
  let best: { id: string; score: number } | undefined;
  for (const [id, p] of points) {
    if (id === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const ahead = dx * axis.x + dy * axis.y;
    const side = Math.abs(dx * axis.y - dy * axis.x);
    // Only nodes ahead, within 60° of the arrow's direction either way (ties at the same spot go to file order).
    if (ahead <= 0 || side > ahead * 1.8) continue;
    const score = ahead + 2 * side;
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id;
}

/** The node nearest the top-left corner: where Tab enters a map nothing was focused on yet. */
export function topLeftNode(points: ReadonlyMap<string, Point>): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const [id, p] of points) {
    const score = p.x + p.y;
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id;
}
