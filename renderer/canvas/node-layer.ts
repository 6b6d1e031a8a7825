// The canvas's nodes, drawn into their layer without React: a component (fiber, hooks,
// subscription) per node made mounting a large map's thousands of nodes most of opening it. Each
// node keeps the shape its React view had: a focusable group `[data-node-id]` (role button, its
// accessible name, pressed when selected) holding its figure (node-markup.ts, node-groups.ts). The
// layer draws from the store when the node views are woken (node-subscriptions.ts: an edit's
// changed nodes, moved labels, selection, gesture, rename, labels joining after a large map's
// first paint) and touches only the groups whose drawing changed, in place, so focus stays where
// it is. The groups sit in chunks of a hundred that the browser paints apart (layer-chunks.ts).
// Hundreds of new nodes at once in a map already drawn (a paste, its redo) are drawn a chunk at a
// time (draw-later.ts).
import { hasNode, nodeOf } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { onWake } from '../store/node-subscriptions.ts';
import { useMapStore, type MapStore } from '../store/store.ts';
import { anyInView, laterChunks, type LaterChunks } from './draw-later.ts';
import { mapStructure } from './map-structure.ts';
import { CHUNK_SIZE, lastChunkRoot, pruneEmptyChunks } from './layer-chunks.ts';
import { attachLinkDrag } from './node-drag.ts';
import {
  drawingOf,
  focusedId,
  groupIn,
  groupMarkup,
  labelsUpdated,
  undrawnTail,
  updated,
  type Drawing,
  type LabelChange,
} from './node-groups.ts';

/** New nodes drawn a chunk at a time from this many on; fewer are drawn in the change's own task. */
export const LATER_FROM = 2 * CHUNK_SIZE;

/** The layer's groups and what each was drawn as, kept current with the store by `sync`. */
class NodeLayer {
  private readonly drawn = new Map<string, Drawing>();
  /** The link handle's drag of each selected node (node-drag.ts). */
  private readonly handles = new Map<string, () => void>();
  /** The node focused when the layer was last cleared, focused again once drawn. */
  private refocus: string | null = null;
  private readonly later: LaterChunks<string>;

  constructor(private readonly layer: SVGGElement) {
    this.later = laterChunks<string>((root, ids) => this.fill(root, ids));
  }

  /** Draws the nodes `ids` changed (or every node) as the store has them now. */
  sync(ids: Iterable<string> | 'all'): void {
    const s = useMapStore.getState();
    const map = s.doc.current?.map;
    if (!map) return this.clear();
    if (ids !== 'all') return this.redraw(s, ids, map);
    const order = mapStructure(map).ids;
    // Nearly every node new (another map): one string; otherwise only what changed, in place.
    const kept = order.filter((id) => this.drawn.has(id) || this.later.has(id)).length;
    if (kept < order.length / 2) return this.drawAll(map);
    const gone = [...this.drawn.keys()].filter((id) => !hasNode(map, id));
    this.redraw(s, [...order, ...gone], map);
  }

  clear(): void {
    for (const detach of this.handles.values()) detach();
    this.handles.clear();
    this.drawn.clear();
    this.later.clear();
    this.layer.replaceChildren();
  }

  private groupOf(id: string): Element | undefined {
    return groupIn(this.layer, id);
  }

  /** The link handle of a selected node starts a link drag (node-drag.ts). */
  private handleOf(id: string, group: Element | undefined): void {
    this.handles.get(id)?.();
    this.handles.delete(id);
    const handle = group?.querySelector<SVGCircleElement>(':scope > .link-handle');
    if (handle) this.handles.set(id, attachLinkDrag(handle, id));
  }

  /** A chunk's nodes, still waiting, drawn as the store has them now, as one string. */
  private fill(root: Element, ids: readonly string[]): void {
    const s = useMapStore.getState();
    const map = s.doc.current?.map;
    const stages = map?.stages;
    const parts: string[] = [];
    for (const id of ids) {
      const node = map ? nodeOf(map, id) : undefined;
      if (!node) continue;
      const d = drawingOf(s, id, node, stages);
      this.drawn.set(id, d);
      parts.push(groupMarkup(id, d));
    }
    root.insertAdjacentHTML('beforeend', parts.join(''));
    for (const id of ids) if (s.selection.ids.has(id) && this.drawn.has(id)) this.handleOf(id, this.groupOf(id));
    if (this.refocus !== null && ids.includes(this.refocus)) {
      (this.groupOf(this.refocus) as SVGGElement | undefined)?.focus({ preventScroll: true });
      this.refocus = null;
    }
  }

