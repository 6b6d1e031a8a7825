// The chosen earlier version drawn on the canvas: ghosts behind the current map (removed nodes
// dashed, moved nodes' old places faded, arrows from old to new positions, rings around added
// nodes) and badges over it for re-sourcing and renames. Same geometry as `render --diff`.
import { useMemo } from 'react';
import { diffMaps } from '../../core/diff/diff.ts';
import { badgeWidth, diffOverlay, type DiffOverlay, type Ghost } from '../../core/render/diff-overlay.ts';
import { nodeGlyph, shapePath } from '../../core/render/glyphs.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { SCALES } from '../canvas/geometry.ts';
import { labelLayout } from '../canvas/label-layout.ts';
import { useMapStore } from '../store/store.ts';
import { useHistoryStore } from './history-store.ts';

function useDiffOverlay(map: WardleyMap): DiffOverlay | null {
  const comparison = useHistoryStore((s) => s.comparison);
  const presentation = useMapStore((s) => s.ui.presentation);
  // Badges and ghost names keep clear of the labels exactly as the canvas draws them.
  return useMemo(
    () =>
      comparison
        ? diffOverlay(comparison.base, map, diffMaps(comparison.base, map), SCALES, labelLayout(map, presentation))
        : null,
    [comparison, map, presentation],
  );
}

export function DiffGhosts({ map }: { map: WardleyMap }) {
  const overlay = useDiffOverlay(map);
  if (!overlay) return null;
  return (
    <g className="diff-ghosts">
      <defs>
        <marker id="ghost-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="ghost-arrowhead" />
        </marker>
      </defs>
      {overlay.added.map((a) => (
        <circle key={a.id} className="ghost-added" data-added={a.id} cx={a.at.x} cy={a.at.y} r={a.radius} />
      ))}
      {overlay.ghosts.map((g) => (
        <GhostNode key={`${g.reason}:${g.id}`} ghost={g} />
      ))}
      {overlay.arrows.map((a) => (
        <g key={a.id} className="ghost-arrow" data-ghost-arrow={a.id}>
          <line {...a.segment} markerEnd="url(#ghost-arrow)" />
          {a.stage && (
            <text x={(a.segment.x1 + a.segment.x2) / 2} y={(a.segment.y1 + a.segment.y2) / 2 - 8} textAnchor="middle">
              {a.stage}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

function GhostNode({ ghost }: { ghost: Ghost }) {
  const glyph = nodeGlyph(ghost);
  const outline = glyph.halo ?? glyph.body;
  return (
    <g
      className={`ghost ghost-${ghost.reason}`}
      data-ghost={ghost.id}
      data-ghost-reason={ghost.reason}
      transform={`translate(${ghost.at.x},${ghost.at.y})`}
    >
      <path d={shapePath(outline.shape, outline.size)} />
      {ghost.label && (
        <text x={ghost.label.x - ghost.at.x} y={ghost.label.y - ghost.at.y}>
          {ghost.label.text}
        </text>
      )}
    </g>
  );
}

/** Drawn above the nodes so a badge is never hidden behind a neighbour's glyph. */
export function DiffBadges({ map }: { map: WardleyMap }) {
  const overlay = useDiffOverlay(map);
  if (!overlay) return null;
  return (
    <g className="diff-badges">
      {overlay.badges.map((b, i) => {
        const width = badgeWidth(b.text);
        return (
          <g
            key={i}
            className={`diff-badge diff-badge-${b.kind}`}
            data-badge={b.id}
            data-badge-kind={b.kind}
            transform={`translate(${b.at.x},${b.at.y})`}
          >
            <rect x={-width / 2} y={-10} width={width} height={20} rx={10} />
            <text x={0} y={4.5} textAnchor="middle">
              {b.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
