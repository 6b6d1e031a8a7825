// Where the values of a file read by the first pass (fast-yaml.ts) sit, placed from its events only
// as far as the positions asked for need: a file with 400,000 mistakes words the first thousand,
// which sit near its top, so most of its events are never walked for places.
import type { Event } from 'js-yaml';
import { placedSoFar, type Walk } from './fast-walk.ts';
import { Places } from './placed.ts';

export interface Placing {
  /** The offset of the value at `path` (or of a key inside it), as placedOffset gives it. */
  offsetOf: (path: readonly (string | number)[], extraKey?: string) => number;
  /** Every value placed (the rest of the events walked). */
  all: () => Places;
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
  const places = new Places(text);
  const walk: Walk = { text, anchors, placing: true, places, stack: [], root: undefined, knownKeys: [] };
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
  const all = (): Places => {
    advance(Infinity);
    return places;
  };
  const offsetOf = (path: readonly (string | number)[], extraKey?: string): number => {
    for (let step = FIRST_STEP; slices; step *= 2) {
      if (places.settled(path, extraKey)) return places.offsetOf(path, extraKey);
      advance(step);
    }
    return all().offsetOf(path, extraKey);
  };
  return { offsetOf, all };
}

/** The places of a file placed already (all its events walked). */
export function placingOf(places: Places): Placing {
  return { offsetOf: (path, extraKey) => places.offsetOf(path, extraKey), all: () => places };
}
