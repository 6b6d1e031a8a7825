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
  const taken = nodeEntries(map).map(([, n]) => ({ visibility: n.visibility, evolution: n.evolution }));
  const start = near ? { visibility: Math.max(0.05, near.visibility - 0.12), evolution: near.evolution } : undefined;
  const centre = start ?? { visibility: BAND[kind], evolution: 0.5 };
  let best: { at: QuickPosition; gap: number } | undefined;
  for (const at of candidates(centre, kind === 'component' || near !== undefined)) {
    const gap = Math.min(Infinity, ...taken.map((t) => distance(t, at)));
    if (gap >= ROOM) return at;
    if (!best || gap > best.gap) best = { at, gap };
  }
  return best?.at ?? centre;
}

// Spiralling out from the centre: along the band first, then to the rows below (and above,
// for components), so users stay at the top and needs stay between users and components.
function* candidates(centre: QuickPosition, rowsBothWays: boolean): Generator<QuickPosition> {
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
