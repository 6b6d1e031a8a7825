// What the picture defines once and uses by id: the arrow markers of links and evolve arrows, and
// the sourcing fills (patterns, so greyscale print still tells build, buy and outsource apart).
import { SOURCING_STYLES } from '../glyphs.ts';
import type { Sourcing } from '../../model/types.ts';
import { el, type SvgElement } from './element.ts';
import type { Theme } from './theme.ts';

/** Fill of a sourcing halo: a pattern, so greyscale print still tells build, buy and outsource apart. */
export function sourcingFill(sourcing: Sourcing): string {
  const style = SOURCING_STYLES[sourcing];
  return style.pattern === 'solid' ? `url(#fill-${sourcing})` : `url(#pattern-${sourcing})`;
}

export function svgDefs(theme: Theme): SvgElement {
  const colour = (s: Sourcing) => (theme.greyscale ? theme.ink : SOURCING_STYLES[s].color);
  return el('defs', {}, [
    el(
      'marker',
      {
        id: 'arrow',
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto-start-reverse',
      },
      [el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: theme.evolve })],
    ),
    // Links point at the node used, so a cycle or an upward link shows.
    el(
      'marker',
      {
        id: 'uses-arrow',
        viewBox: '0 0 10 10',
        refX: 10,
        refY: 5,
        markerWidth: 9,
        markerHeight: 9,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto',
      },
      [el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: theme.link })],
    ),
    el('pattern', { id: 'fill-build', width: 4, height: 4, patternUnits: 'userSpaceOnUse' }, [
      el('rect', { width: 4, height: 4, fill: colour('build'), 'fill-opacity': 0.35 }),
    ]),
    el(
      'pattern',
      { id: 'pattern-buy', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      [el('rect', { width: 2, height: 6, fill: colour('buy'), 'fill-opacity': 0.6 })],
    ),
    el('pattern', { id: 'pattern-outsource', width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, [
      el('circle', { cx: 3, cy: 3, r: 1.4, fill: colour('outsource'), 'fill-opacity': 0.7 }),
    ]),
  ]);
}
