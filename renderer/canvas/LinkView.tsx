// A `uses` link. It subscribes to its two ends only, so it re-renders when one of them moves.
import { memo } from 'react';
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { trimmedSegment } from '../../core/render/links.ts';
import { unlinkNodes } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import { moveOf, nodeById, shownPosition } from './geometry.ts';

export const LinkView = memo(function LinkView({ from, to }: { from: string; to: string }) {
  const a = useMapStore((s) => nodeById(s, from));
  const b = useMapStore((s) => nodeById(s, to));
  const moveA = useMapStore((s) => moveOf(s.gesture, from));
  const moveB = useMapStore((s) => moveOf(s.gesture, to));
  if (!a || !b) return null;
  const segment = trimmedSegment(
    shownPosition(a, moveA),
    shownPosition(b, moveB),
    nodeGlyph(a).radius,
    nodeGlyph(b).radius,
  );
  return (
    <g data-link={`${from}->${to}`} className="link">
      {/* A wide invisible stroke makes the thin line easy to hit. */}
      <line className="link-hit" {...segment} onDoubleClick={() => unlinkNodes(from, to)} />
      <line className="link-line" {...segment} />
    </g>
  );
});
