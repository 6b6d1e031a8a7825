// The data view's layer: every `uses` edge that carries sensitive data, drawn over the plain links
// with the classes it carries at its middle; the group's label says how many there are.
import { useMemo } from 'react';
import { dataFlows } from '../../core/compliance/flows.ts';
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { trimmedSegment } from '../../core/render/links.ts';
import { nodeOf, nodeTableKey } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { shownPosition } from '../canvas/geometry.ts';
import { useDataView } from './data-view.ts';

// Flows by the maps' node tables (nodeTableKey): read through the table, not the `nodes` record.
const flowsByTable = new WeakMap<object, ReturnType<typeof dataFlows>>();

function flowsOf(map: WardleyMap): ReturnType<typeof dataFlows> {
  const key = nodeTableKey(map);
  const known = flowsByTable.get(key);
  if (known) return known;
  const flows = dataFlows(map);
  flowsByTable.set(key, flows);
  return flows;
}

export function DataFlowLayer({ map }: { map: WardleyMap }) {
  const on = useDataView((s) => s.on);
  const flows = useMemo(() => (on ? flowsOf(map) : []), [on, map]);
  if (!on) return null;
  return (
    <g className="data-flows" aria-label={`Data view: ${flows.length} flows carry sensitive data`}>
      {flows.map((flow) => {
        const a = nodeOf(map, flow.from);
        const b = nodeOf(map, flow.to);
        if (!a || !b) return null;
        const s = trimmedSegment(
          shownPosition(a, null),
          shownPosition(b, null),
          nodeGlyph(a).radius,
          nodeGlyph(b).radius,
        );
        const label = flow.classes.map((c) => c.toUpperCase()).join('·');
        return (
          <g key={`${flow.from}->${flow.to}`} className="data-flow" data-flow={`${flow.from}->${flow.to}`}>
            <line {...s} />
            <text x={(s.x1 + s.x2) / 2} y={(s.y1 + s.y2) / 2 - 4} textAnchor="middle">
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
