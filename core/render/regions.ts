// A legacy monolith is drawn as a region around the components still `inside` it: a padded
// convex hull, so the region reads as one blob however the components are scattered.
import type { WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import type { MapScales, Point } from './frame.ts';

export interface MonolithRegion {
  id: string;
  name: string;
  /** Ids of the monolith and the components inside it. */
  members: string[];
  path: string;
  labelAt: Point;
}

/** Ids of monoliths (nodes others are `inside`) with the ids of their members, in file order. */
export function monolithMembers(map: WardleyMap): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const entries = nodeEntries(map);
  const ids = new Set(entries.map(([id]) => id));
  for (const [id, node] of entries) {
    if (node.inside === undefined || !ids.has(node.inside)) continue;
    const members = out.get(node.inside) ?? [node.inside];
    members.push(id);
    out.set(node.inside, members);
  }
  return out;
}

export function monolithRegions(map: WardleyMap, scales: MapScales, padding = 30): MonolithRegion[] {
  const index = new Map(nodeEntries(map));
  const regions: MonolithRegion[] = [];
  for (const [id, members] of monolithMembers(map)) {
    const points = members.flatMap((m) => {
      const node = index.get(m);
      return node ? [{ x: scales.x(node.evolution), y: scales.y(node.visibility) }] : [];
    });
    const { path, labelAt } = regionOutline(points, padding);
    regions.push({ id, name: index.get(id)?.name ?? id, members, path, labelAt });
  }
  return regions;
}

/** The padded hull around `points` (its corners), its path and the place for its label, above its top. */
export function regionOutline(points: readonly Point[], padding = 30): { hull: Point[]; path: string; labelAt: Point } {
  const hull = convexHull(points.flatMap((p) => padPoints(p, padding)));
  const top = hull.reduce((best, p) => (p.y < best.y ? p : best), hull[0] ?? { x: 0, y: 0 });
  return { hull, path: polygonPath(hull), labelAt: { x: top.x, y: top.y - 6 } };
}

/** Points on a circle of `radius` around `p`: their hull is the rounded, padded outline. */
function padPoints(p: Point, radius: number): Point[] {
  const steps = 16;
  return Array.from({ length: steps }, (_, i) => {
    const a = (i / steps) * 2 * Math.PI;
    return { x: p.x + radius * Math.cos(a), y: p.y + radius * Math.sin(a) };
  });
}

/** Andrew's monotone chain; returns the hull counter-clockwise without repeating the first point. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length <= 2) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2] as Point, out[out.length - 1] as Point, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M ${points.map((p) => `${r(p.x)} ${r(p.y)}`).join(' L ')} Z`;
}
