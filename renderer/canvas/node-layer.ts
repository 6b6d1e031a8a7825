// The canvas's nodes, drawn into their layer without React: a component (fiber, hooks,
// subscription) per node made mounting a large map's thousands of nodes most of opening it. Each
// node keeps the shape its React view had: a focusable group `[data-node-id]` (role button, its
// accessible name, pressed when selected) holding its figure (node-markup.ts). The layer draws
// from the store when the node views are woken (node-subscriptions.ts: an edit's changed nodes,
// moved labels, selection, gesture, rename, labels joining after a large map's first paint) and
// touches only the groups whose drawing changed, in place, so focus stays where it is. The groups
// sit in chunks of a hundred that the browser paints apart (layer-chunks.ts). Hundreds of new
// nodes at once in a map already drawn (a paste, its redo) are drawn a chunk at a time
// (draw-later.ts).
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import type { PlacedLabel } from '../../core/render/labels.ts';
import { onWake } from '../store/node-subscriptions.ts';
import { useMapStore, type MapStore } from '../store/store.ts';
import { anyInView, laterChunks } from './draw-later.ts';
import { isMoving, shownPosition } from './geometry.ts';
import { labelOf } from './label-layout.ts';
import { labelShown } from './label-reveal.ts';
import { mapStructure } from './map-structure.ts';
import { CHUNK_SIZE, chunkedGroups, lastChunkRoot, pruneEmptyChunks } from './layer-chunks.ts';
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

/** New nodes drawn a chunk at a time from this many on; fewer are drawn in the change's own task. */
export const LATER_FROM = 2 * CHUNK_SIZE;

/** The ids at the end of the table's order that have no group yet (nor one waiting to be drawn). */
function undrawnTail(order: readonly string[], drawnOrWaiting: (id: string) => boolean): string[] {
  let from = order.length;
  while (from > 0 && !drawnOrWaiting(order[from - 1] as string)) from -= 1;
  return order.slice(from);
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
      groups.clear();
      for (const group of chunkedGroups(layer)) {
        const key = group.getAttribute('data-node-id');
        if (key !== null) groups.set(key, group);
      }
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
  // The node focused when the layer was last cleared, focused again once drawn.
  let refocus: string | null = null;
  /** A chunk's nodes, still waiting, drawn as the store has them now, as one string. */
  const fill = (root: Element, ids: readonly string[]) => {
    const s = useMapStore.getState();
    const nodes = s.doc.current?.map.nodes ?? {};
    const stages = s.doc.current?.map.stages;
    const parts: string[] = [];
    for (const id of ids) {
      const node = Object.hasOwn(nodes, id) ? nodes[id] : undefined;
      if (!node) continue;
      const d = drawingOf(s, id, node, stages);
      drawn.set(id, d);
      parts.push(groupMarkup(id, d));
    }
    root.insertAdjacentHTML('beforeend', parts.join(''));
    indexed = false;
    for (const id of ids) if (s.selection.ids.has(id) && drawn.has(id)) handleOf(id, groupOf(id));
    if (refocus !== null && ids.includes(refocus)) {
      (groupOf(refocus) as SVGGElement | undefined)?.focus({ preventScroll: true });
      refocus = null;
    }
  };
  const later = laterChunks<string>(fill);

  const clear = () => {
    for (const detach of handles.values()) detach();
    handles.clear();
    drawn.clear();
    groups.clear();
    later.clear();
    layer.replaceChildren();
  };

  /** New nodes after every drawn one: in chunks of their own, drawn a chunk at a time (draw-later.ts). */
  const appendLater = (ids: readonly string[], nodes: WardleyMap['nodes']) => {
    later.append(layer, ids, CHUNK_SIZE, (chunk) => anyInView(chunk, nodes));
  };

  /**
   * Every node anew, in the change's own task (a map opened, or one whose nodes are nearly all
   * new): the chunks' frames cost a large map's opening twice the time in all (draw-later.ts).
   */
  const drawAll = (nodes: WardleyMap['nodes']) => {
    refocus = focusedId(layer);
    clear();
    later.append(layer, mapStructure(nodes).ids, CHUNK_SIZE, () => true);
    later.finish();
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

  /** Nodes not drawn yet: many after every drawn one in chunks of their own, later; others in place now. */
  const drawNew = (s: MapStore, ids: readonly string[], nodes: WardleyMap['nodes']) => {
    const order = mapStructure(nodes).ids;
    if (ids.length >= LATER_FROM) {
      const tail = undrawnTail(order, (id) => drawn.has(id) || later.has(id));
      const after = new Set(tail);
      if (ids.every((id) => after.has(id))) return appendLater(tail, nodes);
    }
    // In place among the others: those still waiting go in first, so each finds its place.
    later.finish();
    const stages = s.doc.current?.map.stages;
    for (const id of ids) {
      const node = nodes[id];
      if (!node || drawn.has(id)) continue;
      const d = drawingOf(s, id, node, stages);
      const group = inserted(id, d, order);
      drawn.set(id, d);
      handleOf(id, group);
    }
  };

  const redraw = (s: MapStore, ids: Iterable<string>, nodes: WardleyMap['nodes']) => {
    const stages = s.doc.current?.map.stages;
    const labels: LabelChange[] = [];
    const added: string[] = [];
    let removed = false;
    for (const id of ids) {
      const node = Object.hasOwn(nodes, id) ? nodes[id] : undefined;
      const was = drawn.get(id);
      // A node waiting in a chunk is drawn as it then is; one removed meanwhile, not at all.
      if (later.has(id)) {
        if (!node) later.forget(id);
        continue;
      }
      if (!node) {
        if (was) removed = remove(id);
        continue;
      }
      if (!was) {
        added.push(id);
        continue;
      }
      const d = drawingOf(s, id, node, stages);
      const group = groupOf(id);
      if (group) updated(group, was, d, labels);
      drawn.set(id, d);
      if (was.figure.over !== d.figure.over) handleOf(id, group);
    }
    labelsUpdated(labels);
    if (removed) pruneEmptyChunks(layer, later.roots);
    if (added.length > 0) drawNew(s, added, nodes);
  };

  const remove = (id: string): true => {
    handles.get(id)?.();
    handles.delete(id);
    groupOf(id)?.remove();
    groups.delete(id);
    drawn.delete(id);
    return true;
  };

  const sync = (ids: Iterable<string> | 'all') => {
    const s = useMapStore.getState();
    const nodes = s.doc.current?.map.nodes;
    if (!nodes) return clear();
    if (ids !== 'all') return redraw(s, ids, nodes);
    const order = mapStructure(nodes).ids;
    // Nearly every node new (another map): one string; otherwise only what changed, in place.
    const kept = order.filter((id) => drawn.has(id) || later.has(id)).length;
    if (kept < order.length / 2) return drawAll(nodes);
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
