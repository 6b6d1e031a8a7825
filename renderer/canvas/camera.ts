// The camera is d3-zoom's: it owns the transform and the store mirrors it. Fit and reset go
// through `zoom.transform`, so d3's own state and the store never drift apart.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useMapStore } from '../store/store.ts';
import { FRAME } from './geometry.ts';

let behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
let svgElement: SVGSVGElement | null = null;

export function attachCamera(svg: SVGSVGElement): () => void {
  svgElement = svg;
  behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 8])
    // Shift-drag is box selection and double-click adds a node, so neither moves the camera.
    .filter((e: Event) => !(e instanceof MouseEvent && (e.shiftKey || e.button !== 0)) || e.type === 'wheel')
    .on('zoom', (e: { transform: { k: number; x: number; y: number } }) => {
      const { k, x, y } = e.transform;
      useMapStore.setState({ view: { k, x, y } });
    });
  select(svg).call(behaviour).on('dblclick.zoom', null);
  zoomToFit();
  // Panels hidden (presentation) or the window resized: refit so the whole map stays in view.
  const resized = new ResizeObserver(() => zoomToFit());
  resized.observe(svg);
  return () => {
    resized.disconnect();
    select(svg).on('.zoom', null);
    behaviour = null;
    svgElement = null;
  };
}

/** Fits the whole drawing frame (axes and labels) into the canvas. */
export function zoomToFit(): void {
  if (!behaviour || !svgElement) return;
  const { width, height } = svgElement.getBoundingClientRect();
  if (width === 0 || height === 0) return;
  const k = Math.min(width / FRAME.width, height / FRAME.height);
  const t = zoomIdentity.translate((width - FRAME.width * k) / 2, (height - FRAME.height * k) / 2).scale(k);
  select(svgElement).call(behaviour.transform, t);
}

/** The drawing point at the centre of the canvas, where keyboard-added nodes appear. */
export function canvasCentre(): { x: number; y: number } {
  const view = useMapStore.getState().view;
  const rect = svgElement?.getBoundingClientRect();
  if (!rect) return { x: FRAME.width / 2, y: FRAME.height / 2 };
  return { x: (rect.width / 2 - view.x) / view.k, y: (rect.height / 2 - view.y) / view.k };
}
