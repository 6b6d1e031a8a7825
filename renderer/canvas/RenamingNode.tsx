// The rename field of the node being renamed, over its label. The node itself is drawn by the node
// layer (node-layer.ts), which leaves the label out meanwhile; the field is React's, for its
// focus and keys (RenameField.tsx).
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { useMapStore } from '../store/store.ts';
import { nodeById, shownPosition } from './geometry.ts';
import { labelOf } from './label-layout.ts';
import { labelLeft } from './node-markup.ts';
import { RenameField } from './RenameField.tsx';

export function RenamingNode() {
  const id = useMapStore((s) => s.ui.renaming);
  const node = useMapStore((s) => (s.ui.renaming === null ? undefined : nodeById(s, s.ui.renaming)));
  const label = useMapStore((s) => (s.ui.renaming === null ? undefined : labelOf(s, s.ui.renaming)));
  if (id === null || !node) return null;
  const at = shownPosition(node, null);
  const offset = nodeGlyph(node).label.offset;
  return (
    <g className="renaming" transform={`translate(${at.x},${at.y})`}>
      <RenameField key={id} id={id} name={node.name} x={label ? labelLeft(label) : offset.x} y={label?.y ?? offset.y} />
    </g>
  );
}
