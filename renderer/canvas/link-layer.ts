// The canvas's `uses` links, drawn into their layer without React: a large map has thousands of
// links, and a component (fiber, props, subscription) per link cost a good part of opening one.
// The layer listens to the store itself and redraws only the links whose end nodes an update
// changed (link-changes.ts), in the same task as the update, so a link never lags its nodes. Each
// link keeps the shape the React view had: a group `[data-link="from->to"]` holding a wide hit
// line (not painted) and the visible line with its arrowhead. While an end is dragged the link
// steps aside (`drag-source`) and the moving layer draws it. Double-click on a link unlinks. The
// groups sit in chunks the browser paints apart (layer-chunks.ts); hundreds of new links at once
// in a map already drawn (a paste, its redo) are drawn a chunk at a time (draw-later.ts).
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { trimmedSegment, type Segment } from '../../core/render/links.ts';
import { nodeOf, nodeTableKey } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { unlinkNodes } from '../store/edits.ts';
import { useMapStore, type MapStore } from '../store/store.ts';
import { isLanding, shownPosition } from './geometry.ts';
import { anyInView, laterChunks } from './draw-later.ts';
import { appendChunked, CHUNK_SIZE, pruneEmptyChunks } from './layer-chunks.ts';
import { linkChanges, linkKey, linksByNode, linksTouching, type Link } from './link-changes.ts';
import { mapStructure, type MapStructure } from './map-structure.ts';

const NONE: ReadonlySet<string> = new Set();

/** New links drawn a chunk at a time from this many on; fewer are drawn in the change's own task. */
const LATER_FROM = 2 * CHUNK_SIZE;

/** The map whose links are drawn, read through its node table (`key`, nodeTableKey), never its record. */
interface Drawn {
  map: WardleyMap;
  key: object;
  links: MapStructure['links'];
}

function className(link: Link, moving: ReadonlySet<string>): string {
  return moving.has(link[0]) || moving.has(link[1]) ? 'link drag-source' : 'link';
}

function attributeOf(link: Link): string {
  return `${link[0]}->${link[1]}`;
}

function segmentOf(link: Link, map: WardleyMap): Segment | null {
  const a = nodeOf(map, link[0]);
  const b = nodeOf(map, link[1]);
  if (!a || !b) return null;
  return trimmedSegment(shownPosition(a, null), shownPosition(b, null), nodeGlyph(a).radius, nodeGlyph(b).radius);
}

