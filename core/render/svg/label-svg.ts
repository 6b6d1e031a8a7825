// A node's name as SVG: one <text> with a <tspan> per line at the placer's position
// (core/render/labels.ts), and the full name as a <title> tooltip when it was cut short.
import type { PlacedLabel } from '../labels.ts';
import { el, type SvgElement } from './element.ts';
import type { Theme } from './theme.ts';

export function labelElements(label: PlacedLabel, name: string, theme: Theme, fontSize = 16): SvgElement[] {
  const lines = label.lines.map((line, i) =>
    el('tspan', { x: label.x, y: round(label.y + i * label.lineHeight) }, [
      i < label.lines.length - 1 ? `${line} ` : line,
    ]),
  );
  const text = el(
    'text',
    {
      x: label.x,
      y: label.y,
      'text-anchor': label.anchor,
      'font-size': fontSize,
      fill: theme.ink,
      // A halo in the background colour keeps the name readable where a link runs under it.
      stroke: theme.background,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
      'data-label-position': label.position,
    },
    lines,
  );
  return label.truncated ? [el('title', {}, [name]), text] : [text];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
