// The map's drawn content inside the camera: regions under links under nodes. Lists are derived
// from the node table with useMemo; the memoized views skip everything that did not change.
import { memo, useMemo } from 'react';
import { monolithRegions } from '../../core/render/regions.ts';
import { nodeEntries, type WardleyMap } from '../../core/model/types.ts';
import { DataBadges } from '../data/DataBadges.tsx';
import { DataFlowLayer } from '../data/DataFlowLayer.tsx';
import { useMapStore } from '../store/store.ts';
import { Annotations } from './Annotations.tsx';
import { SCALES } from './geometry.ts';
import { LinkView } from './LinkView.tsx';
import { RegionView } from './RegionView.tsx';
import { NodeView } from './NodeView.tsx';

export const MapLayers = memo(function MapLayers({
  nodes,
  annotations,
}: {
  nodes: WardleyMap['nodes'];
  annotations: WardleyMap['annotations'];
}) {
  const ids = useMemo(() => Object.keys(nodes), [nodes]);
  const links = useMemo(() => {
    const table: WardleyMap = { version: 1, title: '', nodes };
    return nodeEntries(table).flatMap(([id, n]) => (n.uses ?? []).map((to) => [id, to] as const));
  }, [nodes]);
  const regions = useMemo(() => monolithRegions({ version: 1, title: '', nodes }, SCALES), [nodes]);
  return (
    <>
      <g className="regions">
        {regions.map((r) => (
          <RegionView key={r.id} id={r.id} path={r.path} name={r.name} labelAt={r.labelAt} />
        ))}
      </g>
      <g className="links">
        {links.map(([from, to]) => (
          <LinkView key={`${from}->${to}`} from={from} to={to} />
        ))}
      </g>
      <DataFlowLayer nodes={nodes} />
      <Annotations annotations={annotations} nodes={nodes} />
      <g className="nodes">
        {ids.map((id) => (
          <NodeView key={id} id={id} />
        ))}
      </g>
      <DataBadges nodes={nodes} />
      <GestureOverlay />
    </>
  );
});

function GestureOverlay() {
  const gesture = useMapStore((s) => s.gesture);
  const fromNode = useMapStore((s) =>
    s.gesture.kind === 'link' ? s.doc.current?.map.nodes[s.gesture.from] : undefined,
  );
  if (gesture.kind === 'box') {
    const x = Math.min(gesture.x0, gesture.x1);
    const y = Math.min(gesture.y0, gesture.y1);
    return (
      <rect
        className="box-select"
        x={x}
        y={y}
        width={Math.abs(gesture.x1 - gesture.x0)}
        height={Math.abs(gesture.y1 - gesture.y0)}
      />
    );
  }
  if (gesture.kind === 'link' && fromNode) {
    return (
      <line
        className="link-ghost"
        x1={SCALES.x(fromNode.evolution)}
        y1={SCALES.y(fromNode.visibility)}
        x2={gesture.x}
        y2={gesture.y}
      />
    );
  }
  return null;
}
