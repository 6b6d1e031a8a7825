// The bands that join a monolith's members: a minimum spanning tree (Kruskal) over each member's
// nearest later members, leaving out any band that would pass over a node that is not a member.
// Members and other nodes are filed in grids, so finding a member's neighbours and the nodes near
// a band looks at nearby cells only: a 10,000-node map has some 1,000 members and 9,000 other
// nodes, and comparing every member with every member, and every band with every node, grew with
// the square of the map.
import type { Point } from './frame.ts';
import { segmentDistance, type Band, type Disc } from './region-field.ts';

/** Half-width of the band joining two members: narrower than a member's disc, so the region hugs. */
export const BAND = 9;
/** How many nearest members each member may be joined to. */
export const NEIGHBOURS = 5;

interface Candidate {
  i: number;
  j: number;
  length: number;
}

export function spanningBands(discs: readonly Disc[], holes: readonly Disc[]): Band[] {
  const candidates = nearestLater(discs, NEIGHBOURS);
  candidates.sort((a, b) => a.length - b.length);
  const parent = discs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const blocked = blockedBy(holes);
  const bands: Band[] = [];
  for (const { i, j } of candidates) {
    if (root(i) === root(j)) continue;
    const a = discs[i] as Disc;
    const b = discs[j] as Disc;
    if (blocked(a, b)) continue;
    parent[root(i)] = root(j);
    bands.push({ a, b, r: BAND });
  }
  return bands;
}

/** Points filed by cell of a uniform grid over their bounding box, about one point per cell. */
class PointGrid {
  readonly cell: number;
  readonly cols: number;
  readonly rows: number;
  readonly #left: number;
  readonly #top: number;
  readonly #cells: number[][];

  constructor(points: readonly Point[]) {
    const { left, top, right, bottom } = boundsOf(points);
    this.#left = left;
    this.#top = top;
    const [width, height, n] = [right - left, bottom - top, Math.max(1, points.length)];
    // About one point per cell, also when the points lie along a line.
    this.cell = Math.max(1, Math.sqrt((width * height) / n), Math.max(width, height) / n);
    this.cols = Math.floor(width / this.cell) + 1;
    this.rows = Math.floor(height / this.cell) + 1;
    this.#cells = Array.from({ length: this.cols * this.rows }, () => []);
    points.forEach((p, k) => this.#cells[this.#at(this.colOf(p.x), this.rowOf(p.y))]?.push(k));
  }

  colOf(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.#left) / this.cell)));
  }

  rowOf(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.#top) / this.cell)));
  }

  /** The points filed in the cell (col, row), none outside the grid. */
  in(col: number, row: number): readonly number[] {
    return col < 0 || row < 0 || col >= this.cols || row >= this.rows ? [] : (this.#cells[this.#at(col, row)] ?? []);
  }

  #at(col: number, row: number): number {
    return row * this.cols + col;
  }
}

function boundsOf(points: readonly Point[]): { left: number; top: number; right: number; bottom: number } {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const p of points) {
    box.left = Math.min(box.left, p.x);
    box.top = Math.min(box.top, p.y);
    box.right = Math.max(box.right, p.x);
    box.bottom = Math.max(box.bottom, p.y);
  }
  return box;
}

/**
 * For each disc i in order, its `k` nearest discs j > i, nearest first (ties: lower j first), as
 * sorting all later discs by distance would give. Rings of cells around i's cell are searched
 * until no cell further out can hold a disc nearer than the k-th found.
 */
function nearestLater(discs: readonly Disc[], k: number): Candidate[] {
  if (discs.length < 2) return [];
  const grid = new PointGrid(discs);
  const out: Candidate[] = [];
  discs.forEach((d, i) => {
    const best: Candidate[] = [];
    const [col, row] = [grid.colOf(d.x), grid.rowOf(d.y)];
    const rings = Math.max(grid.cols, grid.rows);
    for (let r = 0; r <= rings; r++) {
      // A disc not searched yet (ring r or beyond) is more than r - 1 cells away; one more for rounding.
      const far = best.length === k && (best[k - 1] as Candidate).length < (r - 2) * grid.cell;
      if (far) break;
      forRing(col, row, r, (c, w) => {
        for (const j of grid.in(c, w)) if (j > i) keepNearest(best, k, { i, j, length: distance(d, discs[j] as Disc) });
      });
    }
    out.push(...best);
  });
  return out;
}

function distance(d: Disc, e: Disc): number {
  return Math.hypot(e.x - d.x, e.y - d.y);
}

/** Calls `visit` for each cell at Chebyshev distance `r` from (col, row). */
function forRing(col: number, row: number, r: number, visit: (col: number, row: number) => void): void {
  if (r === 0) return visit(col, row);
  for (let c = col - r; c <= col + r; c++) {
    visit(c, row - r);
    visit(c, row + r);
  }
  for (let w = row - r + 1; w <= row + r - 1; w++) {
    visit(col - r, w);
    visit(col + r, w);
  }
}

/** Puts `c` in `best` (sorted by length, then j), keeping the `k` first. */
function keepNearest(best: Candidate[], k: number, c: Candidate): void {
  let at = best.length;
  while (at > 0 && before(c, best[at - 1] as Candidate)) at--;
  if (at >= k) return;
  best.splice(at, 0, c);
  if (best.length > k) best.pop();
}

function before(a: Candidate, b: Candidate): boolean {
  return a.length < b.length || (a.length === b.length && a.j < b.j);
}

/** Whether a band from a to b would pass over one of `holes`: only the holes near it are tried. */
function blockedBy(holes: readonly Disc[]): (a: Point, b: Point) => boolean {
  if (holes.length === 0) return () => false;
  const room = holes.reduce((most, h) => Math.max(most, h.r), 0) + BAND;
  const grid = new PointGrid(holes);
  return (a, b) => {
    const [c0, c1] = [grid.colOf(Math.min(a.x, b.x) - room), grid.colOf(Math.max(a.x, b.x) + room)];
    const [r0, r1] = [grid.rowOf(Math.min(a.y, b.y) - room), grid.rowOf(Math.max(a.y, b.y) + room)];
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > holes.length) return holes.some((h) => blocks(h, a, b));
    for (let c = c0; c <= c1; c++)
      for (let w = r0; w <= r1; w++) for (const k of grid.in(c, w)) if (blocks(holes[k] as Disc, a, b)) return true;
    return false;
  };
}

/** Whether a band from `a` to `b` would pass over the hole `h` (a box test first: most are far). */
export function blocks(h: Disc, a: Point, b: Point): boolean {
  const room = h.r + BAND;
  if (h.x + room < Math.min(a.x, b.x) || h.x - room > Math.max(a.x, b.x)) return false;
  if (h.y + room < Math.min(a.y, b.y) || h.y - room > Math.max(a.y, b.y)) return false;
  return segmentDistance(h, a, b) < room;
}
