// The canvas's nodes, drawn into their layer without React: a component (fiber, hooks,
// subscription) per node made mounting a large map's thousands of nodes most of opening it. Each
// node keeps the shape its React view had: a focusable group `[data-node-id]` (role button, its
// accessible name, pressed when selected) holding its figure (node-markup.ts). The layer draws
// from the store when the node views are woken (node-subscriptions.ts: an edit's changed nodes,
// moved labels, selection, gesture, rename, labels joining after a large map's first paint) and
// touches only the groups whose drawing changed, in place, so focus stays where it is. The groups
// sit in chunks of a hundred that the browser paints apart (layer-chunks.ts).
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import type { PlacedLabel } from '../../core/render/labels.ts';
import { onWake } from '../store/node-subscriptions.ts';
import { useMapStore, type MapStore } from '../store/store.ts';
import { isMoving, shownPosition } from './geometry.ts';
import { labelOf } from './label-layout.ts';
import { labelShown } from './label-reveal.ts';
import { mapStructure } from './map-structure.ts';
import { chunkedGroups, chunkedMarkup, lastChunkRoot, pruneEmptyChunks } from './layer-chunks.ts';
import { attachLinkDrag } from './node-drag.ts';
import { escapedText, nodeFigureParts, type FigureParts } from './node-markup.ts';
import { nodeAccessibleName } from './node-names.ts';

/** What a node's group shows: its attributes and its figure's markup. */
interface Drawing {
  className: string;
  name: string;
  pressed: string;
  figure: FigureParts;
}

function drawingOf(s: MapStore, id: string, node: MapNode, stages: WardleyMap['stages']): Drawing {
  const selected = s.selection.ids.has(id);
  const at = shownPosition(node, null);
  // A large map just opened draws its labels after its first paint (label-reveal.ts).
  const label: PlacedLabel | undefined = labelShown(id) ? labelOf(s, id) : undefined;
  const renaming = s.ui.renaming === id;
  return {
    className: `node node-${node.kind}${selected ? ' selected' : ''}${isMoving(s.gesture, id) ? ' drag-source' : ''}`,
    name: nodeAccessibleName(node, stages),
    pressed: String(selected),
    figure: nodeFigureParts({ node, at, selected, renaming, label }),
  };
}

function groupMarkup(id: string, d: Drawing): string {
  return (
    `<g data-node-id="${escapedText(id)}" class="${d.className}" tabindex="-1" ` +
    `role="button" aria-label="${escapedText(d.name)}" aria-pressed="${d.pressed}">${markupOf(d.figure)}</g>`
  );
}

function markupOf(f: FigureParts): string {
  return f.glyph + f.label + f.over;
}

/** Whether two figures draw the same. */
function sameFigure(a: FigureParts, b: FigureParts): boolean {
  return a.glyph === b.glyph && a.label === b.label && a.over === b.over;
}

/** A group whose label alone changed, and its new label's markup ('' for none). */
interface LabelChange {
  group: Element;
  label: string;
}

/**
 * Labels going in, out or replaced without the rest of their figures (labels joining a large map
 * a slice per frame, labels moved by an edit). Every new label is parsed in one go: a parse per
 * label cost about a millisecond each.
 */
function labelsUpdated(changes: readonly LabelChange[]): void {
  if (changes.length === 0) return;
  const parsed = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  parsed.innerHTML = changes.map((c) => c.label).join('');
  const texts = [...parsed.children];
  let next = 0;
  for (const { group, label } of changes) {
    const was = group.querySelector(':scope > .node-label');
    const text = label ? texts[next++] : undefined;
    if (text) (was ?? group.querySelector(':scope > .body'))?.after(text);
    was?.remove();
  }
}

function updated(group: Element, was: Drawing, d: Drawing, labels: LabelChange[]): void {
  if (was.className !== d.className) group.setAttribute('class', d.className);
  if (was.name !== d.name) group.setAttribute('aria-label', d.name);
  if (was.pressed !== d.pressed) group.setAttribute('aria-pressed', d.pressed);
  if (sameFigure(was.figure, d.figure)) return;
  if (was.figure.glyph === d.figure.glyph && was.figure.over === d.figure.over) {
    labels.push({ group, label: d.figure.label });
  } else group.innerHTML = markupOf(d.figure);
}

