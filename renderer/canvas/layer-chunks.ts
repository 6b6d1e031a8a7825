// The canvas's node and link groups go into chunks of a hundred or so, each an <svg> of its own
// inside a foreignObject. Chromium paints each chunk as a layer of its own and, when one node
// changes, reuses the other chunks' painting whole; in one SVG a change to one node made it walk
// all of a large map's elements again: 35-50 ms of Paint and Layerize in the frame after a drop,
// a nudge, a typed key or a slice of labels joining at 2,000 nodes (a bare 2,000-node page, one
// node recoloured a frame: Paint + Layerize 18 ms in one SVG, 4 ms in chunks). A chunk's <svg>
// draws in the canvas's own coordinates and takes no pointer itself: only the groups in it do,
// so what lies under a chunk (links, regions, the empty canvas) stays where a pointer finds it.
import { FRAME } from './geometry.ts';

/** Groups per chunk. */
export const CHUNK_SIZE = 100;

// Nodes stay inside the frame; labels reach past it a little. A chunk covers three frames each way.
const BOX = { x: -FRAME.width, y: -FRAME.height, width: 3 * FRAME.width, height: 3 * FRAME.height };

/** One chunk holding the groups' markup. */
export function chunkMarkup(groups: string): string {
  const { x, y, width, height } = BOX;
  return (
    `<foreignObject class="layer-chunk" x="${x}" y="${y}" width="${width}" height="${height}">` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="layer-chunk-root" role="none" width="${width}" ` +
    `height="${height}" viewBox="${x} ${y} ${width} ${height}">${groups}</svg></foreignObject>`
  );
}

/** The groups' markup in chunks, in their order. */
export function chunkedMarkup(groups: readonly string[]): string {
  const chunks: string[] = [];
  for (let at = 0; at < groups.length; at += CHUNK_SIZE) {
    chunks.push(chunkMarkup(groups.slice(at, at + CHUNK_SIZE).join('')));
  }
  return chunks.join('');
}

/** The last chunk's root, where a group with none after it goes; a new chunk when there is none. */
export function lastChunkRoot(layer: Element): Element {
  if (!layer.lastElementChild?.firstElementChild) layer.insertAdjacentHTML('beforeend', chunkMarkup(''));
  // The chunk just put in; the layer itself only if the markup did not parse as one.
  return layer.lastElementChild?.firstElementChild ?? layer;
}

/**
 * Appends groups after the layer's last: the last chunk is filled up to its size, the rest go
 * into new chunks.
 */
export function appendChunked(layer: Element, groups: readonly string[]): void {
  const last = layer.lastElementChild?.firstElementChild;
  const room = last ? Math.max(0, CHUNK_SIZE - last.childElementCount) : 0;
  if (last && room > 0) last.insertAdjacentHTML('beforeend', groups.slice(0, room).join(''));
  if (groups.length > room) layer.insertAdjacentHTML('beforeend', chunkedMarkup(groups.slice(room)));
}

/**
 * Takes out the chunks left empty (their groups removed), so a layer's chunks do not pile up; not
 * those in `waiting`, still to be filled (draw-later.ts).
 */
export function pruneEmptyChunks(layer: Element, waiting: ReadonlySet<Element> = new Set()): void {
  for (const chunk of [...layer.children]) {
    const root = chunk.firstElementChild;
    if (root?.childElementCount === 0 && !waiting.has(root)) chunk.remove();
  }
}
