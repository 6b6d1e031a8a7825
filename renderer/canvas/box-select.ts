// Box selection: shift-drag on empty canvas selects every node whose centre falls in the box.
import type { WardleyMap } from '../../core/model/types.ts';
import { nodeEntries } from '../../core/model/types.ts';
import { IDLE, useMapStore } from '../store/store.ts';
import { SCALES, toDrawing } from './geometry.ts';

export function nodesInBox(map: WardleyMap, box: { x0: number; y0: number; x1: number; y1: number }): string[] {
  const [left, right] = [Math.min(box.x0, box.x1), Math.max(box.x0, box.x1)];
  const [top, bottom] = [Math.min(box.y0, box.y1), Math.max(box.y0, box.y1)];
  return nodeEntries(map)
    .filter(([, n]) => {
      const x = SCALES.x(n.evolution);
      const y = SCALES.y(n.visibility);
      return x >= left && x <= right && y >= top && y <= bottom;
    })
    .map(([id]) => id);
}

export function boxSelection(svg: SVGSVGElement, down: MouseEvent): void {
  const view = useMapStore.getState().view;
  const start = toDrawing(svg, view, down.clientX, down.clientY);
  const before = useMapStore.getState().selection.ids;
  const onMove = (e: MouseEvent) => {
    const p = toDrawing(svg, view, e.clientX, e.clientY);
    useMapStore.setState({ gesture: { kind: 'box', x0: start.x, y0: start.y, x1: p.x, y1: p.y } });
  };
  const onUp = () => {
    window.removeEventListener('mousemove', onMove);
    window.removeEventListener('mouseup', onUp);
    const { gesture, doc } = useMapStore.getState();
    if (gesture.kind === 'box' && doc.current) {
      const inside = nodesInBox(doc.current.map, gesture);
      useMapStore.setState({ selection: { ids: new Set([...before, ...inside]) }, gesture: IDLE });
    } else {
      useMapStore.setState({ gesture: IDLE });
    }
  };
  window.addEventListener('mousemove', onMove);
  window.addEventListener('mouseup', onUp);
}
