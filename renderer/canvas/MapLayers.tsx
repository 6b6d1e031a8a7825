// The map's drawn content inside the camera: regions under links under nodes. Lists are derived
// from the node table; the memoized views skip everything that did not change. The node layer
// keeps its list while ids stay the same (map-structure.ts), so an edit that moves or changes
// nodes re-renders only those nodes' views (through their own subscriptions), not the thousands of
// elements of a large map's lists. Links are drawn outside React (link-layer.ts).
import { memo, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { monolithRegions } from '../../core/render/regions.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { DataBadges } from '../data/DataBadges.tsx';
import { DataFlowLayer } from '../data/DataFlowLayer.tsx';
import { useMapStore } from '../store/store.ts';
import { Annotations } from './Annotations.tsx';
import { SCALES } from './geometry.ts';
import { attachLinkLayer } from './link-layer.ts';
import { mapStructure } from './map-structure.ts';
import { RegionView } from './RegionView.tsx';
import { attachNodeDrag } from './node-drag.ts';
import { NodeView } from './NodeView.tsx';

export const MapLayers = memo(function MapLayers({
  nodes,
  annotations,
}: {
  nodes: WardleyMap['nodes'];
  annotations: WardleyMap['annotations'];
}) {
  const { ids } = mapStructure(nodes);
  // A hugging region costs tens of ms on a map-wide monolith of thousands of nodes: it follows an
  // edit in a deferred render, so a drop paints and the inspector updates first.
  const regionNodes = useDeferredValue(nodes);
  const regions = useMemo(() => monolithRegions({ version: 1, title: '', nodes: regionNodes }, SCALES), [regionNodes]);
  return (
    <>
      <g className="regions">
        {regions.map((r) => (
          <RegionView key={r.id} id={r.id} path={r.path} name={r.name} labelAt={r.labelAt} />
        ))}
      </g>
      <LinkLayer />
      <DataFlowLayer nodes={nodes} />
      <Annotations annotations={annotations} nodes={nodes} />
      <NodeLayer ids={ids} />
      <DataBadges />
      <GestureOverlay />
    </>
  );
});

/** The links are drawn by link-layer.ts from the store, not by React (thousands of them). */
const LinkLayer = memo(function LinkLayer() {
  const ref = useRef<SVGGElement>(null);
  // A layout effect: the links are in the page by the frame that paints the nodes.
  useLayoutEffect(() => (ref.current ? attachLinkLayer(ref.current) : undefined), []);
  return <g ref={ref} className="links" />;
});

const NodeLayer = memo(function NodeLayer({ ids }: { ids: readonly string[] }) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => (ref.current ? attachNodeDrag(ref.current) : undefined), []);
  return (
    <g ref={ref} className="nodes">
      {ids.map((id) => (
        <NodeView key={id} id={id} />
      ))}
    </g>
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
