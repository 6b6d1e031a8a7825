// The drawing frame of a map and the scales between map coordinates and pixels. Shared by the
// canvas and the SVG exporter so the picture on screen and the exported one agree.
export interface Point {
  x: number;
  y: number;
}

export interface MapFrame {
  width: number;
  height: number;
  /** Room for the axis titles (left, bottom) and the stage labels (bottom). */
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_FRAME: MapFrame = {
  width: 1600,
  height: 1000,
  margin: { top: 30, right: 40, bottom: 120, left: 80 },
};

export interface MapScales {
  readonly frame: MapFrame;
  /** evolution (0 genesis … 1 commodity) → x, left to right. */
  x(evolution: number): number;
  /** visibility (1 visible … 0 invisible) → y, top to bottom. */
  y(visibility: number): number;
  evolutionAt(x: number): number;
  visibilityAt(y: number): number;
}

export function plotArea(frame: MapFrame): { left: number; top: number; right: number; bottom: number } {
  const { width, height, margin } = frame;
  return { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
}

export function mapScales(frame: MapFrame = DEFAULT_FRAME): MapScales {
  // Both axes are linear: evolution 0…1 runs left → right, visibility 1…0 top → bottom.
  const { left, top, right, bottom } = plotArea(frame);
  const width = right - left;
  const height = bottom - top;
  return {
    frame,
    x: (evolution) => left + evolution * width,
    y: (visibility) => top + (1 - visibility) * height,
    evolutionAt: (px) => (px - left) / width,
    visibilityAt: (py) => 1 - (py - top) / height,
  };
}

/** Keeps a coordinate inside the map (0…1) so a drag past the edge stays on the map. */
export function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}

export function nodePoint(scales: MapScales, node: { evolution: number; visibility: number }): Point {
  return { x: scales.x(node.evolution), y: scales.y(node.visibility) };
}
