// Where a diff is drawn on top of the newer map: ghosts of removed nodes and of moved nodes' old
// places, arrows from old to new positions, rings around added nodes and badges for re-sourcing
// and renames. Plain geometry, shared by the SVG picture and the canvas so both agree.
import type { MapDiff } from '../diff/model.ts';
import type { MapNode, NodeKind, Sourcing, WardleyMap } from '../model/types.ts';
import { nodeIndex } from '../model/types.ts';
import { nodePoint, type MapScales, type Point } from './frame.ts';
import { nodeGlyph } from './glyphs.ts';
import type { ObstacleGrid } from './label-grid.ts';
import { LABEL_FONT, lineHeight, textWidth, type LabelFont } from './label-text.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { trimmedSegment, type Segment } from './links.ts';
import { placeNear, takenByMap } from './overlay-place.ts';

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
  /** A removed node's name, "<name> (removed)": where its text starts (baseline), clear of other names. */
  label?: { text: string; x: number; y: number };
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
  /** Centre of the badge: near its node, on no other name, glyph or badge. */
  at: Point;
}

export interface DiffOverlay {
  ghosts: Ghost[];
  arrows: GhostArrow[];
  added: AddedMark[];
  badges: Badge[];
}

const BADGE_HEIGHT = 20;
/** The font of a removed node's name on its ghost. */
const GHOST_FONT: LabelFont = { size: 14, bold: false };

/**
 * `labels` are the newer map's label places as drawn (the canvas passes its own); without them
 * they are placed here as the SVG render places them.
 */
export function diffOverlay(
  before: WardleyMap,
  after: WardleyMap,
  diff: MapDiff,
  scales: MapScales,
  labels?: ReadonlyMap<string, PlacedLabel>,
): DiffOverlay {
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
  const nothingToName = ghosts.length === 0 && diff.resourced.length + diff.renamed.length + diff.fields.length === 0;
  if (nothingToName) return { ghosts, arrows, added, badges: [] };
  const taken = takenByMap(after, scales, labels ?? placeLabels(after, scales, { font: LABEL_FONT }));
  for (const g of ghosts) nameGhost(g, taken);
  return { ghosts, arrows, added, badges: badges(diff, newNodes, scales, taken) };
}

/** A removed node's ghost gets its name beside it, where no name or node of the newer map is. */
function nameGhost(g: Ghost, taken: ObstacleGrid): void {
  const r = g.radius;
  taken.add({ kind: 'glyph', box: { x: g.at.x - r, y: g.at.y - r, width: 2 * r, height: 2 * r } });
  if (g.reason !== 'removed') return;
  const text = `${g.name} (removed)`;
  const box = placeNear(taken, g.at, r, textWidth(text, GHOST_FONT), lineHeight(GHOST_FONT));
  g.label = { text, x: round(box.x), y: round(box.y + GHOST_FONT.size) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
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

/** Re-sourcing and renames, each placed near its node clear of names, glyphs and other badges. */
function badges(diff: MapDiff, nodes: ReadonlyMap<string, MapNode>, scales: MapScales, taken: ObstacleGrid): Badge[] {
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
  return texts.flatMap((t) => {
    const node = nodes.get(t.id);
    if (!node) return [];
    const width = badgeWidth(t.text);
    const box = placeNear(taken, nodePoint(scales, node), nodeGlyph(node).radius, width, BADGE_HEIGHT);
    return [{ ...t, at: { x: round(box.x + width / 2), y: round(box.y + BADGE_HEIGHT / 2) } }];
  });
}

/** Rough width of a badge for its background: the label at about 0.6 em per character. */
export function badgeWidth(text: string, fontSize = 13): number {
  return Math.round(text.length * fontSize * 0.6 + 14);
}
