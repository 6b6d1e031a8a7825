// The canvas draws in the fixed frame of core/render; the camera (d3-zoom) moves it on screen.
import { nodeOf } from '../../core/model/node-table.ts';
import { DEFAULT_FRAME, mapScales } from '../../core/render/frame.ts';
import type { MapNode } from '../../core/model/types.ts';
import type { Gesture, MapStore } from '../store/store.ts';

export const SCALES = mapScales(DEFAULT_FRAME);
export const FRAME = DEFAULT_FRAME;

/** Pixel length of the whole evolution / visibility axis, to turn a pixel offset into map units. */
export const PLOT_WIDTH = SCALES.x(1) - SCALES.x(0);
export const PLOT_HEIGHT = SCALES.y(0) - SCALES.y(1);

export function nodeById(s: MapStore, id: string): MapNode | undefined {
  const map = s.doc.current?.map;
  return map && nodeOf(map, id);
}

/** Whether a move gesture carries `id`: its view then steps aside for the drawing in the moving layer. */
export function isMoving(g: Gesture, id: string): boolean {
  return g.kind === 'move' && g.ids.has(id);
}

/** Whether the canvas's layers wait for the frame after a drop before they draw it (store.ts: landing). */
export function isLanding(g: Gesture): boolean {
  return g.kind === 'move' && g.landing === true;
}

export function shownPosition(
  node: MapNode,
  move: Extract<Gesture, { kind: 'move' }> | null,
): { x: number; y: number } {
  const e = Math.min(1, Math.max(0, node.evolution + (move?.dEvolution ?? 0)));
  const v = Math.min(1, Math.max(0, node.visibility + (move?.dVisibility ?? 0)));
  return { x: SCALES.x(e), y: SCALES.y(v) };
}

/** A screen point (client coordinates) in the canvas's drawing coordinates. */
export function toDrawing(svg: SVGSVGElement, view: MapStore['view'], clientX: number, clientY: number) {
  const rect = svg.getBoundingClientRect();
  return { x: (clientX - rect.left - view.x) / view.k, y: (clientY - rect.top - view.y) / view.k };
}
