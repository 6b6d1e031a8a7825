// Everyone else's pointer and selection, drawn over the canvas in their colour. An overlay of its
// own (pointer events pass through), placed with the canvas's camera, so the map layers stay as
// they are and presence never re-renders a node.
import { useEffect, useState } from 'react';
import type { Awareness } from '../../core/live/protocol.ts';
import { SCALES, toDrawing } from '../canvas/geometry.ts';
import { useMapStore } from '../store/store.ts';
import { publishPointer, usePresence, type Peer } from './presence.ts';

function canvasSvg(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>('svg[data-testid="canvas"]');
}

export function PresenceOverlay({ awareness }: { awareness: Awareness }) {
  const peers = usePresence((s) => s.peers);
  const view = useMapStore((s) => s.view);
  const nodes = useMapStore((s) => s.doc.current?.map.nodes);
  const rect = useCanvasRect();
  usePointerPublishing(awareness);
  if (!rect || !nodes) return null;
  const screen = (evolution: number, visibility: number) => ({
    x: view.x + SCALES.x(evolution) * view.k,
    y: view.y + SCALES.y(visibility) * view.k,
  });
  return (
    <svg
      className="presence-overlay"
      data-testid="presence"
      style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
    >
      {peers.map((peer) => (
        <g key={peer.client} data-peer={peer.name}>
          {peer.selection.map((id) => {
            const node = Object.hasOwn(nodes, id) ? nodes[id] : undefined;
            if (!node) return null;
            const at = screen(node.evolution, node.visibility);
            return (
              <circle key={id} cx={at.x} cy={at.y} r={16 * view.k} stroke={peer.colour} className="peer-selection" />
            );
          })}
          {peer.pointer && <PeerPointer peer={peer} at={screen(peer.pointer.evolution, peer.pointer.visibility)} />}
        </g>
      ))}
    </svg>
  );
}

function PeerPointer({ peer, at }: { peer: Peer; at: { x: number; y: number } }) {
  return (
    <g transform={`translate(${at.x},${at.y})`} className="peer-pointer">
      <path d="M0,0 L0,16 L4.5,12 L8,19 L10.5,18 L7,11 L12,11 Z" fill={peer.colour} />
      <text x={14} y={24} fill={peer.colour}>
        {peer.name}
      </text>
    </g>
  );
}

function useCanvasRect(): DOMRect | null {
  const [rect, setRect] = useState<DOMRect | null>(null);
  useEffect(() => {
    const measure = () => setRect(canvasSvg()?.getBoundingClientRect() ?? null);
    measure();
    const timer = setInterval(measure, 1000);
    window.addEventListener('resize', measure);
    return () => {
      clearInterval(timer);
      window.removeEventListener('resize', measure);
    };
  }, []);
  return rect;
}

// At most every 50 ms: enough to follow a pointer, few enough messages for the host's rate limit.
function usePointerPublishing(awareness: Awareness): void {
  useEffect(() => {
    let last = 0;
    const onMove = (e: PointerEvent) => {
      const svg = canvasSvg();
      if (!svg || e.timeStamp - last < 50) return;
      last = e.timeStamp;
      const p = toDrawing(svg, useMapStore.getState().view, e.clientX, e.clientY);
      const evolution = SCALES.evolutionAt(p.x);
      const visibility = SCALES.visibilityAt(p.y);
      const inside = evolution >= 0 && evolution <= 1 && visibility >= 0 && visibility <= 1;
      publishPointer(awareness, inside ? { evolution, visibility } : null);
    };
    window.addEventListener('pointermove', onMove);
    return () => window.removeEventListener('pointermove', onMove);
  }, [awareness]);
}