function escaped(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page id of a link's group: the layer finds a group through the document's id index. Reading
 * every group's `data-link` back into an index of its own after a whole map went in cost several
 * milliseconds in the first move of a drag at 2,000 nodes.
 */
function groupId(link: Link): string {
  return `link-group:${attributeOf(link)}`;
}

/**
 * One link's markup. New links go into the layer as one string: the browser's parser builds a
 * large map's thousands of elements far quicker than as many DOM calls from script.
 */
function markup(link: Link, map: WardleyMap, moving: ReadonlySet<string>): string {
  const s = segmentOf(link, map);
  // A link to a node not in the map (yet) is not drawn, as the React view drew none.
  const at = s ? `x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}"` : '';
  const hidden = s ? '' : ' display="none"';
  // The arrowhead points at the node used, so a cycle or an upward link shows.
  return (
    `<g id="${escaped(groupId(link))}" data-link="${escaped(attributeOf(link))}" class="${className(link, moving)}"${hidden}>` +
    `<line class="link-hit" ${at}/><line class="link-line" ${at} marker-end="url(#arrow-uses)"/></g>`
  );
}

function place(group: Element, s: Segment | null): void {
  if (!s) return group.setAttribute('display', 'none');
  group.removeAttribute('display');
  for (const el of group.children) {
    el.setAttribute('x1', String(s.x1));
    el.setAttribute('y1', String(s.y1));
    el.setAttribute('x2', String(s.x2));
    el.setAttribute('y2', String(s.y2));
  }
}

/**
 * The index of a whole map's links by node (link-changes.ts), built while the page is idle after
 * they went in: built on first use, it was 2-4 ms of the first move of a drag at 2,000 nodes.
 */
function indexWhenIdle(links: MapStructure['links']): void {
  const build = () => void linksByNode(links);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(build);
  else setTimeout(build, 0);
}

/** Draws the store's links into `layer` and keeps them current until the returned function is called. */
export function attachLinkLayer(layer: SVGGElement): () => void {
  let drawn: Drawn | null = null;
  let moving = NONE;

  const groupOf = (link: Link): Element | undefined => {
    const group = layer.ownerDocument.getElementById(groupId(link));
    return group && layer.contains(group) ? group : undefined;
  };

  // Links waiting in a chunk (draw-later.ts), drawn with the nodes and the drag as they then are.
  // Each by its key (link-changes.ts), as an update may bring the same link in another array.
  const later = laterChunks<string>((root, keys) => {
    if (!drawn) return;
    const { map } = drawn;
    const links = keys.map((key) => key.split('\u0000') as unknown as Link);
    root.insertAdjacentHTML('beforeend', links.map((link) => markup(link, map, moving)).join(''));
  });

  const added = (links: readonly Link[], next: Drawn, nextMoving: ReadonlySet<string>, all: boolean) => {
    // A whole map's links go in at once, as its nodes do (node-layer.ts drawAll).
    if (links.length >= LATER_FROM && !all) {
      const inView = (chunk: readonly string[]) => chunk.some((key) => anyInView(key.split('\u0000'), next.map));
      const keys = links.map(([from, to]) => linkKey(from, to));
      return later.append(layer, keys, CHUNK_SIZE, inView);
    }
    // After the links still waiting, as the layer's order has them.
    later.finish();
    appendChunked(
      layer,
      links.map((link) => markup(link, next.map, nextMoving)),
    );
  };

  const redraw = (next: Drawn | null, nextMoving: ReadonlySet<string>) => {
    const changes = next ? linkChanges(drawn, next) : { removed: drawn?.links ?? [], added: [], redrawn: [] };
    const all = drawn === null || changes.removed.length === drawn.links.length;
    if (all) {
      // Every link gone (another map): the layer empties at once.
      later.clear();
      layer.replaceChildren();
      changes.removed = [];
    }
    for (const link of changes.removed) {
      if (later.forget(linkKey(link[0], link[1]))) continue;
      groupOf(link)?.remove();
    }
    if (changes.removed.length > 0) pruneEmptyChunks(layer, later.roots);
    if (next && changes.added.length > 0) added(changes.added, next, nextMoving, all);
    if (next && all) indexWhenIdle(next.links);
    for (const link of next ? changes.redrawn : []) {
      const group = groupOf(link);
      if (group && next) place(group, segmentOf(link, next.map));
    }
    drawn = next;
  };

  const sync = (s: MapStore) => {
    // A drop landing: the moving layer draws its links until the frame that paints it has passed.
    if (isLanding(s.gesture)) return;
    const map = s.doc.current?.map;
    const key = map ? nodeTableKey(map) : undefined;
    const nextMoving = s.gesture.kind === 'move' ? s.gesture.ids : NONE;
    if (key !== drawn?.key) redraw(map && key ? { map, key, links: mapStructure(map).links } : null, nextMoving);
    if (nextMoving !== moving && drawn) {
      for (const link of linksTouching(drawn.links, [...moving, ...nextMoving])) {
        groupOf(link)?.setAttribute('class', className(link, nextMoving));
      }
    }
    moving = nextMoving;
  };

  const onDoubleClick = (e: MouseEvent) => {
    const value = (e.target as Element | null)?.closest?.('[data-link]')?.getAttribute('data-link');
    const link = value ? drawn?.links.find((l) => attributeOf(l) === value) : undefined;
    if (link) unlinkNodes(link[0], link[1]);
  };
  layer.addEventListener('dblclick', onDoubleClick);
  sync(useMapStore.getState());
  const unsubscribe = useMapStore.subscribe((s) => sync(s));
  return () => {
    unsubscribe();
    layer.removeEventListener('dblclick', onDoubleClick);
    later.clear();
    layer.replaceChildren();
  };
}
