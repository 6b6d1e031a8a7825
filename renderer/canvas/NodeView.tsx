// One node: its glyph, sourcing halo, label, evolve arrow and inertia bar. Memoized and
// subscribed to its own node only, so dragging one node re-renders that node (and its links).
import { memo, useEffect, useRef } from 'react';
import { stageLabels, stageOf } from '../../core/doctrine/stages.ts';
import { nodeGlyph, shapePath } from '../../core/render/glyphs.ts';
import { evolveArrow, inertiaBar } from '../../core/render/links.ts';
import { useMapStore } from '../store/store.ts';
import { moveOf, nodeById, SCALES, shownPosition } from './geometry.ts';
import { attachLinkDrag, attachNodeDrag } from './node-drag.ts';
import { patternId } from './Patterns.tsx';
import { RenameField } from './RenameField.tsx';

export const NodeView = memo(function NodeView({ id }: { id: string }) {
  const node = useMapStore((s) => nodeById(s, id));
  const selected = useMapStore((s) => s.selection.ids.has(id));
  const move = useMapStore((s) => moveOf(s.gesture, id));
  const renaming = useMapStore((s) => s.ui.renaming === id);
  const stages = useMapStore((s) => s.doc.current?.map.stages);
  const ref = useRef<SVGGElement>(null);
  const handleRef = useRef<SVGCircleElement>(null);
  useEffect(() => (ref.current ? attachNodeDrag(ref.current, id) : undefined), [id]);
  useEffect(() => (handleRef.current ? attachLinkDrag(handleRef.current, id) : undefined), [id, selected]);
  if (!node) return null;
  const glyph = nodeGlyph(node);
  const at = shownPosition(node, move);
  const targetX = node.evolve !== undefined ? SCALES.x(node.evolve) - at.x : undefined;
  const arrow = targetX !== undefined ? evolveArrow({ x: 0, y: 0 }, targetX, glyph.radius) : undefined;
  const inertia = node.inertia ? inertiaBar({ x: 0, y: 0 }, glyph.radius, targetX) : undefined;
  const stageName = move ? stageNameAt(node.evolution + move.dEvolution, stages) : undefined;
  const startRename = (e: React.MouseEvent) => {
    e.stopPropagation();
    useMapStore.setState((s) => ({ ui: { ...s.ui, renaming: id } }));
  };
  return (
    <g
      ref={ref}
      data-node-id={id}
      className={`node node-${node.kind}${selected ? ' selected' : ''}${move ? ' moving' : ''}`}
      transform={`translate(${at.x},${at.y})`}
      onDoubleClick={startRename}
    >
      {arrow && <line className="evolve" {...arrow} markerEnd="url(#arrow-evolve)" />}
      {inertia && <line className="inertia" {...inertia} />}
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
      <path className="body" d={shapePath(glyph.body.shape, glyph.body.size)} />
      {renaming ? (
        <RenameField id={id} name={node.name} x={glyph.label.offset.x} y={glyph.label.offset.y} />
      ) : (
        <text className="node-label" x={glyph.label.offset.x} y={glyph.label.offset.y} textAnchor={glyph.label.anchor}>
          {node.name}
        </text>
      )}
      {stageName && (
        <text
          className="stage-hint"
          x={glyph.label.offset.x}
          y={glyph.label.offset.y + 22}
          textAnchor={glyph.label.anchor}
        >
          {stageName}
        </text>
      )}
      {selected && (
        <circle ref={handleRef} className="link-handle" cx={glyph.radius + 4} cy={-glyph.radius - 4} r={7} />
      )}
    </g>
  );
});

function stageNameAt(evolution: number, stages: Parameters<typeof stageLabels>[0]['stages']): string {
  const map = stages ? { stages } : {};
  const boundaries = stages?.boundaries;
  const stage = stageOf(Math.min(1, Math.max(0, evolution)), boundaries);
  return stageLabels(map)[stage - 1] ?? '';
}