/** Draws the store's nodes into `layer` and keeps them current until the returned function is called. */
export function attachNodeLayer(layer: SVGGElement): () => void {
  const drawn = new Map<string, Drawing>();
  // Each node's group by id, read from the layer when first needed after a whole map went in.
  const groups = new Map<string, Element>();
  let indexed = true;
  const handles = new Map<string, () => void>();

  const groupOf = (id: string): Element | undefined => {
    if (!indexed) {
      // The layer's chunks hold the drawn groups in the order they were drawn (drawAll).
      groups.clear();
      const ids = drawn.keys();
      for (const group of chunkedGroups(layer)) groups.set(ids.next().value as string, group);
      indexed = true;
    }
    return groups.get(id);
  };
  // The link handle of a selected node starts a link drag (node-drag.ts).
  const handleOf = (id: string, group: Element | undefined) => {
    handles.get(id)?.();
    handles.delete(id);
    const handle = group?.querySelector<SVGCircleElement>(':scope > .link-handle');
    if (handle) handles.set(id, attachLinkDrag(handle, id));
  };
  const clear = () => {
    for (const detach of handles.values()) detach();
    handles.clear();
    drawn.clear();
    groups.clear();
    layer.replaceChildren();
  };

  /** Every node at once, as one string (a map opened, or one whose nodes are nearly all new). */
  const drawAll = (s: MapStore, nodes: WardleyMap['nodes']) => {
    const focused = focusedId(layer);
    clear();
    const stages = s.doc.current?.map.stages;
    const parts: string[] = [];
    for (const id of mapStructure(nodes).ids) {
      const node = nodes[id];
      if (!node) continue;
      const d = drawingOf(s, id, node, stages);
      drawn.set(id, d);
      parts.push(groupMarkup(id, d));
    }
    layer.insertAdjacentHTML('beforeend', chunkedMarkup(parts));
    indexed = false;
    for (const id of s.selection.ids) if (drawn.has(id)) handleOf(id, groupOf(id));
    if (focused !== null) (groupOf(focused) as SVGGElement | undefined)?.focus({ preventScroll: true });
  };

  /** A node's group drawn where it goes in the table's order: before the next node drawn. */
  const inserted = (id: string, d: Drawing, order: readonly string[]) => {
    const next = order.slice(order.indexOf(id) + 1).find((other) => drawn.has(other) && other !== id);
    const before = next !== undefined ? groupOf(next) : undefined;
    const last = before ? null : lastChunkRoot(layer);
    if (before) before.insertAdjacentHTML('beforebegin', groupMarkup(id, d));
    else last?.insertAdjacentHTML('beforeend', groupMarkup(id, d));
    const group = before ? before.previousElementSibling : last?.lastElementChild;
    if (group && indexed) groups.set(id, group);
    return group ?? undefined;
  };

  const redraw = (s: MapStore, ids: Iterable<string>, nodes: WardleyMap['nodes']) => {
    const stages = s.doc.current?.map.stages;
    const labels: LabelChange[] = [];
    for (const id of ids) {
      const node = Object.hasOwn(nodes, id) ? nodes[id] : undefined;
      const was = drawn.get(id);
      if (!node) {
        if (was) remove(id);
        continue;
      }
      const d = drawingOf(s, id, node, stages);
      const group = was ? groupOf(id) : inserted(id, d, mapStructure(nodes).ids);
      if (was && group) updated(group, was, d, labels);
      drawn.set(id, d);
      if (!was || was.figure.over !== d.figure.over) handleOf(id, group);
    }
    labelsUpdated(labels);
  };

  const remove = (id: string) => {
    handles.get(id)?.();
    handles.delete(id);
    groupOf(id)?.remove();
    pruneEmptyChunks(layer);
    groups.delete(id);
    drawn.delete(id);
  };

  const sync = (ids: Iterable<string> | 'all') => {
    const s = useMapStore.getState();
    const nodes = s.doc.current?.map.nodes;
    if (!nodes) return clear();
    if (ids !== 'all') return redraw(s, ids, nodes);
    const order = mapStructure(nodes).ids;
    // Nearly every node new (another map): one string; otherwise only what changed, in place.
    const kept = order.filter((id) => drawn.has(id)).length;
    if (kept < order.length / 2) return drawAll(s, nodes);
    redraw(s, [...order, ...[...drawn.keys()].filter((id) => !Object.hasOwn(nodes, id))], nodes);
  };

  const onDoubleClick = (e: MouseEvent) => {
    const target = e.target as Element | null;
    if (target instanceof HTMLInputElement) return;
    const id = target?.closest?.('[data-node-id]')?.getAttribute('data-node-id');
    if (id) useMapStore.setState((s) => ({ ui: { ...s.ui, renaming: id } }));
  };
  layer.addEventListener('dblclick', onDoubleClick);
  sync('all');
  const stop = onWake(sync);
  return () => {
    stop();
    layer.removeEventListener('dblclick', onDoubleClick);
    clear();
  };
}

function focusedId(layer: Element): string | null {
  const active = document.activeElement;
  return active && layer.contains(active)
    ? (active.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null)
    : null;
}
