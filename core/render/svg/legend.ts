// The picture's furniture: the sourcing legend, top right, and the title block, top left. Both
// give their boxes so labels keep out of them.
import type { MapFrame } from '../frame.ts';
import { shapePath, SOURCING_STYLES } from '../glyphs.ts';
import type { Box } from '../labels.ts';
import { sourcingFill } from './defs.ts';
import { el, type SvgElement } from './element.ts';
import type { Theme } from './theme.ts';

/** Where the legend stands, top right: labels keep out of it. */
export function legendBox(frame: MapFrame): Box {
  return { x: frame.width - frame.margin.right - 250, y: frame.margin.top + 12, width: 240, height: 124 };
}

export function titleBox(title: string, frame: MapFrame): Box {
  return { x: frame.margin.left, y: 0, width: title.length * 13, height: 28 };
}

export function legend(frame: MapFrame, theme: Theme): SvgElement {
  const { x, y } = legendBox(frame);
  const rows = (['build', 'buy', 'outsource'] as const).map((s, i) => {
    const style = SOURCING_STYLES[s];
    const stroke = theme.greyscale ? theme.ink : style.color;
    return el('g', { transform: `translate(${x + 24} ${y + 30 + i * 32})` }, [
      el('path', {
        d: shapePath(style.shape, 11),
        fill: sourcingFill(s),
        stroke,
        'stroke-width': 2.5,
        'stroke-dasharray': style.dashed ? '4 3' : undefined,
      }),
      el('text', { x: 24, y: 5, 'font-size': 15, fill: theme.ink }, [style.label]),
    ]);
  });
  return el('g', { class: 'legend' }, [
    el('rect', { x, y, width: 240, height: 124, rx: 6, fill: theme.background, stroke: theme.grid }),
    el('text', { x: x + 12, y: y + 16, 'font-size': 13, 'font-weight': 'bold', fill: theme.muted }, ['Sourcing']),
    ...rows,
  ]);
}

export function titleBlock(title: string, subtitle: string | undefined, frame: MapFrame, theme: Theme): SvgElement {
  const children: SvgElement[] = [
    el('text', { x: frame.margin.left, y: 22, 'font-size': 20, 'font-weight': 'bold', fill: theme.ink }, [title]),
  ];
  if (subtitle)
    children.push(
      el('text', { x: frame.margin.left + 16 + title.length * 13, y: 22, 'font-size': 15, fill: theme.muted }, [
        subtitle,
      ]),
    );
  return el('g', { class: 'title' }, children);
}
