// A `uses` link. It subscribes to its two ends only (useNodeValues), so it re-renders when one of
// them changes. While an end is dragged it is hidden here and the moving layer draws it.
import { memo } from 'react';
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { trimmedSegment } from '../../core/render/links.ts';
import type { MapNode } from '../../core/model/types.ts';
import { unlinkNodes } from '../store/edits.ts';
import { useNodeValues } from '../store/node-subscriptions.ts';
import type { Gesture } from '../store/store.ts';
import { isMoving, nodeById, shownPosition } from './geometry.ts';

export const LinkView = memo(function LinkView({ from, to }: { from: string; to: string }) {
  const [a, b, moving] = useNodeValues(
    (s) => [nodeById(s, from), nodeById(s, to), isMoving(s.gesture, from) || isMoving(s.gesture, to)] as const,
    from,
    to,
  );
  if (!a || !b) return null;
  // Called, not mounted (it has no hooks): a large map has thousands of links, each fiber costs.
  return LinkLines({ from, to, a, b, className: moving ? 'link drag-source' : 'link' });
});

type Move = Extract<Gesture, { kind: 'move' }> | null;

/** The link's drawing, from `a` to `b` each shown with its move (if any). */
export function LinkLines({
  from,
  to,
  a,
  b,
  moveA = null,
  moveB = null,
  className = 'link',
}: {
  from: string;
  to: string;
  a: MapNode;
  b: MapNode;
  moveA?: Move;
  moveB?: Move;
  className?: string;
}) {
  const segment = trimmedSegment(
    shownPosition(a, moveA),
    shownPosition(b, moveB),
    nodeGlyph(a).radius,
    nodeGlyph(b).radius,
  );
  return (
    <g data-link={`${from}->${to}`} className={className}>
      {/* A wide invisible stroke makes the thin line easy to hit. */}
      <line className="link-hit" {...segment} onDoubleClick={() => unlinkNodes(from, to)} />
      {/* The arrowhead points at the node used, so a cycle or an upward link shows. */}
      <line className="link-line" {...segment} markerEnd="url(#arrow-uses)" />
    </g>
  );
}
