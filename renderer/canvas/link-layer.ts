// The canvas's `uses` links, drawn into their layer without React: a large map has thousands of
// links, and a component (fiber, props, subscription) per link cost a good part of opening one.
// The layer listens to the store itself and redraws only the links whose end nodes an update
// changed (link-changes.ts), in the same task as the update, so a link never lags its nodes. Each
// link keeps the shape the React view had: a group `[data-link="from->to"]` holding a wide hit
// line (not painted) and the visible line with its arrowhead. While an end is dragged the link
// steps aside (`drag-source`) and the moving layer draws it. Double-click on a link unlinks.
import { nodeGlyph } from '../../core/render/glyphs.ts';
import { trimmedSegment } from '../../core/render/links.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { unlinkNodes } from '../store/edits.ts';
import { useMapStore, type MapStore } from '../store/store.ts';
import { shownPosition } from './geometry.ts';
import { linkChanges, linkKey, linksTouching, type Link } from './link-changes.ts';
import { mapStructure, type MapStructure } from './map-structure.ts';

const SVG = 'http://www.w3.org/2000/svg';
const NONE: ReadonlySet<string> = new Set();

interface Drawn {
  nodes: WardleyMap['nodes'];
  links: MapStructure['links'];
}

function line(className: string): SVGLineElement {
  const el = document.createElementNS(SVG, 'line');
  el.setAttribute('class', className);
  return el;
}

function place(group: Element, a: MapNode | undefined, b: MapNode | undefined): void {
  // A link to a node not in the map (yet) is not drawn, as the React view drew none.
  if (!a || !b) return group.setAttribute('display', 'none');
  group.removeAttribute('display');
  const s = trimmedSegment(shownPosition(a, null), shownPosition(b, null), nodeGlyph(a).radius, nodeGlyph(b).radius);
  for (const el of group.children) {
    el.setAttribute('x1', String(s.x1));
    el.setAttribute('y1', String(s.y1));
    el.setAttribute('x2', String(s.x2));
    el.setAttribute('y2', String(s.y2));
  }
}

function nodeOf(nodes: WardleyMap['nodes'], id: string): MapNode | undefined {
  return Object.hasOwn(nodes, id) ? nodes[id] : undefined;
}

function className(link: Link, moving: ReadonlySet<string>): string {
  return moving.has(link[0]) || moving.has(link[1]) ? 'link drag-source' : 'link';
}

function created(link: Link, moving: ReadonlySet<string>): SVGGElement {
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('data-link', `${link[0]}->${link[1]}`);
  group.setAttribute('class', className(link, moving));
  const visible = line('link-line');
  // The arrowhead points at the node used, so a cycle or an upward link shows.
  visible.setAttribute('marker-end', 'url(#arrow-uses)');
  group.append(line('link-hit'), visible);
  return group;
}

/** Draws the store's links into `layer` and keeps them current until the returned function is called. */
export function attachLinkLayer(layer: SVGGElement): () => void {
  const groups = new Map<string, SVGGElement>();
  const ends = new WeakMap<Element, Link>();
  let drawn: Drawn | null = null;
  let moving = NONE;

  const draw = (links: readonly Link[], nodes: WardleyMap['nodes']) => {
    for (const link of links) {
      const group = groups.get(linkKey(link[0], link[1]));
      if (group) place(group, nodeOf(nodes, link[0]), nodeOf(nodes, link[1]));
    }
  };

  const sync = (s: MapStore) => {
    const nodes = s.doc.current?.map.nodes;
    const next = nodes ? { nodes, links: mapStructure(nodes).links } : null;
    const nextMoving = s.gesture.kind === 'move' ? s.gesture.ids : NONE;
    if (next?.nodes !== drawn?.nodes) {
      const changes = next ? linkChanges(drawn, next) : { removed: [...groups.keys()], added: [], redrawn: [] };
      for (const key of changes.removed) {
        groups.get(key)?.remove();
        groups.delete(key);
      }
      const fragment = document.createDocumentFragment();
      for (const link of changes.added) {
        const group = created(link, nextMoving);
        groups.set(linkKey(link[0], link[1]), group);
        ends.set(group, link);
        fragment.append(group);
      }
      layer.append(fragment);
      if (next) draw([...changes.added, ...changes.redrawn], next.nodes);
      drawn = next;
    }
    if (nextMoving !== moving && drawn) {
      for (const link of linksTouching(drawn.links, [...moving, ...nextMoving])) {
        groups.get(linkKey(link[0], link[1]))?.setAttribute('class', className(link, nextMoving));
      }
    }
    moving = nextMoving;
  };

  const onDoubleClick = (e: MouseEvent) => {
    const group = (e.target as Element | null)?.closest?.('[data-link]');
    const link = group ? ends.get(group) : undefined;
    if (link) unlinkNodes(link[0], link[1]);
  };
  layer.addEventListener('dblclick', onDoubleClick);
  sync(useMapStore.getState());
  const unsubscribe = useMapStore.subscribe((s) => sync(s));
  return () => {
    unsubscribe();
    layer.removeEventListener('dblclick', onDoubleClick);
    layer.replaceChildren();
  };
}
