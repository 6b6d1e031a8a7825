// Where the plan view draws things at timeline step k (0 = today, n = after phase n): the
// components extracted in phases ≤ k leave the monolith, whose region shrinks to what remains.
// An extracted component whose map position still falls in what remains is pushed just outside
// it (its ghost stays where it was); once the region has shrunk away from it, it sits at its map
// position again, so the last step shows the map as it will be.
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { CLEAR, huggingOutline, MEMBER_PAD, monolithMembers, regionOutline } from '../../core/render/regions.ts';
import type { MapScales, Point } from '../../core/render/frame.ts';
import { nodeEntries, type MapNode, type WardleyMap } from '../../core/model/types.ts';
import { lastPhaseIndex, type Plan } from '../../core/plan/model.ts';
import { clearance, labelledBox, overlaps, pushOut, regionLabelBox } from './outside.ts';

export interface TimelineRegion {
  id: string;
  name: string;
  /** Ids of the monolith and the members still inside it at this step. */
  members: string[];
  /** The padded convex hull of what remains: extracted components are pushed clear of it. */
  hull: Point[];
  /** The region as drawn: hugging what remains, every other node cut out (core/render/regions.ts). */
  path: string;
  labelAt: Point;
  /** Whether the region carries its name; around the monolith alone, the node's label names it. */
  labelled: boolean;
}

export interface TimelineLayout {
  step: number;
  /** Where each node is drawn at this step. */
  at: ReadonlyMap<string, Point>;
  /** Extracted components drawn away from their map position: a ghost stays at `from`. */
  ghosts: { id: string; from: Point; to: Point }[];
  extracted: ReadonlySet<string>;
  regions: TimelineRegion[];
  /** Monoliths with nothing left inside once the last phase has run. */
  retired: string[];
}

/** Padding of a region around its members, as core/render/regions.ts draws it. */
export const REGION_PADDING = 30;

/** The phase index of every planned node. */
export function phaseIndex(plan: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const phase of plan.phases) for (const step of phase.steps) out.set(step.node, phase.index);
  return out;
}

/** A step on the timeline, kept between today and the last phase. */
export function clampStep(step: number, plan: Plan): number {
  return Math.max(0, Math.min(lastPhaseIndex(plan), Math.round(step)));
}

export function timelineLayout(map: WardleyMap, plan: Plan, step: number, scales: MapScales): TimelineLayout {
  const k = clampStep(step, plan);
  const phases = phaseIndex(plan);
  const order = nodeEntries(map);
  const nodes = new Map(order);
  const home = new Map(order.map(([id, n]) => [id, { x: scales.x(n.evolution), y: scales.y(n.visibility) }]));
  const extracted = new Set(order.flatMap(([id]) => ((phases.get(id) ?? Infinity) <= k ? [id] : [])));
  const regions: TimelineRegion[] = [];
  const retired: string[] = [];
  for (const [id, members] of monolithMembers(map)) {
    const remaining = members.filter((m) => !extracted.has(m));
    if (remaining.length === 1 && k === lastPhaseIndex(plan) && k > 0) {
      retired.push(id);
      continue;
    }
    const outline = regionOutline(
      remaining.map((m) => home.get(m)!),
      REGION_PADDING,
    );
    const name = nodes.get(id)?.name ?? id;
    regions.push({ id, name, members: remaining, ...outline, labelled: remaining.length > 1 });
  }
  const at = new Map(home);
  const ghosts: TimelineLayout['ghosts'] = [];
  const leaving = order
    .filter(([id]) => extracted.has(id))
    .sort(([a], [b]) => (phases.get(a) ?? 0) - (phases.get(b) ?? 0));
  for (const [id, node] of leaving) {
    const from = home.get(id)!;
    const to = placeOutside(id, node, from, regions, at, nodes);
    if (to === from) continue;
    at.set(id, to);
    ghosts.push({ id, from, to });
  }
  return { step: k, at, ghosts, extracted, regions: regions.map((r) => hugging(r, at, nodes)), retired };
}

/** The drawn outline of `r`: its members at home, every other node cut out where it is drawn now. */
function hugging(
  r: TimelineRegion,
  at: ReadonlyMap<string, Point>,
  nodes: ReadonlyMap<string, MapNode>,
): TimelineRegion {
  const inside = new Set(r.members);
  const disc = (id: string, pad: number) => ({ ...at.get(id)!, r: nodeGlyph(nodes.get(id)!).radius + pad });
  const ids = [...at.keys()];
  const outline = huggingOutline(
    r.members.map((id) => disc(id, MEMBER_PAD)),
    ids.filter((id) => !inside.has(id)).map((id) => disc(id, CLEAR)),
  );
  return { ...r, path: outline.path, labelAt: outline.labelAt };
}

/** Room kept between a component's glyph and a region it left. */
const GAP = 10;
const NUDGE = 34;
const NUDGES = [0, 1, -1, 2, -2, 3, -3];

/**
 * The nearest spot outside the regions, then of a few spots further out or along the region's
 * edge the closest one whose label covers nothing, or failing that the least.
 */
function placeOutside(
  id: string,
  node: MapNode,
  from: Point,
  regions: readonly TimelineRegion[],
  drawn: ReadonlyMap<string, Point>,
  nodes: ReadonlyMap<string, MapNode>,
): Point {
  const radius = nodeGlyph(node).radius * Math.SQRT2 + GAP;
  const blocking = regions.find((r) => clearance(r.hull, from, radius) < 0);
  if (!blocking) return from;
  const exit = pushOut(node, from, blocking.hull, radius);
  const { normal: n, point: e } = exit;
  const spots = [0, 1, 2]
    .flatMap((out) => NUDGES.map((along) => ({ out, along })))
    .sort((a, b) => a.out + Math.abs(a.along) - (b.out + Math.abs(b.along)))
    .map(({ out, along }) => ({
      x: e.x + (n.x * out + n.y * along) * NUDGE,
      y: e.y + (n.y * out - n.x * along) * NUDGE,
    }));
  const mine = (p: Point) => labelledBox(node, p);
  // Leaving a region comes first; then the fewest labels covered, the region's name counting most.
  const covered = (p: Point) =>
    regions.reduce(
      (n, r) =>
        n +
        (clearance(r.hull, p, radius) < 0 ? 100 : 0) +
        (r.labelled && overlaps(mine(p), regionLabelBox(r.name, r.labelAt), 4) ? 3 : 0),
      0,
    ) +
    [...drawn].filter(([other, q]) => other !== id && overlaps(mine(p), labelledBox(nodes.get(other)!, q), 4)).length;
  let best = { point: exit.point, cost: Infinity };
  for (const p of spots) {
    const cost = covered(p);
    if (cost < best.cost) best = { point: p, cost };
    if (cost === 0) break;
  }
  return best.point;
}
