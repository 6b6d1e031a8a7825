// A `uses` link as the moving layer draws it while one of its ends is dragged (the canvas draws
// its links without React: link-layer.ts, in the same shape).
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { trimmedSegment } from '../../core/render/links.ts';
import type { MapNode } from '../../core/model/types.ts';
import type { Gesture } from '../store/store.ts';
import { shownPosition } from './geometry.ts';

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
      {/* The canvas's shape (a wide hit line, never painted); the moving layer takes no pointer. */}
      <line className="link-hit" {...segment} />
      {/* The arrowhead points at the node used, so a cycle or an upward link shows. */}
      <line className="link-line" {...segment} markerEnd="url(#arrow-uses)" />
    </g>
  );
}
