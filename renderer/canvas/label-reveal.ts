// A large map just opened shows its nodes first and their labels right after: thousands of text
// labels are the largest part of the browser's layout and paint at open, so the first frame draws
// the nodes and links without them, and the labels join a slice per frame (each slice a short task
// followed by a paint) until all show. Small maps, and edits of any map, show labels at once.
import { searchesPlaces } from '../../core/render/labels.ts';

/** Labels shown per frame while a large map's labels join. */
const SLICE = 60;

/** Ids whose label is not shown yet; null when every label shows. */
let hidden: Set<string> | null = null;
/** Counts reveals, so an older map's slices stop when another map opens. */
let reveal = 0;

export function labelShown(id: string): boolean {
  return hidden === null || !hidden.has(id);
}

/** Whether labels of a map of `count` nodes wait for the first paint (the maps whose labels do not search). */
export function labelsAfterPaint(count: number): boolean {
  return !searchesPlaces(count);
}

function afterPaint(run: () => void): void {
  // Without frames (tests in Node, a hidden page) the slices still follow, a task apart.
  if (typeof requestAnimationFrame !== 'function') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * Hides the labels of `ids` (a large map's, just opened) and shows them a slice per frame after
 * the next paint; `wake` re-renders the views of the ids it is given.
 */
export function showLabelsAfterPaint(ids: readonly string[], wake: (ids: readonly string[]) => void): void {
  const mine = ++reveal;
  hidden = new Set(ids);
  let at = 0;
  const next = () => {
    if (mine !== reveal) return;
    const slice = ids.slice(at, at + SLICE);
    at += SLICE;
    for (const id of slice) hidden?.delete(id);
    if (at >= ids.length) hidden = null;
    wake(slice);
    if (hidden !== null) afterPaint(next);
  };
  afterPaint(next);
}

/** Shows every label now (another map opened small, or the presentation changed everything). */
export function showAllLabels(wake: (ids: readonly string[]) => void): void {
  reveal += 1;
  const was = hidden;
  hidden = null;
  if (was && was.size > 0) wake([...was]);
}
