// A legacy monolith is drawn as a region around the components still `inside` it. On the map the
// region hugs its members and leaves every other node out; the plan view's timeline still uses a
// padded convex hull (`regionOutline`) to push extracted components clear of what remains.
import type { WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import { contourRings } from './contour.ts';
import type { MapScales, Point } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import type { Box } from './label-grid.ts';
import { textWidth, type LabelFont } from './label-text.ts';
import { regionField, type Disc } from './region-field.ts';
import { spanningBands } from './spanning-bands.ts';

export interface MonolithRegion {
  id: string;
  name: string;
  /** Ids of the monolith and the components inside it. */
  members: string[];
  /** The outline's closed rings; a hole (a node that is not inside) is a ring of its own. */
  rings: Point[][];
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

/** Room around a member's glyph inside its region. */
export const MEMBER_PAD = 12;
/** Room kept between the region's edge and the glyph of a node that is not inside. */
export const CLEAR = 6;

/** A region's name as drawn: canvas (renderer/styles.css `.monolith-region text`) and export. */
export const REGION_FONT: LabelFont = { size: 15, bold: true };
/** In presentation mode (`.presentation .monolith-region text`). */
export const REGION_PRESENTATION_FONT: LabelFont = { size: 19, bold: true };

export function regionLabelText(name: string): string {
  return `${name} (monolith)`;
}

/** Where a region's name goes (its baseline, centred): just above its topmost member's disc. */
function labelAnchor(discs: readonly Disc[]): Point {
  const above = (a: Disc, b: Disc) => a.y - a.r < b.y - b.r || (a.y - a.r === b.y - b.r && a.x < b.x);
  const top = discs.reduce((best, d) => (above(d, best) ? d : best), discs[0] ?? { x: 0, y: 0, r: 0 });
  return { x: top.x, y: top.y - top.r - 6 };
}

/** The member discs of each monolith, keyed by its id, with its name. */
function memberDiscs(map: WardleyMap, scales: MapScales): { id: string; name: string; discs: Disc[] }[] {
  const index = new Map(nodeEntries(map));
  return [...monolithMembers(map)].map(([id, members]) => ({
    id,
    name: index.get(id)?.name ?? id,
    discs: members.flatMap((m) => {
      const node = index.get(m);
      if (!node) return [];
      return [{ x: scales.x(node.evolution), y: scales.y(node.visibility), r: nodeGlyph(node).radius + MEMBER_PAD }];
    }),
  }));
}

/**
 * The boxes the regions' names take, in `font`: node labels keep clear of them (labels.ts). Found
 * from the members' positions alone (no outline is traced), so placing labels stays cheap.
 */
export function regionLabelBoxes(map: WardleyMap, scales: MapScales, font: LabelFont): Box[] {
  return memberDiscs(map, scales).map(({ name, discs }) => {
    const at = labelAnchor(discs);
    const width = textWidth(regionLabelText(name), font);
    return { x: at.x - width / 2, y: at.y - font.size, width, height: Math.ceil(font.size * 1.3) };
  });
}

/**
 * Each monolith as a region that hugs its members: a disc around each one, joined along a
 * spanning tree by bands that pass no other node, with every other node's glyph cut out. Members
 * that no free band can join stay separate islands of one region.
 */
export function monolithRegions(map: WardleyMap, scales: MapScales): MonolithRegion[] {
  const index = new Map(nodeEntries(map));
  const all = [...index].map(([id, node]) => ({
    id,
    x: scales.x(node.evolution),
    y: scales.y(node.visibility),
    r: nodeGlyph(node).radius,
  }));
  const regions: MonolithRegion[] = [];
  for (const [id, members] of monolithMembers(map)) {
    const inside = new Set(members);
    const discs = all.filter((n) => inside.has(n.id)).map((n) => ({ x: n.x, y: n.y, r: n.r + MEMBER_PAD }));
    const holes = all.filter((n) => !inside.has(n.id)).map((n) => ({ x: n.x, y: n.y, r: n.r + CLEAR }));
    const { rings, path, labelAt } = huggingOutline(discs, holes);
    regions.push({ id, name: index.get(id)?.name ?? id, members, rings, path, labelAt });
  }
  return regions;
}

/** The outline around `discs` joined by bands that avoid `holes`, with the holes cut out. */
export function huggingOutline(
  discs: readonly Disc[],
  holes: readonly Disc[],
): { rings: Point[][]; path: string; labelAt: Point } {
  if (discs.length === 0) return { rings: [], path: '', labelAt: { x: 0, y: 0 } };
  const field = regionField(discs, spanningBands(discs, holes), holes);
  const { left, top, right, bottom } = field.bounds;
  // About 25,000 samples at most: 3 px steps on a typical region, coarser on a map-wide one.
  const step = Math.max(3, Math.sqrt(((right - left) * (bottom - top)) / 25_000));
  const rings = contourRings(field.at, field.bounds, step);
  // Above the topmost member, where regionLabelBoxes says (the outline's top is that disc's top).
  return { rings, path: rings.map(polygonPath).join(' '), labelAt: labelAnchor(discs) };
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
