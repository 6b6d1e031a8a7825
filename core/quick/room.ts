// Where a node named for the first time goes: in its kind's band of the value chain (users at
// the top, needs below them, components lower down, or just below the node that uses it), at the
// first spot that keeps a readable distance from every node already there.
import type { NodeKind, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import type { QuickPosition } from './statement.ts';

/** Closer than this (in map units) and two nodes' labels start to collide. */
export const ROOM = 0.07;
const STEP = 0.05;

const BAND: Record<NodeKind, number> = { user: 0.95, need: 0.82, component: 0.55 };

export function roomFor(map: WardleyMap, kind: NodeKind, near?: QuickPosition): QuickPosition {
  const taken = takenGrid(map);
  const start = near ? { visibility: Math.max(0.05, near.visibility - 0.12), evolution: near.evolution } : undefined;
  const centre = start ?? { visibility: BAND[kind], evolution: 0.5 };
  let best: { at: QuickPosition; gap: number } | undefined;
  for (const at of candidates(centre, kind === 'component' || near !== undefined)) {
    const gap = gapAt(taken, at);
    if (gap >= ROOM) return at;
    if (!best || gap > best.gap) best = { at, gap };
  }
  return best?.at ?? centre;
}

/** The map's node positions by cell of ROOM × ROOM: a node closer than ROOM is in the next cells. */
type Grid = Map<string, QuickPosition[]>;

const cellOf = (v: number) => Math.floor(v / ROOM);

function takenGrid(map: WardleyMap): Grid {
  const grid: Grid = new Map();
  for (const [, n] of nodeEntries(map)) {
    const key = `${cellOf(n.visibility)},${cellOf(n.evolution)}`;
    const cell = grid.get(key);
    const at = { visibility: n.visibility, evolution: n.evolution };
    if (cell) cell.push(at);
    else grid.set(key, [at]);
  }
  return grid;
}

/**
 * The distance from `at` to the nearest node when it is under ROOM, else Infinity (room enough):
 * only the 3 × 3 cells around `at` can hold a node that close, so a 2,000-node map costs a few
 * nodes per candidate, not 2,000.
 */
function gapAt(grid: Grid, at: QuickPosition): number {
  let gap = Infinity;
  const row = cellOf(at.visibility);
  const column = cellOf(at.evolution);
  for (let r = row - 1; r <= row + 1; r++) {
    for (let c = column - 1; c <= column + 1; c++) {
      for (const t of grid.get(`${r},${c}`) ?? []) gap = Math.min(gap, distance(t, at));
    }
  }
  return gap < ROOM ? gap : Infinity;
}

// Spiralling out from the centre: along the band first, then to the rows below (and above,
// for components), so users stay at the top and needs stay between users and components.
export function* candidates(centre: QuickPosition, rowsBothWays: boolean): Generator<QuickPosition> {
  const rows = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6, -7, 7, -8, 8].filter((r) => rowsBothWays || r <= 0);
  for (const row of rows) {
    const visibility = round(centre.visibility + row * STEP);
    if (visibility < 0.02 || visibility > 0.98) continue;
    for (let k = 0; k <= 2 / STEP; k++) {
      const side = k % 2 === 0 ? 1 : -1;
      const evolution = round(centre.evolution + side * Math.ceil(k / 2) * STEP);
      if (evolution >= 0.02 && evolution <= 0.98) yield { visibility, evolution };
    }
  }
}

function distance(a: QuickPosition, b: QuickPosition): number {
  return Math.hypot(a.visibility - b.visibility, a.evolution - b.evolution);
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
