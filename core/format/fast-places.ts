// Where the values of a file read by the first pass (fast-yaml.ts) sit, placed from its events only
// as far as the positions asked for need: a file with 400,000 mistakes words the first thousand,
// which sit near its top, so most of its events are never walked for places.
import type { Event } from 'js-yaml';
import { placedSoFar, type Walk } from './fast-walk.ts';
import { placedOffset, type Placed, type PlacedCollection } from './placed.ts';

export interface Placing {
  /** The offset of the value at `path` (or of a key inside it), as placedOffset gives it. */
  offsetOf: (path: readonly (string | number)[], extraKey?: string) => number;
  /** Every value placed (the rest of the events walked). */
  all: () => Placed;
}

// Events walked at a time before looking again (doubled on each look, so a far place costs at
// most twice the events it needs).
const FIRST_STEP = 4096;

/**
 * The places of a file's events: all of them, or a source that reads them again a slice at a time
 * (fast-chunks.ts), read only as far as the positions asked for need.
 */
export function placing(
  text: string,
  events: readonly Event[] | (() => Iterator<readonly Event[]>),
  anchors: boolean,
): Placing {
  const open = new Set<PlacedCollection>();
  const walk: Walk = { text, anchors, placing: true, stack: [], root: undefined, open, knownKeys: [] };
  // The events are let go once all are walked.
  let slices: Iterator<readonly Event[]> | undefined =
    typeof events === 'function' ? events() : [events][Symbol.iterator]();
  let kept: readonly Event[] = [];
  let next = 0;
  let first = true;
  const advance = (count: number) => {
    for (let left = count; slices && left > 0;) {
      if (next >= kept.length) {
        const slice = slices.next();
        if (slice.done) slices = undefined;
        // The first slice's first event is the document's.
        else [kept, next, first] = [slice.value, first ? 1 : 0, false];
        continue;
      }
      const from = next;
      next = placedSoFar(kept, walk, from, from + left);
      left -= next - from;
      if (next >= kept.length && walk.stack.length === 0 && walk.root) slices = undefined;
    }
  };
  const all = (): Placed => {
    advance(Infinity);
    return walk.root?.placed as Placed;
  };
  const offsetOf = (path: readonly (string | number)[], extraKey?: string): number => {
    for (let step = FIRST_STEP; slices; step *= 2) {
      const root = walk.root?.placed;
      if (root && settled(root, path, extraKey, open)) return placedOffset(root, path, extraKey);
      advance(step);
    }
    return placedOffset(all(), path, extraKey);
  };
  return { offsetOf, all };
}

/** Whether what is placed so far answers for `path`: it is there, or its nearest place is closed. */
function settled(
  root: Placed,
  path: readonly (string | number)[],
  extraKey: string | undefined,
  open: ReadonlySet<PlacedCollection>,
): boolean {
  let node = root;
  for (const segment of path) {
    // A scalar's place is final, and nothing is below it.
    if (typeof node === 'number') return true;
    const next = node.keys ? node.keys.get(String(segment))?.value : node.items?.[Number(segment)];
    if (next === undefined) return !open.has(node);
    node = next;
  }
  if (extraKey !== undefined && typeof node !== 'number' && node.keys && !node.keys.has(extraKey))
    return !open.has(node);
  return true;
}

/** The places of a file placed already (all its events walked). */
export function placingOf(root: Placed): Placing {
  return { offsetOf: (path, extraKey) => placedOffset(root, path, extraKey), all: () => root };
}
