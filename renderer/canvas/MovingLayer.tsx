// While nodes are dragged, they and their links are drawn here, in a small SVG laid over the
// canvas, and their own views on the canvas step aside. The canvas's thousands of elements then
// neither re-render nor repaint on each pointer move: repainting a large SVG costs tens of
// milliseconds a frame. The layer exists only during the drag and takes the pointer meanwhile, so
// the browser hit-tests it instead of the whole canvas; d3-drag follows the pointer on the window.
// Between drags the layer stays in the page, empty, hidden and transparent to the pointer. After a
// drop it draws the nodes at their new place until the canvas's layers have drawn them there
// (store.ts: landing): the drawing of the drag's last move, kept as it is (the dropped map puts the
// nodes at the same place), so the drop's task neither draws them again nor places the dropped
// map's labels, and the layer keeps the pointer, so the frame that paints the drop does not
// hit-test the canvas's thousands of elements for the hover under the pointer either.
import { memo, useMemo, useRef } from 'react';
import { nodeOf, nodeTableKey } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { useMapStore, type Gesture } from '../store/store.ts';
import { isMoving, shownPosition } from './geometry.ts';
import { LinkLines } from './LinkLines.tsx';
import { linksTouching } from './link-changes.ts';
import { mapStructure } from './map-structure.ts';
import { nodeFigureMarkup, stageNameAt } from './node-markup.ts';
import { labelLayout } from './label-layout.ts';

type Move = Extract<Gesture, { kind: 'move' }>;

/**
 * The `uses` links with at least one end among `ids`, from the canvas's index of links by node
 * (link-changes.ts): a walk over every node's links was about 10 ms of a drag's first move at
 * 2,000 nodes.
 */
export function movingLinks(map: WardleyMap, ids: ReadonlySet<string>): (readonly [string, string])[] {
  return linksTouching(mapStructure(map).links, ids);
}

/** What the layer draws; the map is read through its node table, never its `nodes` record. */
interface Drawing {
  move: Move;
  map: WardleyMap;
  stages: WardleyMap['stages'];
  selection: ReadonlySet<string>;
  view: { k: number; x: number; y: number };
  presentation: boolean;
}

export function MovingLayer() {
  const move = useMapStore((s) => (s.gesture.kind === 'move' ? s.gesture : null));
  const map = useMapStore((s) => s.doc.current?.map);
  const stages = map?.stages;
  const selection = useMapStore((s) => s.selection.ids);
  const view = useMapStore((s) => s.view);
  const presentation = useMapStore((s) => s.ui.presentation);
  const drawn = useRef<Drawing | null>(null);
  // Always in the page, empty and hidden between drags: inserting it beside the canvas at a drag's
  // start (and removing it at the drop) made the browser lay out the whole canvas again.
  if (!move || !map) {
    drawn.current = null;
    return <svg className="canvas-moving idle" aria-hidden="true" />;
  }
  const last = drawn.current;
  // Landing on the map the drop made (not a refused drop, whose nodes go back): the drag's last
  // drawing is already right.
  const kept =
    move.landing && last !== null && last.move.ids === move.ids && nodeTableKey(last.map) !== nodeTableKey(map);
  const drawing = kept ? last : { move, map, stages, selection, view, presentation };
  drawn.current = drawing;
  return (
    <svg className={move.landing ? 'canvas-moving landing' : 'canvas-moving'} aria-hidden="true">
      <MovingDrawing drawing={drawing} />
    </svg>
  );
}

/** The moved nodes and their links; the same `drawing` is not drawn again. */
const MovingDrawing = memo(function MovingDrawing({ drawing }: { drawing: Drawing }) {
  const { move, map, stages, selection, view, presentation } = drawing;
  const ids = move.ids;
  // The moved ids keep their Set for the whole drag, so this runs once per drag, not per move.
  const links = useMemo(() => movingLinks(map, ids), [map, ids]);
  const moveOf = (id: string): Move | null => (isMoving(move, id) ? move : null);
  // The labels of the map as it stands: a dragged node's label keeps its side until the drop.
  const labels = labelLayout(map, presentation);
  return (
    <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
      <g className="links">
        {links.map(([from, to]) => {
          const a = nodeOf(map, from);
          const b = nodeOf(map, to);
          if (!a || !b) return null;
          return (
            <LinkLines key={`${from}->${to}`} from={from} to={to} a={a} b={b} moveA={moveOf(from)} moveB={moveOf(to)} />
          );
        })}
      </g>
      <g className="nodes">
        {[...move.ids].map((id) => {
          const node = nodeOf(map, id);
          if (!node) return null;
          const at = shownPosition(node, move);
          const selected = selection.has(id);
          return (
            <g
              key={id}
              data-node-id={id}
              className={`node node-${node.kind}${selected ? ' selected' : ''} moving`}
              // The canvas's node drawing, in place (node-layer.ts draws its nodes from the same markup).
              dangerouslySetInnerHTML={{
                __html: nodeFigureMarkup({
                  node,
                  at,
                  selected,
                  stageName: stageNameAt(node.evolution + move.dEvolution, stages),
                  label: labels.get(id),
                }),
              }}
            />
          );
        })}
      </g>
    </g>
  );
});
