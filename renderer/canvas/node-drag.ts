// Pointer gestures on nodes, with d3-drag computing the pointer in drawing coordinates. While a
// node moves only the `gesture` slice changes (history never sees it); the drop is one moveNodes.
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import { commitMove, linkNodes } from '../store/edits.ts';
import { IDLE, useMapStore } from '../store/store.ts';
import { moveAhead } from '../store/move-ahead.ts';
import { hurryBuild } from '../store/warm-for-edits.ts';
import { PLOT_HEIGHT, PLOT_WIDTH, toDrawing } from './geometry.ts';

type DragEvent = D3DragEvent<SVGGElement, unknown, { x: number; y: number }>;

function select1(id: string, shift: boolean): boolean {
  const ids = useMapStore.getState().selection.ids;
  if (shift) {
    const next = new Set(ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    useMapStore.setState({ selection: { ids: next } });
    return next.has(id);
  }
  if (!ids.has(id)) useMapStore.setState({ selection: { ids: new Set([id]) } });
  return true;
}

/** The node a pointer event on the nodes layer is about, if any (not the rename field's input). */
function nodeIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element) || target instanceof HTMLInputElement) return null;
  return target.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null;
}

/**
 * One drag behaviour for every node, on the layer that holds them: a large map's thousands of
 * nodes need no listeners of their own (attaching them cost a tenth of a second at open). The
 * pointer is measured in the layer, as each node's drag measured it in its parent before.
 */
export function attachNodeDrag(layer: SVGGElement): () => void {
  let id = '';
  let start = { x: 0, y: 0 };
  let moved = false;
  let draggable = true;
  let delta = { dEvolution: 0, dVisibility: 0 };
  const behaviour = drag<SVGGElement, unknown>()
    .container(() => layer)
    .filter((e: MouseEvent) => e.button === 0 && nodeIdOf(e.target) !== null)
    .on('start', (e: DragEvent) => {
      id = nodeIdOf((e.sourceEvent as Event).target) ?? '';
      start = { x: e.x, y: e.y };
      moved = false;
      draggable = select1(id, e.sourceEvent instanceof MouseEvent && e.sourceEvent.shiftKey);
      // A drop edits the map: the rest of a just-opened map's Document is built while the pointer moves.
      const doc = useMapStore.getState().doc.current;
      if (doc) hurryBuild(doc);
    })
    .on('drag', (e: DragEvent) => {
      if (!draggable) return;
      moved = true;
      delta = { dEvolution: (e.x - start.x) / PLOT_WIDTH, dVisibility: -(e.y - start.y) / PLOT_HEIGHT };
      const ids = useMapStore.getState().selection.ids;
      useMapStore.setState({ gesture: { kind: 'move', ids, ...delta } });
      // The drop's edit, worked out while the pointer rests: the drop then only records it.
      moveAhead(ids, delta.dEvolution, delta.dVisibility);
    })
    .on('end', (e: DragEvent) => {
      const shift = e.sourceEvent instanceof MouseEvent && e.sourceEvent.shiftKey;
      if (moved) commitMove(useMapStore.getState().selection.ids, delta.dEvolution, delta.dVisibility);
      else if (!shift) useMapStore.setState({ selection: { ids: new Set([id]) }, gesture: IDLE });
    });
  select(layer).call(behaviour);
  return () => void select(layer).on('.drag', null);
}

/**
 * Dragging from a node's handle to another node makes the first use the second. The preview
 * line ends at the pointer: its client position in drawing coordinates (d3-drag's x/y are
 * relative to the node, which is where the line would otherwise end).
 */
export function attachLinkDrag(handle: SVGCircleElement, from: string): () => void {
  const behaviour = drag<SVGCircleElement, unknown>()
    .on('drag', (e: DragEvent) => {
      // The canvas's own <svg>: the handle's nearest is its chunk's (layer-chunks.ts).
      const svg = handle.closest<SVGSVGElement>('svg.canvas');
      const source = e.sourceEvent as MouseEvent;
      if (!svg) return;
      const at = toDrawing(svg, useMapStore.getState().view, source.clientX, source.clientY);
      useMapStore.setState({ gesture: { kind: 'link', from, x: at.x, y: at.y } });
    })
    .on('end', (e: DragEvent) => {
      useMapStore.setState({ gesture: IDLE });
      const source = e.sourceEvent as MouseEvent;
      const target = document.elementFromPoint(source.clientX, source.clientY)?.closest('[data-node-id]');
      const to = target?.getAttribute('data-node-id');
      if (to) linkNodes(from, to);
    });
  select(handle).call(behaviour);
  return () => void select(handle).on('.drag', null);
}
