// The map as one keyboard widget: Tab enters it on the node last visited (or the top-left one),
// arrow keys move between nodes by position, Enter selects the node (Shift+Enter or Space adds it
// to the selection), Ctrl+arrows nudge the selection, Escape leaves to the map itself and Tab
// leaves for the panels. Nodes are focusable (tabindex -1) but not Tab stops, so a map of 5,000
// nodes is one stop in the page's Tab order.
import { nodeEntries } from '../../core/model/types.ts';
import type { Point } from '../../core/render/frame.ts';
import { nudgeSelected } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import { SCALES } from './geometry.ts';
import { nearestInDirection, topLeftNode, type Direction } from './nearest-node.ts';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const NUDGE: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, 1], down: [0, -1] };

let lastFocused: string | null = null;
let canvas: SVGSVGElement | null = null;
// A node focused by a click is being worked on with the mouse: there plain arrows nudge the
// selection (the page's shortcut, as the README and `?` say); a node reached with the keyboard
// (Tab, then arrows) moves focus between nodes with them.
let pointerFocus = false;
let pointerPressed = false;

function nodePoints(): Map<string, Point> {
  const map = useMapStore.getState().doc.current?.map;
  const out = new Map<string, Point>();
  if (!map) return out;
  for (const [id, n] of nodeEntries(map)) out.set(id, { x: SCALES.x(n.evolution), y: SCALES.y(n.visibility) });
  return out;
}

function nodeElement(svg: SVGSVGElement, id: string): SVGGElement | null {
  return svg.querySelector<SVGGElement>(`.nodes [data-node-id="${CSS.escape(id)}"]`);
}

/** Moves keyboard focus to node `id` on the canvas (after a rename, a selection from a list…). */
export function focusNode(id: string): boolean {
  const el = canvas ? nodeElement(canvas, id) : null;
  el?.focus();
  return el !== null;
}

function select(id: string, add: boolean): void {
  useMapStore.setState((s) => {
    if (!add) return { selection: { ids: new Set([id]) } };
    const ids = new Set(s.selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { selection: { ids } };
  });
}

function onNodeKey(svg: SVGSVGElement, e: KeyboardEvent, id: string): boolean {
  const direction = ARROWS[e.key];
  const mod = e.ctrlKey || e.metaKey;
  if (direction && mod) {
    const step = e.shiftKey ? 0.05 : 0.01;
    const [de, dv] = NUDGE[direction];
    nudgeSelected(de * step, dv * step);
    return true;
  }
  if (direction && !e.altKey) {
    if (pointerFocus) return false;
    const next = nearestInDirection(nodePoints(), id, direction);
    if (next) nodeElement(svg, next)?.focus();
    return true;
  }
  if (e.key === 'Enter' || e.key === ' ') {
    select(id, e.key === ' ' || e.shiftKey);
    return true;
  }
  if (e.key === 'Escape') {
    // Leaves the nodes for the map; the page's Escape (clear selection, close help, end
    // presentation) still runs.
    svg.focus();
    return false;
  }
  if (e.key === 'Tab' && e.shiftKey) {
    // The map itself comes just before its nodes in Tab order: skip it on the way out.
    svg.tabIndex = -1;
    setTimeout(() => (svg.tabIndex = 0), 0);
  }
  return false;
}

export function attachMapKeyboard(svg: SVGSVGElement): () => void {
  canvas = svg;
  const onFocusIn = (e: FocusEvent) => {
    const id = (e.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id');
    if (id) lastFocused = id;
    pointerFocus = pointerPressed;
    const fromOutside = !(e.relatedTarget instanceof Node && svg.contains(e.relatedTarget));
    if (e.target !== svg || !fromOutside) return;
    const points = nodePoints();
    const target = lastFocused && points.has(lastFocused) ? lastFocused : topLeftNode(points);
    if (target) nodeElement(svg, target)?.focus();
  };
  const onFocusOut = (e: FocusEvent) => {
    const left = e.target as Element;
    // A focused node that disappears (deleted, renamed) hands focus back to the map, not the page.
    requestAnimationFrame(() => {
      if (left.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
      const id = useMapStore.getState().selection.ids.values().next().value;
      if (!(id && focusNode(id))) svg.focus();
    });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const id = (e.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id');
    if (!id || !svg.contains(e.target as Node) || (e.target as Element).tagName === 'INPUT') return;
    if (onNodeKey(svg, e, id)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  const onPointerDown = () => {
    pointerPressed = true;
    pointerFocus = true;
  };
  const onPointerUp = () => void (pointerPressed = false);
  svg.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('pointerup', onPointerUp, true);
  svg.addEventListener('focusin', onFocusIn);
  svg.addEventListener('focusout', onFocusOut);
  svg.addEventListener('keydown', onKeyDown);
  return () => {
    svg.removeEventListener('pointerdown', onPointerDown, true);
    window.removeEventListener('pointerup', onPointerUp, true);
    svg.removeEventListener('focusin', onFocusIn);
    svg.removeEventListener('focusout', onFocusOut);
    svg.removeEventListener('keydown', onKeyDown);
    canvas = null;
  };
}
