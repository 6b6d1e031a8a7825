// The badges of every component holding sensitive data, in a layer over the nodes rather than
// inside each node's button: a screen reader hears the data in the node's name (data-words.ts),
// and a button's visible text must stay within its name. Badges follow a drag in progress, and
// read the live nodes (not the canvas's deferred map) so a dropped node's badge stays with it.
import { useMemo } from 'react';
import { holdsSensitiveData } from '../../core/compliance/classes.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { isMoving, shownPosition } from '../canvas/geometry.ts';
import { useMapStore } from '../store/store.ts';
import { DataBadge } from './DataBadge.tsx';

const NO_NODES: WardleyMap['nodes'] = {};

export function DataBadges() {
  const nodes = useMapStore((s) => s.doc.current?.map.nodes ?? NO_NODES);
  // Walked without building a pair per node: on a 2,000-node map this runs after every edit.
  const holders = useMemo(() => {
    const found: (readonly [string, MapNode])[] = [];
    for (const id in nodes) {
      const n = nodes[id];
      if (n && holdsSensitiveData(n)) found.push([id, n]);
    }
    return found;
  }, [nodes]);
  const gesture = useMapStore((s) => (holders.some(([id]) => isMoving(s.gesture, id)) ? s.gesture : null));
  return (
    <g className="data-badges" aria-hidden="true">
      {holders.map(([id, node]) => {
        const move = gesture?.kind === 'move' && isMoving(gesture, id) ? gesture : null;
        const at = shownPosition(node, move);
        return (
          <g key={id} data-badge-of={id} transform={`translate(${at.x},${at.y})`}>
            <DataBadge node={node} radius={nodeGlyph(node).radius} />
          </g>
        );
      })}
    </g>
  );
}
