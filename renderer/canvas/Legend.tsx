// The legend, one row under the evolution axis: node kinds and the three sourcing halos, drawn
// with the same glyphs as the map.
import { nodeGlyph, shapePath, SOURCING_STYLES } from '../../core/render/glyphs.ts';
import { NODE_KINDS, SOURCINGS } from '../../core/model/types.ts';
import { patternId } from './Patterns.tsx';

const ITEM_WIDTH = 215;

export function Legend({ x, y }: { x: number; y: number }) {
  return (
    <g className="legend" aria-label="Legend" transform={`translate(${x}, ${y})`}>
      {NODE_KINDS.map((kind, i) => {
        const glyph = nodeGlyph({ kind });
        return (
          <g key={kind} className={`node-${kind}`} transform={`translate(${14 + i * 150}, 0)`} data-legend={kind}>
            <path className="body" d={shapePath(glyph.body.shape, glyph.body.size)} />
            <text x={26} y={6} className="legend-label">
              {kind}
            </text>
          </g>
        );
      })}
      {SOURCINGS.map((s, i) => {
        const style = SOURCING_STYLES[s];
        return (
          <g key={s} transform={`translate(${470 + i * ITEM_WIDTH}, 0)`} data-legend={s}>
            <path
              d={shapePath(style.shape, 12)}
              fill={`url(#${patternId(s)})`}
              stroke={style.color}
              strokeWidth={2.5}
              strokeDasharray={style.dashed ? '5 3' : undefined}
            />
            <path className="body" d={shapePath('circle', 5)} />
            <text x={26} y={6} className="legend-label">
              {style.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
