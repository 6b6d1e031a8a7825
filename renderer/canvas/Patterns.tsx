// Fill patterns for the sourcing halos: solid, hatched and dotted, so sourcing survives greyscale.
import { SOURCING_STYLES } from '../../core/render/glyphs.ts';

export function patternId(sourcing: string): string {
  return `fill-${sourcing}`;
}

export function Patterns() {
  const { build, buy, outsource } = SOURCING_STYLES;
  return (
    <defs>
      <pattern id={patternId('build')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={build.color} fillOpacity="0.35" />
      </pattern>
      <pattern id={patternId('buy')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={buy.color} strokeWidth="3" />
      </pattern>
      <pattern id={patternId('outsource')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <circle cx="3" cy="3" r="1.6" fill={outsource.color} />
      </pattern>
      <marker id="arrow-evolve" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
        <path d="M0,0 L10,5 L0,10 z" fill="#c0392b" />
      </marker>
      <marker
        id="arrow-uses"
        viewBox="0 0 10 10"
        refX="10"
        refY="5"
        markerWidth="9"
        markerHeight="9"
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <path className="arrow-uses" d="M0,0 L10,5 L0,10 z" />
      </marker>
      <marker id="arrow-link" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto">
        <path d="M0,0 L10,5 L0,10 z" fill="#555" />
      </marker>
    </defs>
  );
}
