// Where a diff is drawn on top of the newer map: ghosts of removed nodes and of moved nodes' old
// places, arrows from old to new positions, rings around added nodes and badges for re-sourcing
// and renames. Plain geometry, shared by the SVG picture and the canvas so both agree.
import type { MapDiff } from '../diff/model.ts';
import type { MapNode, NodeKind, Sourcing, WardleyMap } from '../model/types.ts';
import { nodeIndex } from '../model/types.ts';
import { nodePoint, type MapScales, type Point } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import { trimmedSegment, type Segment } from './links.ts';

/** A node drawn faded and dashed where it stood in the older version. */
export interface Ghost {
  /** Id in the newer map for a moved node, the old id for a removed one. */
  id: string;
  name: string;
  kind: NodeKind;
  sourcing?: Sourcing;
  reason: 'removed' | 'moved';
  at: Point;
  radius: number;
}

export interface GhostArrow {
  id: string;
  segment: Segment;
  /** "Custom-Built → Product" when the move crosses a stage boundary. */
  stage?: string;
}

export interface AddedMark {
  id: string;
  at: Point;
  radius: number;
}

export interface Badge {
  id: string;
  kind: 'sourcing' | 'renamed';
  text: string;
  /** Centre of the badge, below the node. */
  at: Point;
}

export interface DiffOverlay {
  ghosts: Ghost[];
  arrows: GhostArrow[];
  added: AddedMark[];
  badges: Badge[];
}

const BADGE_GAP = 16;
const BADGE_LINE = 22;

export function diffOverlay(before: WardleyMap, after: WardleyMap, diff: MapDiff, scales: MapScales): DiffOverlay {
  const oldNodes = nodeIndex(before);
  const newNodes = nodeIndex(after);
  const oldIdOf = new Map(diff.renamed.map((r) => [r.to, r.from]));
  const ghosts: Ghost[] = diff.removed.flatMap((r) => {
    const node = oldNodes.get(r.id);
    return node ? [ghost(r.id, node, 'removed', scales)] : [];
  });
  const arrows: GhostArrow[] = [];
  for (const m of diff.moved) {
    const was = oldNodes.get(oldIdOf.get(m.id) ?? m.id);
    const now = newNodes.get(m.id);
    if (!was || !now) continue;
    ghosts.push(ghost(m.id, was, 'moved', scales));
    const segment = trimmedSegment(
      nodePoint(scales, was),
      nodePoint(scales, now),
      nodeGlyph(was).radius,
      nodeGlyph(now).radius + 3,
    );
    arrows.push(m.stage ? { id: m.id, segment, stage: `${m.stage.from} → ${m.stage.to}` } : { id: m.id, segment });
  }
  const added = diff.added.flatMap((a) => {
    const node = newNodes.get(a.id);
    return node ? [{ id: a.id, at: nodePoint(scales, node), radius: nodeGlyph(node).radius + 7 }] : [];
  });
  return { ghosts, arrows, added, badges: badges(diff, newNodes, scales) };
}

function ghost(id: string, node: MapNode, reason: Ghost['reason'], scales: MapScales): Ghost {
  const g: Ghost = {
    id,
    name: node.name,
    kind: node.kind,
    reason,
    at: nodePoint(scales, node),
    radius: nodeGlyph(node).radius,
  };
  if (node.sourcing) g.sourcing = node.sourcing;
  return g;
}

/** Re-sourcing and renames, stacked under their node so two changes on one node stay readable. */
function badges(diff: MapDiff, nodes: ReadonlyMap<string, MapNode>, scales: MapScales): Badge[] {
  const texts: { id: string; kind: Badge['kind']; text: string }[] = [
    ...diff.resourced.map((r) => ({
      id: r.id,
      kind: 'sourcing' as const,
      text: `${r.from ?? 'unset'} → ${r.to ?? 'unset'}`,
    })),
    ...diff.renamed.map((r) => ({ id: r.to, kind: 'renamed' as const, text: `renamed from ${r.from}` })),
    ...diff.fields
      .filter((f) => f.field === 'name' && f.id !== undefined && typeof f.from === 'string')
      .map((f) => ({ id: f.id ?? '', kind: 'renamed' as const, text: `was “${String(f.from)}”` })),
  ];
  const stacked = new Map<string, number>();
  return texts.flatMap((t) => {
    const node = nodes.get(t.id);
    if (!node) return [];
    const row = stacked.get(t.id) ?? 0;
    stacked.set(t.id, row + 1);
    const at = nodePoint(scales, node);
    return [{ ...t, at: { x: at.x, y: at.y + nodeGlyph(node).radius + BADGE_GAP + row * BADGE_LINE } }];
  });
}

/** Rough width of a badge for its background: the label at about 0.6 em per character. */
export function badgeWidth(text: string, fontSize = 13): number {
  return Math.round(text.length * fontSize * 0.6 + 14);
}
