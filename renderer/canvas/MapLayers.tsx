// The map's drawn content inside the camera: regions under links under nodes. The links and the
// nodes, thousands on a large map, are drawn outside React (link-layer.ts, node-layer.ts) and
// follow the store themselves; the other layers are React's, memoized on what they draw.
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { nodeOf, nodeTableKey } from '../../core/model/node-table.ts';
import { monolithRegions, type MonolithRegion } from '../../core/render/regions.ts';
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

// Regions by the maps' node tables (nodeTableKey): read through the table, not the `nodes` record.
const regionsByTable = new WeakMap<object, MonolithRegion[]>();

function regionsOf(map: WardleyMap): MonolithRegion[] {
  const key = nodeTableKey(map);
  const known = regionsByTable.get(key);
  if (known) return known;
  const regions = monolithRegions(map, SCALES);
  regionsByTable.set(key, regions);
  return regions;
}

/** The map is read through its node table (core/model/node-table.ts), never its `nodes` record. */
export const MapLayers = memo(function MapLayers({ map }: { map: WardleyMap }) {
  // A hugging region costs tens of ms on a map-wide monolith of thousands of nodes: it follows an
  // edit in a deferred render, so a drop paints and the inspector updates first.
  const regionMap = useDeferredValue(map);
  const regions = useMemo(() => regionsOf(regionMap), [regionMap]);
  return (
    <>
      <g className="regions">
        {regions.map((r) => (
          <RegionView key={r.id} id={r.id} path={r.path} name={r.name} labelAt={r.labelAt} />
        ))}
      </g>
      <LinkLayer />
      <DataFlowLayer map={map} />
      <Annotations annotations={map.annotations} map={map} />
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
    s.gesture.kind === 'link' && s.doc.current ? nodeOf(s.doc.current.map, s.gesture.from) : undefined,
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
