// One node: its glyph, sourcing halo, label, evolve arrow and inertia bar. Memoized and
// subscribed to its own node only (useNodeValues), so a store update re-renders only the nodes it
// concerns. While a node is dragged its view here is hidden and the moving layer draws it.
import { memo, useEffect, useRef } from 'react';
import { stageLabels, stageOf } from '../../core/doctrine/stages.ts';
import { nodeGlyph, shapePath } from '../../core/render/glyphs.ts';
import { evolveArrow, inertiaBar } from '../../core/render/links.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { useNodeValues } from '../store/node-subscriptions.ts';
import { useMapStore } from '../store/store.ts';
import { isMoving, nodeById, SCALES, shownPosition } from './geometry.ts';
import { attachLinkDrag } from './node-drag.ts';
import { patternId } from './Patterns.tsx';
import { RenameField } from './RenameField.tsx';
import { nodeAccessibleName } from './node-names.ts';
import { labelOf } from './label-layout.ts';
import { labelShown } from './label-reveal.ts';
import { NodeLabel, stageHintAt } from './NodeLabel.tsx';
import type { PlacedLabel } from '../../core/render/labels.ts';

export const NodeView = memo(function NodeView({ id }: { id: string }) {
  // One subscription for everything the view reads (a large map has thousands of views).
  const [node, selected, moving, renaming, stages, label] = useNodeValues(
    (s) =>
      [
        nodeById(s, id),
        s.selection.ids.has(id),
        isMoving(s.gesture, id),
        s.ui.renaming === id,
        s.doc.current?.map.stages,
        // A large map just opened draws its labels after its first paint (label-reveal.ts).
        labelShown(id) ? labelOf(s, id) : undefined,
      ] as const,
    id,
  );
  if (!node) return null;
  const at = shownPosition(node, null);
  const startRename = (e: React.MouseEvent) => {
    e.stopPropagation();
    useMapStore.setState((s) => ({ ui: { ...s.ui, renaming: id } }));
  };
  // Pointer drags of every node are handled once, on the nodes layer (node-drag.ts).
  return (
    <g
      data-node-id={id}
      className={`node node-${node.kind}${selected ? ' selected' : ''}${moving ? ' drag-source' : ''}`}
      transform={`translate(${at.x},${at.y})`}
      onDoubleClick={startRename}
      tabIndex={-1}
      role="button"
      aria-label={nodeAccessibleName(node, stages)}
      aria-pressed={selected}
    >
      {/* Called, not mounted: thousands of nodes, and a component of its own per node costs a fiber each. */}
      {NodeFigure({ id, node, at: at.x, selected, renaming, linkable: true, label })}
    </g>
  );
});

/** The handle a selected node offers for dragging a new link from it (drawn only, unless `linkable`). */
function LinkHandle({ id, radius, linkable }: { id: string; radius: number; linkable: boolean }) {
  const ref = useRef<SVGCircleElement>(null);
  useEffect(() => (linkable && ref.current ? attachLinkDrag(ref.current, id) : undefined), [id, linkable]);
  return <circle ref={ref} className="link-handle" cx={radius + 4} cy={-radius - 4} r={7} />;
}

/**
 * What a node draws inside its group, around its centre: shared by the node's own view and the
 * moving layer's copy. `at` is the centre's x (the evolve arrow points at an absolute evolution);
 * `stageName` is the stage hint shown while dragging.
 */
export function NodeFigure({
  id,
  node,
  at,
  selected,
  renaming = false,
  stageName,
  linkable = false,
  label,
}: {
  id: string;
  node: MapNode;
  at: number;
  selected: boolean;
  renaming?: boolean;
  stageName?: string | undefined;
  /** Offers the link handle when selected (the node's own view; not the moving layer's copy). */
  linkable?: boolean;
  label: PlacedLabel | undefined;
}) {
  const glyph = nodeGlyph(node);
  const targetX = node.evolve !== undefined ? SCALES.x(node.evolve) - at : undefined;
  const arrow = targetX !== undefined ? evolveArrow({ x: 0, y: 0 }, targetX, glyph.radius) : undefined;
  const inertia = node.inertia ? inertiaBar({ x: 0, y: 0 }, glyph.radius, targetX) : undefined;
  return (
    <>
      {arrow && <line className="evolve" {...arrow} markerEnd="url(#arrow-evolve)" />}
      {inertia && <line className="inertia" {...inertia} />}
      <circle className="focus-ring" r={glyph.radius + 10} />
      {selected && <circle className="selection-ring" r={glyph.radius + 6} />}
      {glyph.halo && (
        <path
          className={`halo halo-${glyph.halo.sourcing}`}
          d={shapePath(glyph.halo.shape, glyph.halo.size)}
          fill={`url(#${patternId(glyph.halo.sourcing)})`}
          stroke={glyph.halo.color}
          strokeDasharray={glyph.halo.dashed ? '5 3' : undefined}
        />
      )}
      {/* The whole glyph takes the pointer, also the gap between a user's head and shoulders. */}
      <circle className="node-hit" r={glyph.radius} />
      <path className="body" d={shapePath(glyph.body.shape, glyph.body.size)} />
      {renaming ? (
        <RenameField
          id={id}
          name={node.name}
          x={label ? labelLeft(label) : glyph.label.offset.x}
          y={label?.y ?? glyph.label.offset.y}
        />
      ) : label ? (
        NodeLabel({ label, name: node.name })
      ) : null}
      {stageName && label && (
        <text className="stage-hint" x={0} y={stageHintAt(label, glyph.radius).y} textAnchor="middle">
          {stageName}
        </text>
      )}
      {selected && <LinkHandle id={id} radius={glyph.radius} linkable={linkable} />}
    </>
  );
}

/** The left edge of a label relative to its node, where the rename field opens. */
function labelLeft(label: PlacedLabel): number {
  if (label.anchor === 'start') return label.x;
  return label.anchor === 'end' ? label.x - label.box.width : label.x - label.box.width / 2;
}

export function stageNameAt(evolution: number, stages: WardleyMap['stages']): string {
  const map = stages ? { stages } : {};
  const boundaries = stages?.boundaries;
  const stage = stageOf(Math.min(1, Math.max(0, evolution)), boundaries);
  return stageLabels(map)[stage - 1] ?? '';
}
