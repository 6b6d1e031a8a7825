// The map canvas: an SVG whose content React renders and whose camera d3-zoom moves.
// Double-click on empty canvas adds a component; shift-drag selects with a box.
import { memo, useDeferredValue, useEffect, useRef } from 'react';
import type { WardleyMap } from '../../core/model/types.ts';
import { addNodeAt } from '../store/edits.ts';
import { shownMap } from '../store/node-subscriptions.ts';
import { IDLE, useMapStore } from '../store/store.ts';
import { Axes } from './Axes.tsx';
import { attachCamera } from './camera.ts';
import { plotArea } from '../../core/render/frame.ts';
import { FRAME, SCALES, toDrawing } from './geometry.ts';
import { Legend } from './Legend.tsx';
import { MapLayers } from './MapLayers.tsx';
import { MovingLayer } from './MovingLayer.tsx';
import { Patterns } from './Patterns.tsx';
import { boxSelection } from './box-select.ts';
import { attachMapKeyboard } from './map-keyboard.ts';
import { PlanView } from '../plan/PlanLayers.tsx';
import { DiffBadges, DiffGhosts } from '../history/DiffGhosts.tsx';

/**
 * The map on screen. The layers React draws from the whole map (axes, regions, annotations, the
 * diff, the plan) follow an edit in a deferred render: the edited nodes' own views, the links
 * (link-layer.ts) and the inspector update in the edit's task, the rest right after it paints
 * (a drop's, once it has landed: shownMap).
 */
export function Canvas() {
  const map = useDeferredValue(useMapStore(shownMap));
  return map ? <MapCanvas map={map} /> : null;
}

const MapCanvas = memo(function MapCanvas({ map }: { map: WardleyMap }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const view = useMapStore((s) => s.view);
  const planOn = useMapStore((s) => s.ui.plan.on);
  useEffect(() => (svgRef.current ? attachCamera(svgRef.current) : undefined), []);
  useEffect(() => (svgRef.current ? attachMapKeyboard(svgRef.current) : undefined), []);
  // Capture phase: d3-zoom stops the mousedown from bubbling to React once it starts a pan.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return undefined;
    const onMouseDown = (e: MouseEvent) => {
      if (!onEmpty(e.target) || e.button !== 0) return;
      if (e.shiftKey) boxSelection(svg, e);
      else if (useMapStore.getState().selection.ids.size > 0)
        useMapStore.setState({ selection: { ids: new Set() }, gesture: IDLE });
    };
    svg.addEventListener('mousedown', onMouseDown, true);
    return () => svg.removeEventListener('mousedown', onMouseDown, true);
  }, []);

  const onDoubleClick = (e: React.MouseEvent<SVGSVGElement>) => {
    if (!svgRef.current || !onEmpty(e.target)) return;
    const p = toDrawing(svgRef.current, useMapStore.getState().view, e.clientX, e.clientY);
    addNodeAt('component', SCALES.evolutionAt(p.x), SCALES.visibilityAt(p.y));
  };
  // The camera: a pan is a CSS translation, which a layer can follow (styles.css); a zoom a scale.
  const pan = { transform: `translate(${view.x}px, ${view.y}px)` };
  const zoom = `scale(${view.k})`;
  return (
    <div className="canvas-frame">
      <svg
        ref={svgRef}
        className="canvas"
        data-testid="canvas"
        onDoubleClick={onDoubleClick}
        tabIndex={0}
        role="application"
        aria-roledescription="Wardley map"
        aria-label={`${map.title}: arrow keys move between nodes, Enter selects, Escape leaves`}
      >
        <Patterns />
        <g className="camera" style={pan}>
          <g transform={zoom}>
            <Axes stages={map.stages} yAxis={map['x-owm-y-axis']} />
            <DiffGhosts map={map} />
            {planOn ? <PlanView map={map} /> : <MapLayers map={map} />}
            <DiffBadges map={map} />
            <Legend x={plotArea(FRAME).left} y={plotArea(FRAME).bottom + 85} />
          </g>
        </g>
      </svg>
      {!planOn && <MovingLayer />}
    </div>
  );
});

function onEmpty(target: EventTarget | null): boolean {
  return !(target as Element | null)?.closest?.('[data-node-id], [data-link], .legend, foreignObject');
}