  /**
   * Every node anew, in the change's own task (a map opened, or one whose nodes are nearly all
   * new): the chunks' frames cost a large map's opening twice the time in all (draw-later.ts).
   */
  private drawAll(map: WardleyMap): void {
    this.refocus = focusedId(this.layer);
    this.clear();
    this.later.append(this.layer, mapStructure(map).ids, CHUNK_SIZE, () => true);
    this.later.finish();
  }

  /** Drawn nodes brought up to date, gone ones removed, new ones drawn. */
  private redraw(s: MapStore, ids: Iterable<string>, map: WardleyMap): void {
    const stages = map.stages;
    const labels: LabelChange[] = [];
    const added: string[] = [];
    let removed = false;
    for (const id of ids) {
      const node = nodeOf(map, id);
      const was = this.drawn.get(id);
      // A node waiting in a chunk is drawn as it then is; one removed meanwhile, not at all.
      if (this.later.has(id)) {
        if (!node) this.later.forget(id);
      } else if (!node) {
        if (was) removed = this.remove(id);
      } else if (!was) added.push(id);
      else this.update(id, was, drawingOf(s, id, node, stages), labels);
    }
    labelsUpdated(labels);
    if (removed) pruneEmptyChunks(this.layer, this.later.roots);
    if (added.length > 0) this.drawNew(s, added, map);
  }

  private update(id: string, was: Drawing, d: Drawing, labels: LabelChange[]): void {
    const group = this.groupOf(id);
    if (group) updated(group, was, d, labels);
    this.drawn.set(id, d);
    if (was.figure.over !== d.figure.over) this.handleOf(id, group);
  }

  private remove(id: string): true {
    this.handles.get(id)?.();
    this.handles.delete(id);
    this.groupOf(id)?.remove();
    this.drawn.delete(id);
    return true;
  }

  /** Nodes not drawn yet: many after every drawn one in chunks of their own, later; others in place now. */
  private drawNew(s: MapStore, ids: readonly string[], map: WardleyMap): void {
    const order = mapStructure(map).ids;
    if (ids.length >= LATER_FROM) {
      const tail = undrawnTail(order, (id) => this.drawn.has(id) || this.later.has(id));
      const after = new Set(tail);
      if (ids.every((id) => after.has(id))) {
        this.later.append(this.layer, tail, CHUNK_SIZE, (chunk) => anyInView(chunk, map));
        return;
      }
    }
    // In place among the others: those still waiting go in first, so each finds its place.
    this.later.finish();
    const stages = map.stages;
    for (const id of ids) {
      const node = nodeOf(map, id);
      if (!node || this.drawn.has(id)) continue;
      const d = drawingOf(s, id, node, stages);
      const group = this.inserted(id, d, order);
      this.drawn.set(id, d);
      this.handleOf(id, group);
    }
  }

  /** A node's group drawn where it goes in the table's order: before the next node drawn. */
  private inserted(id: string, d: Drawing, order: readonly string[]): Element | undefined {
    const next = order.slice(order.indexOf(id) + 1).find((other) => this.drawn.has(other) && other !== id);
    const before = next !== undefined ? this.groupOf(next) : undefined;
    const last = before ? null : lastChunkRoot(this.layer);
    if (before) before.insertAdjacentHTML('beforebegin', groupMarkup(id, d));
    else last?.insertAdjacentHTML('beforeend', groupMarkup(id, d));
    return (before ? before.previousElementSibling : last?.lastElementChild) ?? undefined;
  }
}

/** Draws the store's nodes into `layer` and keeps them current until the returned function is called. */
export function attachNodeLayer(layer: SVGGElement): () => void {
  const nodes = new NodeLayer(layer);
  const onDoubleClick = (e: MouseEvent) => {
    const target = e.target as Element | null;
    if (target instanceof HTMLInputElement) return;
    const id = target?.closest?.('[data-node-id]')?.getAttribute('data-node-id');
    if (id) useMapStore.setState((s) => ({ ui: { ...s.ui, renaming: id } }));
  };
  layer.addEventListener('dblclick', onDoubleClick);
  nodes.sync('all');
  const stop = onWake((ids) => nodes.sync(ids));
  return () => {
    stop();
    layer.removeEventListener('dblclick', onDoubleClick);
    nodes.clear();
  };
}
