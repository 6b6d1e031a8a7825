// The map as an SVG picture, pure: the same geometry as the canvas (core/render), so the picture
// from `mapwright render` and what the room sees on screen agree.
import { axesModel } from '../axes.ts';
import { DEFAULT_FRAME, mapScales, nodePoint, type MapFrame, type MapScales } from '../frame.ts';
import { nodeGlyph, shapePath } from '../glyphs.ts';
import { evolveArrow, inertiaBar, trimmedSegment } from '../links.ts';
import { placeLabels, type PlacedLabel } from '../labels.ts';
import { monolithRegions, REGION_FONT, regionLabelText } from '../regions.ts';
import { labelElements } from './label-svg.ts';
import type { MapNode, WardleyMap } from '../../model/types.ts';
import { nodeEntries, nodeIndex } from '../../model/types.ts';
import { svgDefs, sourcingFill } from './defs.ts';
import { el, svgText, type SvgElement } from './element.ts';
import { legend, legendBox, titleBlock, titleBox } from './legend.ts';
import { THEMES, type Theme, type ThemeName } from './theme.ts';

export interface SvgOptions {
  theme?: ThemeName;
  frame?: MapFrame;
  /** Extra layers drawn between the regions and the nodes (e.g. a diff overlay). */
  overlays?: (scales: MapScales, theme: Theme) => SvgElement[];
  /** Shown under the title, e.g. "changes since HEAD~1". */
  subtitle?: string;
}

export function renderMapSvg(map: WardleyMap, options: SvgOptions = {}): string {
  return svgText(mapSvgElement(map, options));
}

export function mapSvgElement(map: WardleyMap, options: SvgOptions = {}): SvgElement {
  const theme = THEMES[options.theme ?? 'light'];
  const frame = options.frame ?? DEFAULT_FRAME;
  const scales = mapScales(frame);
  const labels = placeLabels(map, scales, {
    avoid: [legendBox(frame), titleBox(map.title, frame)],
    regionFont: REGION_FONT,
  });
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: frame.width,
      height: frame.height,
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      'font-family': theme.font,
      role: 'img',
      'aria-label': map.title,
    },
    [
      svgDefs(theme),
      el('rect', { width: frame.width, height: frame.height, fill: theme.background }),
      axes(map, scales, theme),
      ...regions(map, scales, theme),
      ...links(map, scales, theme),
      ...(options.overlays?.(scales, theme) ?? []),
      ...movements(map, scales, theme),
      ...nodeEntries(map).map(([id, node]) => nodeElement(id, node, scales, theme, labels.get(id))),
      ...annotations(map, scales, theme),
      legend(frame, theme),
      titleBlock(map.title, options.subtitle, frame, theme),
    ],
  );
}

