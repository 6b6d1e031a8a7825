// The map's drawn content inside the camera: regions under links under nodes. The links and the
// nodes, thousands on a large map, are drawn outside React (link-layer.ts, node-layer.ts) and
// follow the store themselves; the other layers are React's, memoized on what they draw.
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { monolithRegions } from '../../core/render/regions.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { DataBadges } from '../data/DataBadges.tsx';
import { DataFlowLayer } from '../data/DataFlowLayer.tsx';
import { useMapStore } from '../store/store.ts';
import { Annotations } from './Annotations.tsx';
import { SCALES } from './geometry.ts';
import { attachLinkLayer } from './link-layer.ts';
import { RegionView } from './RegionView.tsx';
import { attachNodeDrag } from './node-drag.ts';
import { attachNodeLayer } from './node-layer.ts';
import { RenamingNode } from './RenamingNode.tsx';

export const MapLayers = memo(function MapLayers({
  nodes,
  annotations,
}: {
  nodes: WardleyMap['nodes'];
  annotations: WardleyMap['annotations'];
}) {
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
      <NodeLayer />
      <RenamingNode />
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

/** The nodes are drawn by node-layer.ts from the store; their pointer drags are handled once, here. */
const NodeLayer = memo(function NodeLayer() {
  const ref = useRef<SVGGElement>(null);
  // A layout effect: the nodes are in the page by the frame that paints the rest of the map.
  useLayoutEffect(() => {
    const layer = ref.current;
    if (!layer) return undefined;
    const detach = [attachNodeLayer(layer), attachNodeDrag(layer)];
    return () => detach.forEach((d) => d());
  }, []);
  return <g ref={ref} className="nodes" />;
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
