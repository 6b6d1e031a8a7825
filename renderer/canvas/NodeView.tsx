// One node: its glyph, sourcing halo, label, evolve arrow and inertia bar. Memoized and
// subscribed to its own node only (useNodeState), so a store update re-renders only the nodes it
// concerns. While a node is dragged its view here is hidden and the moving layer draws it.
import { memo, useEffect, useRef, type Ref } from 'react';
import { stageLabels, stageOf } from '../../core/doctrine/stages.ts';
import { nodeGlyph, shapePath } from '../../core/render/glyphs.ts';
import { evolveArrow, inertiaBar } from '../../core/render/links.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { useNodeState } from '../store/node-subscriptions.ts';
import { useMapStore } from '../store/store.ts';
import { isMoving, nodeById, SCALES, shownPosition } from './geometry.ts';
import { attachLinkDrag, attachNodeDrag } from './node-drag.ts';
import { patternId } from './Patterns.tsx';
import { RenameField } from './RenameField.tsx';
import { nodeAccessibleName } from './node-names.ts';
import { labelOf } from './label-layout.ts';
import { NodeLabel, stageHintAt } from './NodeLabel.tsx';
import type { PlacedLabel } from '../../core/render/labels.ts';

export const NodeView = memo(function NodeView({ id }: { id: string }) {
  const node = useNodeState((s) => nodeById(s, id), id);
  const selected = useNodeState((s) => s.selection.ids.has(id), id);
  const moving = useNodeState((s) => isMoving(s.gesture, id), id);
  const renaming = useNodeState((s) => s.ui.renaming === id, id);
  const stages = useNodeState((s) => s.doc.current?.map.stages, id);
  const label = useNodeState((s) => labelOf(s, id), id);
  const ref = useRef<SVGGElement>(null);
  const handleRef = useRef<SVGCircleElement>(null);
  useEffect(() => (ref.current ? attachNodeDrag(ref.current, id) : undefined), [id]);
  useEffect(() => (handleRef.current ? attachLinkDrag(handleRef.current, id) : undefined), [id, selected]);
  if (!node) return null;
  const at = shownPosition(node, null);
  const startRename = (e: React.MouseEvent) => {
    e.stopPropagation();
    useMapStore.setState((s) => ({ ui: { ...s.ui, renaming: id } }));
  };
  return (
    <g
      ref={ref}
      data-node-id={id}
      className={`node node-${node.kind}${selected ? ' selected' : ''}${moving ? ' drag-source' : ''}`}
      transform={`translate(${at.x},${at.y})`}
      onDoubleClick={startRename}
      tabIndex={-1}
      role="button"
      aria-label={nodeAccessibleName(node, stages)}
      aria-pressed={selected}
    >
      <NodeFigure
        id={id}
        node={node}
        at={at.x}
        selected={selected}
        renaming={renaming}
        handleRef={handleRef}
        label={label}
      />
    </g>
  );
});

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
  handleRef,
  label,
}: {
  id: string;
  node: MapNode;
  at: number;
  selected: boolean;
  renaming?: boolean;
  stageName?: string | undefined;
  handleRef?: Ref<SVGCircleElement>;
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
        <NodeLabel label={label} name={node.name} />
      ) : null}
      {stageName && label && (
        <text className="stage-hint" x={0} y={stageHintAt(label, glyph.radius).y} textAnchor="middle">
          {stageName}
        </text>
      )}
      {selected && (
        <circle ref={handleRef} className="link-handle" cx={glyph.radius + 4} cy={-glyph.radius - 4} r={7} />
      )}
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
