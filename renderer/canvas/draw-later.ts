// Large additions to a map on the canvas (a paste of hundreds of nodes, its redo) are drawn a piece
// at a time, a chunk of a hundred node or link groups (layer-chunks.ts) per piece: in the change's
// own task they made it a long one (at 2,000 nodes, a redo of a 400-node paste drew for 90 ms,
// and the source pane's next read of the layout paid for styling them). After each frame from the
// next one on, a task draws a few pieces, those the camera shows first, and the frame after it
// styles and paints them; the page answers in between. The layers keep track of what they still
// have to draw: a piece always draws the store's latest state.
//
// A map opened is still drawn in one task: 2,000 nodes and 3,000 links in pieces took twice as
// long to come in (each frame restyles and repaints more than its own pieces).
import { nodeOf } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { visibleArea } from './camera.ts';
import { shownPosition } from './geometry.ts';
import { chunkMarkup } from './layer-chunks.ts';

/** A piece of drawing: one chunk of a layer, filled when its turn comes. */
export interface Piece {
  /** Whether any of it is where the camera looks: those are drawn first. */
  visible: boolean;
  /** Where it stands in its change, 0 to 1: two layers' pieces of one change come in step. */
  at: number;
  draw: () => void;
}

/**
 * Pieces per frame: about 10-20 ms of script, and as much again for the browser to style and
 * paint them. A count, not a time: on a loaded machine a time budget fits fewer pieces a frame,
 * and a large change took twice as long to come in.
 */
const PER_FRAME = 2;
/** A frame's pieces stop early past this much time all the same. */
const MAX_MS = 40;

let queue: Piece[] = [];
let planned = false;

function nextFrame(run: () => void): void {
  // Without frames (tests in Node, a hidden page) the pieces still follow, a task apart.
  const hidden = typeof document !== 'undefined' && document.hidden;
  if (typeof requestAnimationFrame !== 'function' || hidden) setTimeout(run, 0);
  // A task after the frame: in the frame's own callbacks, the first pieces joined the task that
  // handled the key or the paste.
  else requestAnimationFrame(() => setTimeout(run, 0));
}

function drawSome(): void {
  planned = false;
  const start = performance.now();
  // The camera's part first; the links and the nodes of one change in step. Pieces a piece adds
  // wait for the next frame.
  queue.sort((a, b) => Number(b.visible) - Number(a.visible) || a.at - b.at);
  const batch = queue.splice(0, PER_FRAME);
  for (const [n, piece] of batch.entries()) {
    if (n > 0 && performance.now() - start >= MAX_MS) {
      queue.unshift(...batch.slice(n));
      break;
    }
    piece.draw();
  }
  plan();
}

function plan(): void {
  if (planned || queue.length === 0) return;
  planned = true;
  nextFrame(drawSome);
}

/** Draws `pieces` in turn, a few per frame from the next one on. */
export function drawLater(pieces: readonly Piece[]): void {
  queue.push(...pieces);
  plan();
}

/** Draws every piece left now (a change that needs the layer complete first). */
export function drawNow(pieces: ReadonlySet<Piece>): void {
  if (pieces.size === 0) return;
  queue = queue.filter((p) => !pieces.has(p));
  for (const piece of pieces) piece.draw();
}

/** Whether pieces are still waiting to be drawn. */
export function drawingLater(): boolean {
  return queue.length > 0;
}

/** Whether any of the nodes `ids` is where the camera looks (all are, before the canvas has a size). */
export function anyInView(ids: readonly string[], map: WardleyMap): boolean {
  const area = visibleArea();
  if (!area) return true;
  return ids.some((id) => {
    const node = nodeOf(map, id);
    const at = node ? shownPosition(node, null) : null;
    return at !== null && at.x >= area.x0 && at.x <= area.x1 && at.y >= area.y0 && at.y <= area.y1;
  });
}

/**
 * A layer's groups still to draw: appended as empty chunks at once, in their place in the layer's
 * order, and filled a piece at a time. An item removed meanwhile is forgotten, and one changed
 * meanwhile needs nothing: a chunk draws its items as the store has them when its turn comes.
 */
export interface LaterChunks<K> {
  /** Whether `key` waits to be drawn. */
  has(key: K): boolean;
  /** `key` is no longer to be drawn; whether it was waiting. */
  forget(key: K): boolean;
  /** The chunks still empty, which a layer must not prune. */
  readonly roots: ReadonlySet<Element>;
  /** Appends a chunk per `size` items (in order) to `layer`; `fill` draws a chunk's items still waiting. */
  append(layer: Element, items: readonly K[], size: number, visible: (chunk: readonly K[]) => boolean): void;
  /** Draws every chunk left now. */
  finish(): void;
  /** Drops every chunk left (the layer was cleared). */
  clear(): void;
}

export function laterChunks<K>(fill: (root: Element, items: K[]) => void): LaterChunks<K> {
  const waiting = new Set<K>();
  const roots = new Set<Element>();
  const pieces = new Set<Piece>();
  const piece = (root: Element, chunk: readonly K[], visible: boolean, at: number): Piece => {
    const self: Piece = {
      visible,
      at,
      draw: () => {
        if (!pieces.delete(self)) return;
        roots.delete(root);
        const left = chunk.filter((key) => waiting.delete(key));
        if (left.length > 0) fill(root, left);
        // Every item gone meanwhile: the chunk goes, as an emptied one would.
        if (root.childElementCount === 0) root.parentElement?.remove();
      },
    };
    return self;
  };
  return {
    has: (key) => waiting.has(key),
    forget: (key) => waiting.delete(key),
    roots,
    append(layer, items, size, visible) {
      const first = layer.childElementCount;
      layer.insertAdjacentHTML('beforeend', chunkMarkup('').repeat(Math.ceil(items.length / size)));
      const made: Piece[] = [];
      for (let at = 0, i = first; at < items.length; at += size, i++) {
        const root = layer.children[i]?.firstElementChild;
        if (!root) continue;
        const chunk = items.slice(at, at + size);
        for (const key of chunk) waiting.add(key);
        roots.add(root);
        made.push(piece(root, chunk, visible(chunk), at / items.length));
      }
      for (const p of made) pieces.add(p);
      drawLater(made);
    },
    finish: () => drawNow(new Set(pieces)),
    clear() {
      waiting.clear();
      roots.clear();
      pieces.clear();
    },
  };
}
