// A uniform grid over the drawing for the label placer: each box or segment is filed under the
// cells it touches, so a candidate label looks only at what is near it. Maps of thousands of
// nodes then place their labels in time linear in the node count.
import type { Segment } from './links.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Obstacle = (
  { kind: 'glyph' | 'label' | 'avoid'; box: Box; owner?: string } | { kind: 'line'; segment: Segment }
) & {
  /** The last query that visited this obstacle, so a query visits it once. */
  seenBy?: number;
};

const CELL = 60;

export class ObstacleGrid {
  private readonly cells = new Map<number, Obstacle[]>();

  add(item: Obstacle): void {
    for (const key of cellKeys(bounds(item))) {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }
  }

  remove(item: Obstacle): void {
    for (const key of cellKeys(bounds(item))) {
      const list = this.cells.get(key);
      const at = list?.indexOf(item) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
  }

  private query = 0;

  /** Calls `visit` once for every obstacle whose cells meet `box`. */
  near(box: Box, visit: (o: Obstacle) => void): void {
    const query = ++this.query;
    for (const key of cellKeys(box))
      for (const item of this.cells.get(key) ?? []) {
        if (item.seenBy === query) continue;
        item.seenBy = query;
        visit(item);
      }
  }
}

function bounds(item: Obstacle): Box {
  if (item.kind !== 'line') return item.box;
  const { x1, y1, x2, y2 } = item.segment;
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

function cellKeys(box: Box): number[] {
  const keys: number[] = [];
  const x0 = Math.floor(box.x / CELL);
  const x1 = Math.floor((box.x + box.width) / CELL);
  const y0 = Math.floor(box.y / CELL);
  const y1 = Math.floor((box.y + box.height) / CELL);
  for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) keys.push(i * 65536 + j);
  return keys;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Length of the part of `s` inside `box` (Liang–Barsky clipping). */
export function lengthInside(s: Segment, box: Box): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - box.x],
    [dx, box.x + box.width - s.x1],
    [-dy, s.y1 - box.y],
    [dy, box.y + box.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return 0;
  }
  return (t1 - t0) * Math.hypot(dx, dy);
}