function axes(map: WardleyMap, scales: MapScales, theme: Theme): SvgElement {
  const model = axesModel(map, scales);
  const { area } = model;
  const bands = model.bands.map((b, i) =>
    el('rect', { x: b.x0, y: area.top, width: b.x1 - b.x0, height: area.bottom - area.top, fill: theme.band[i % 2] }),
  );
  const labels = model.bands.map((b) =>
    el(
      'text',
      { x: (b.x0 + b.x1) / 2, y: area.bottom + 28, 'text-anchor': 'middle', 'font-size': 18, fill: theme.ink },
      [b.label],
    ),
  );
  const cuts = model.boundaries.map((x) =>
    el('line', { x1: x, y1: area.top, x2: x, y2: area.bottom, stroke: theme.grid, 'stroke-dasharray': '6 6' }),
  );
  return el('g', { class: 'axes' }, [
    ...bands,
    ...cuts,
    el('path', {
      d: `M ${area.left} ${area.top} V ${area.bottom} H ${area.right}`,
      fill: 'none',
      stroke: theme.ink,
      'stroke-width': 2,
    }),
    ...labels,
    el('text', { x: area.right, y: area.bottom + 58, 'text-anchor': 'end', 'font-size': 16, fill: theme.muted }, [
      model.evolutionTitle,
    ]),
    el(
      'text',
      {
        x: 0,
        y: 0,
        transform: `translate(${area.left - 24} ${(area.top + area.bottom) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        'font-size': 16,
        fill: theme.muted,
      },
      [model.visibilityTitle],
    ),
  ]);
}

function regions(map: WardleyMap, scales: MapScales, theme: Theme): SvgElement[] {
  return monolithRegions(map, scales).map((r) =>
    el('g', { class: 'monolith', 'data-monolith': r.id }, [
      el('path', {
        d: r.path,
        // A node that is not inside can sit in a hole of the region.
        'fill-rule': 'evenodd',
        fill: theme.region,
        stroke: theme.regionInk,
        'stroke-dasharray': '10 5',
        'stroke-width': 2,
      }),
      el(
        'text',
        {
          x: r.labelAt.x,
          y: r.labelAt.y,
          'text-anchor': 'middle',
          'font-size': 15,
          'font-style': 'italic',
          fill: theme.regionInk,
        },
        [regionLabelText(r.name)],
      ),
    ]),
  );
}

function links(map: WardleyMap, scales: MapScales, theme: Theme): SvgElement[] {
  const index = nodeIndex(map);
  return nodeEntries(map).flatMap(([id, node]) =>
    (node.uses ?? []).flatMap((target) => {
      const other = index.get(target);
      if (!other) return [];
      const s = trimmedSegment(
        nodePoint(scales, node),
        nodePoint(scales, other),
        nodeGlyph(node).radius,
        nodeGlyph(other).radius,
      );
      return [
        el('line', {
          ...s,
          stroke: theme.link,
          'stroke-width': 1.5,
          'marker-end': 'url(#uses-arrow)',
          'data-link': `${id}->${target}`,
        }),
      ];
    }),
  );
}

function movements(map: WardleyMap, scales: MapScales, theme: Theme): SvgElement[] {
  return nodeEntries(map).flatMap(([id, node]) => {
    const at = nodePoint(scales, node);
    const radius = nodeGlyph(node).radius;
    const out: SvgElement[] = [];
    const targetX = node.evolve === undefined ? undefined : scales.x(node.evolve);
    const arrow = targetX === undefined ? undefined : evolveArrow(at, targetX, radius);
    if (arrow) {
      out.push(
        el('line', {
          ...arrow,
          stroke: theme.evolve,
          'stroke-width': 2,
          'stroke-dasharray': '8 5',
          'marker-end': 'url(#arrow)',
          'data-evolve': id,
        }),
      );
    }
    if (node.inertia) {
      out.push(
        el('line', { ...inertiaBar(at, radius, targetX), stroke: theme.ink, 'stroke-width': 5, 'data-inertia': id }),
      );
    }
    return out;
  });
}

function nodeElement(
  id: string,
  node: MapNode,
  scales: MapScales,
  theme: Theme,
  label: PlacedLabel | undefined,
): SvgElement {
  const at = nodePoint(scales, node);
  const glyph = nodeGlyph(node);
  const parts: SvgElement[] = [];
  if (glyph.halo) {
    const stroke = theme.greyscale ? theme.ink : glyph.halo.color;
    parts.push(
      el('path', {
        d: shapePath(glyph.halo.shape, glyph.halo.size),
        fill: sourcingFill(glyph.halo.sourcing),
        stroke,
        'stroke-width': 2.5,
        'stroke-dasharray': glyph.halo.dashed ? '4 3' : undefined,
      }),
    );
  }
  const bodyFill = node.kind === 'component' ? theme.background : node.kind === 'need' ? theme.band[0] : theme.ink;
  parts.push(
    el('path', {
      d: shapePath(glyph.body.shape, glyph.body.size),
      fill: bodyFill,
      stroke: theme.ink,
      'stroke-width': 2,
    }),
  );
  if (label) parts.push(...labelElements(label, node.name, theme));
  return el(
    'g',
    { transform: `translate(${round(at.x)} ${round(at.y)})`, 'data-node-id': id, class: `node ${node.kind}` },
    parts,
  );
}

function annotations(map: WardleyMap, scales: MapScales, theme: Theme): SvgElement[] {
  const index = nodeIndex(map);
  return (map.annotations ?? []).flatMap((a, i) => {
    const anchor = a.nodes?.map((n) => index.get(n)).find((n) => n !== undefined);
    const e = a.evolution ?? anchor?.evolution;
    const v = a.visibility ?? (anchor ? anchor.visibility - 0.05 : undefined);
    if (e === undefined || v === undefined) return [];
    const at = nodePoint(scales, { evolution: e, visibility: Math.max(0, v) });
    return [
      el(
        'text',
        { x: at.x, y: at.y, 'font-size': 14, 'font-style': 'italic', fill: theme.muted, 'data-annotation': i + 1 },
        [`${i + 1}. ${a.text.split('\n')[0] ?? ''}`],
      ),
    ];
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
