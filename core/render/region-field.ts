// The shape of a monolith region as a signed distance field: negative inside. It is the smooth
// union of a disc around each member and a narrow band along each bridge between members, minus a
// disc around every node that is not a member, so the region hugs its members and never covers
// another node. Shapes are filed in a coarse bucket grid, so a sample looks only at nearby shapes.
import type { Point } from './frame.ts';

export interface Disc {
  x: number;
  y: number;
  r: number;
}

export interface Band {
  a: Point;
  b: Point;
  r: number;
}

/** Width of the fillet where discs and bands meet: wide enough to read as one blob. */
const SMOOTH = 14;
/** Room around a shape within which it still bends the field (the fillet's reach). */
const REACH = SMOOTH;
const BUCKET = 48;
/** Field value far from every shape: outside. */
const FAR = 1e6;

export interface RegionField {
  /** Signed distance to the region's edge at (x, y) (negative inside). */
  at(x: number, y: number): number;
  /** The box holding every member disc and band. */
  bounds: { left: number; top: number; right: number; bottom: number };
}

export function regionField(members: readonly Disc[], bands: readonly Band[], holes: readonly Disc[]): RegionField {
  const grow = new Buckets<Shape>();
  for (const d of members) grow.add(discBox(d), (x, y) => Math.sqrt((x - d.x) ** 2 + (y - d.y) ** 2) - d.r);
  for (const b of bands) {
    // A long diagonal band touches few of the buckets in its box: file it only under those.
    const reach = b.r + REACH + BUCKET * Math.SQRT1_2;
    const touches = (centre: Point) => segmentDistance(centre, b.a, b.b) <= reach;
    grow.add(bandBox(b), (x, y) => distanceToSegment(x, y, b.a, b.b) - b.r, touches);
  }
  const cut = new Buckets<Shape>();
  for (const h of holes) cut.add(discBox(h), (x, y) => Math.sqrt((x - h.x) ** 2 + (y - h.y) ** 2) - h.r);
  const boxes = [...members.map(discBox), ...bands.map(bandBox)];
  const bounds = {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
  return {
    bounds,
    at(x, y) {
      const near = grow.near(x, y);
      if (near.length === 0) return REACH;
      let inside = FAR;
      for (const f of near) inside = smoothMin(inside, f(x, y), SMOOTH);
      let hole = FAR;
      for (const f of cut.near(x, y)) hole = Math.min(hole, f(x, y));
      // Subtracting the holes: outside wherever a non-member's disc is. Far from every shape the
      // value is capped, so a contour between a near and a far sample is still placed sensibly.
      return Math.min(REACH, Math.max(inside, -hole));
    },
  };
}

/** Polynomial smooth minimum (Quílez): min(a, b) with a rounded fillet of width k. */
function smoothMin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/** A signed distance from one shape: negative inside it. */
type Shape = (x: number, y: number) => number;

export function segmentDistance(p: Point, a: Point, b: Point): number {
  return distanceToSegment(p.x, p.y, a, b);
}

function distanceToSegment(x: number, y: number, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2));
  const ex = x - (a.x + t * dx);
  const ey = y - (a.y + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function discBox(d: Disc): Box {
  const r = d.r + REACH;
  return { left: d.x - r, top: d.y - r, right: d.x + r, bottom: d.y + r };
}

function bandBox(b: Band): Box {
  const r = b.r + REACH;
  return {
    left: Math.min(b.a.x, b.b.x) - r,
    top: Math.min(b.a.y, b.b.y) - r,
    right: Math.max(b.a.x, b.b.x) + r,
    bottom: Math.max(b.a.y, b.b.y) + r,
  };
}

const NONE: readonly never[] = [];

/** A uniform grid of buckets; an item is filed under every bucket its box touches. */
class Buckets<T> {
  private readonly cells = new Map<number, T[]>();

  /** Files `item` under the buckets of `box`, or only those whose centre `touches` accepts. */
  add(box: Box, item: T, touches?: (centre: Point) => boolean): void {
    for (let i = Math.floor(box.left / BUCKET); i <= Math.floor(box.right / BUCKET); i++) {
      for (let j = Math.floor(box.top / BUCKET); j <= Math.floor(box.bottom / BUCKET); j++) {
        if (touches && !touches({ x: (i + 0.5) * BUCKET, y: (j + 0.5) * BUCKET })) continue;
        const key = bucketKey(i, j);
        const list = this.cells.get(key);
        if (list) list.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }

  near(x: number, y: number): readonly T[] {
    return this.cells.get(bucketKey(Math.floor(x / BUCKET), Math.floor(y / BUCKET))) ?? NONE;
  }
}

/** One number per bucket; drawings stay far within ±2^20 buckets. */
function bucketKey(i: number, j: number): number {
  return (i + 1_048_576) * 2_097_152 + (j + 1_048_576);
}
