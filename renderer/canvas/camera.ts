// The camera is d3-zoom's: it owns the transform and the store mirrors it. Fit and reset go
// through `zoom.transform`, so d3's own state and the store never drift apart.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useMapStore } from '../store/store.ts';
import { drawingBounds } from '../../core/render/labels.ts';
import { FRAME, SCALES } from './geometry.ts';
import { labelLayout } from './label-layout.ts';

let behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
let svgElement: SVGSVGElement | null = null;
/** The canvas's size on screen, kept by its resize observer (reading it would force a layout). */
let size: { width: number; height: number } | null = null;

export function attachCamera(svg: SVGSVGElement): () => void {
  svgElement = svg;
  behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 8])
    // Shift-drag is box selection and double-click adds a node, so neither moves the camera.
    .filter((e: Event) => !(e instanceof MouseEvent && (e.shiftKey || e.button !== 0)) || e.type === 'wheel')
    .on('zoom', (e: { transform: { k: number; x: number; y: number }; sourceEvent: Event | null }) => {
      const { k, x, y } = e.transform;
      // A pan under way (the pointer moved with the button down): see .panning in styles.css.
      if (e.sourceEvent?.type === 'mousemove') svg.parentElement?.classList.add('panning');
      useMapStore.setState({ view: { k, x, y } });
    })
    .on('end', () => svg.parentElement?.classList.remove('panning'));
  select(svg).call(behaviour).on('dblclick.zoom', null);
  zoomToFit();
  // Panels hidden (presentation) or the window resized: refit so the whole map stays in view.
  const resized = new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (box) size = { width: box.width, height: box.height };
    zoomToFit();
  });
  resized.observe(svg);
  return () => {
    resized.disconnect();
    select(svg).on('.zoom', null);
    behaviour = null;
    svgElement = null;
    size = null;
  };
}

/** Fits the whole drawing frame (axes) and every node and label, also one past the frame's edge. */
export function zoomToFit(): void {
  if (!behaviour || !svgElement) return;
  const { width, height } = svgElement.getBoundingClientRect();
  if (width === 0 || height === 0) return;
  const box = fitBox();
  const k = Math.min(width / box.width, height / box.height);
  const t = zoomIdentity
    .translate((width - box.width * k) / 2 - box.x * k, (height - box.height * k) / 2 - box.y * k)
    .scale(k);
  select(svgElement).call(behaviour.transform, t);
}

function fitBox(): { x: number; y: number; width: number; height: number } {
  const s = useMapStore.getState();
  const map = s.doc.current?.map;
  const frame = { x: 0, y: 0, width: FRAME.width, height: FRAME.height };
  if (!map) return frame;
  const drawn = drawingBounds(map, SCALES, labelLayout(map, s.ui.presentation));
  if (drawn.width === 0) return frame;
  const x0 = Math.min(frame.x, drawn.x - 8);
  const y0 = Math.min(frame.y, drawn.y - 8);
  const x1 = Math.max(frame.width, drawn.x + drawn.width + 8);
  const y1 = Math.max(frame.height, drawn.y + drawn.height + 8);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The drawing point at the centre of the canvas, where keyboard-added nodes appear. */
export function canvasCentre(): { x: number; y: number } {
  const view = useMapStore.getState().view;
  const rect = svgElement?.getBoundingClientRect();
  if (!rect) return { x: FRAME.width / 2, y: FRAME.height / 2 };
  return { x: (rect.width / 2 - view.x) / view.k, y: (rect.height / 2 - view.y) / view.k };
}

/** The part of the drawing the camera shows, in drawing coordinates; null before the canvas has a size. */
export function visibleArea(): { x0: number; y0: number; x1: number; y1: number } | null {
  if (!size) return null;
  const { k, x, y } = useMapStore.getState().view;
  return { x0: -x / k, y0: -y / k, x1: (size.width - x) / k, y1: (size.height - y) / k };
}
