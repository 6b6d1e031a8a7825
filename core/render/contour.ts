// Marching squares: the closed outlines where a field crosses zero, sampled on a square grid.
// The grid is padded by one step beyond `box`, where the field must be positive, so every ring
// closes. A saddle cell is split by the value at its centre.
import type { Point } from './frame.ts';

export interface GridBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The zero contour of `field` over `box` as closed rings (first point not repeated). */
export function contourRings(field: (x: number, y: number) => number, box: GridBox, step: number): Point[][] {
  const left = box.left - step;
  const top = box.top - step;
  const nx = Math.ceil((box.right - box.left) / step) + 2;
  const ny = Math.ceil((box.bottom - box.top) / step) + 2;
  const values = new Float64Array((nx + 1) * (ny + 1));
  for (let j = 0; j <= ny; j++) {
    for (let i = 0; i <= nx; i++) values[j * (nx + 1) + i] = field(left + i * step, top + j * step);
  }
  const grid: Grid = { left, top, step, nx, values };
  const links = new Map<number, number[]>();
  const points = new Map<number, Point>();
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      for (const [a, b] of cellSegments(grid, i, j, field)) {
        points.set(a.key, a.at);
        points.set(b.key, b.at);
        link(links, a.key, b.key);
        link(links, b.key, a.key);
      }
    }
  }
  return chain(links, points);
}

interface Grid {
  left: number;
  top: number;
  step: number;
  nx: number;
  values: Float64Array;
}

interface Crossing {
  /** The grid edge crossed: 2 × its first grid point's index, + 1 for a vertical edge. */
  key: number;
  at: Point;
}

function value(g: Grid, i: number, j: number): number {
  return g.values[j * (g.nx + 1) + i] ?? 0;
}

/** The point where the field crosses zero between grid points (i0, j0) and (i1, j1). */
function crossing(g: Grid, i0: number, j0: number, i1: number, j1: number): Crossing {
  const v0 = value(g, i0, j0);
  const v1 = value(g, i1, j1);
  const t = v0 === v1 ? 0.5 : v0 / (v0 - v1);
  const key = j0 === j1 ? 2 * (j0 * (g.nx + 1) + Math.min(i0, i1)) : 2 * (Math.min(j0, j1) * (g.nx + 1) + i0) + 1;
  return {
    key,
    at: { x: g.left + (i0 + (i1 - i0) * t) * g.step, y: g.top + (j0 + (j1 - j0) * t) * g.step },
  };
}

function cellSegments(g: Grid, i: number, j: number, field: (x: number, y: number) => number): [Crossing, Crossing][] {
  const a = value(g, i, j) < 0;
  const b = value(g, i + 1, j) < 0;
  const c = value(g, i + 1, j + 1) < 0;
  const d = value(g, i, j + 1) < 0;
  if (a === b && b === c && c === d) return [];
  const top = a !== b ? crossing(g, i, j, i + 1, j) : null;
  const right = b !== c ? crossing(g, i + 1, j, i + 1, j + 1) : null;
  const bottom = c !== d ? crossing(g, i, j + 1, i + 1, j + 1) : null;
  const leftEdge = d !== a ? crossing(g, i, j, i, j + 1) : null;
  const crossed = [top, right, bottom, leftEdge].filter((e): e is Crossing => e !== null);
  if (crossed.length === 2) return [[crossed[0] as Crossing, crossed[1] as Crossing]];
  if (!top || !right || !bottom || !leftEdge) return [];
  // A saddle: a and c agree, b and d agree. If the centre sides with a, a and c join through it
  // and the cuts go around b and d; else around a and c.
  const centre = field(g.left + (i + 0.5) * g.step, g.top + (j + 0.5) * g.step) < 0;
  return centre === a
    ? [
        [top, right],
        [bottom, leftEdge],
      ]
    : [
        [top, leftEdge],
        [right, bottom],
      ];
}

function link(links: Map<number, number[]>, from: number, to: number): void {
  const list = links.get(from);
  if (list) list.push(to);
  else links.set(from, [to]);
}

/** Walks the crossing graph (every crossing has two neighbours) into closed rings. */
function chain(links: Map<number, number[]>, points: Map<number, Point>): Point[][] {
  const seen = new Set<number>();
  const rings: Point[][] = [];
  for (const start of links.keys()) {
    if (seen.has(start)) continue;
    const ring: Point[] = [];
    let at: number | undefined = start;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      ring.push(points.get(at) as Point);
      at = (links.get(at) ?? []).find((next) => !seen.has(next));
    }
    if (ring.length >= 3) rings.push(ring);
  }
  return rings;
}
