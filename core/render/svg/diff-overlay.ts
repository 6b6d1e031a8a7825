// The diff overlay as SVG elements, drawn behind the newer map's nodes (`renderMapSvg`'s
// `overlays`): `mapwright render --diff` and the canvas use the same geometry (../diff-overlay.ts).
import type { MapDiff } from '../../diff/model.ts';
import type { WardleyMap } from '../../model/types.ts';
import { badgeWidth, diffOverlay, type Badge, type DiffOverlay, type Ghost } from '../diff-overlay.ts';
import type { MapFrame, MapScales } from '../frame.ts';
import { nodeGlyph, shapePath } from '../glyphs.ts';
import { el, type SvgElement } from './element.ts';
import type { Theme } from './theme.ts';

/** Colour of the ghost arrows: apart from the red planned-evolution arrows of the map itself. */
const MOVED = { colour: '#0072B2', print: '#000000' };

export function diffOverlaySvg(
  before: WardleyMap,
  after: WardleyMap,
  diff: MapDiff,
): (scales: MapScales, theme: Theme) => SvgElement[] {
  return (scales, theme) => overlayElements(diffOverlay(before, after, diff, scales), theme, scales.frame);
}

export function overlayElements(overlay: DiffOverlay, theme: Theme, frame: MapFrame): SvgElement[] {
  const moved = theme.greyscale ? MOVED.print : MOVED.colour;
  return [
    el('defs', {}, [
      el(
        'marker',
        { id: 'ghost-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' },
        [el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: moved })],
      ),
    ]),
    el('g', { class: 'diff-overlay' }, [
      ...overlay.added.map((a) =>
        el('circle', {
          cx: a.at.x,
          cy: a.at.y,
          r: a.radius,
          fill: theme.added,
          'fill-opacity': 0.18,
          stroke: theme.added,
          'stroke-width': 3,
          'data-added': a.id,
        }),
      ),
      ...overlay.ghosts.map((g) => ghostElement(g, theme)),
      ...overlay.arrows.map((a) =>
        el('g', { 'data-ghost-arrow': a.id }, [
          el('line', {
            ...a.segment,
            stroke: moved,
            'stroke-width': 2.5,
            'stroke-dasharray': '2 4',
            'stroke-linecap': 'round',
            'marker-end': 'url(#ghost-arrow)',
          }),
          ...(a.stage
            ? [
                el(
                  'text',
                  {
                    x: (a.segment.x1 + a.segment.x2) / 2,
                    y: (a.segment.y1 + a.segment.y2) / 2 - 8,
                    'text-anchor': 'middle',
                    'font-size': 12,
                    fill: moved,
                  },
                  [a.stage],
                ),
              ]
            : []),
        ]),
      ),
      ...overlay.badges.map((b) => badgeElement(b, theme)),
      diffKey(theme, frame, moved),
    ]),
  ];
}

function ghostElement(g: Ghost, theme: Theme): SvgElement {
  const glyph = nodeGlyph(g);
  const colour = g.reason === 'removed' ? theme.removed : theme.muted;
  const outline = glyph.halo ?? glyph.body;
  return el(
    'g',
    {
      transform: `translate(${g.at.x} ${g.at.y})`,
      opacity: g.reason === 'removed' ? 0.85 : 0.55,
      'data-ghost': g.id,
      class: `ghost ghost-${g.reason}`,
    },
    [
      el('path', {
        d: shapePath(outline.shape, outline.size),
        fill: 'none',
        stroke: colour,
        'stroke-width': 2,
        'stroke-dasharray': '5 4',
      }),
      // A moved node's name stands at its new place; its arrow leaves no room for a second label.
      ...(g.label
        ? [el('text', { x: g.label.x - g.at.x, y: g.label.y - g.at.y, 'font-size': 14, fill: colour }, [g.label.text])]
        : []),
    ],
  );
}

function badgeElement(b: Badge, theme: Theme): SvgElement {
  const width = badgeWidth(b.text);
  const colour = b.kind === 'sourcing' ? theme.evolve : theme.muted;
  return el('g', { transform: `translate(${b.at.x} ${b.at.y})`, [`data-badge-${b.kind}`]: b.id }, [
    el('rect', {
      x: -width / 2,
      y: -10,
      width,
      height: 20,
      rx: 10,
      fill: theme.background,
      stroke: colour,
      'stroke-width': 1.5,
    }),
    el('text', { x: 0, y: 4.5, 'text-anchor': 'middle', 'font-size': 13, fill: colour }, [b.text]),
  ]);
}

/** A small key at the bottom right, so a picture pasted into a pull request explains itself. */
function diffKey(theme: Theme, frame: MapFrame, moved: string): SvgElement {
  const x = frame.width - frame.margin.right - 420;
  const y = frame.height - 34;
  const item = (dx: number, mark: SvgElement, label: string) =>
    el('g', { transform: `translate(${x + dx} ${y})` }, [
      mark,
      el('text', { x: 16, y: 5, 'font-size': 13, fill: theme.muted }, [label]),
    ]);
  return el('g', { class: 'diff-key' }, [
    item(
      0,
      el('circle', { r: 7, fill: theme.added, 'fill-opacity': 0.18, stroke: theme.added, 'stroke-width': 2 }),
      'added',
    ),
    item(
      80,
      el('circle', { r: 7, fill: 'none', stroke: theme.removed, 'stroke-width': 2, 'stroke-dasharray': '3 3' }),
      'removed',
    ),
    item(
      175,
      el('line', {
        x1: -8,
        y1: 0,
        x2: 8,
        y2: 0,
        stroke: moved,
        'stroke-width': 2.5,
        'marker-end': 'url(#ghost-arrow)',
      }),
      'moved',
    ),
    item(
      260,
      el('rect', { x: -8, y: -6, width: 16, height: 12, rx: 6, fill: 'none', stroke: theme.evolve }),
      're-sourced',
    ),
  ]);
}
