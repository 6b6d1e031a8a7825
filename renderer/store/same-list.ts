// A derived list that keeps its reference while its items stay the same: a memoized view given
// it then skips re-rendering after an edit that did not change the list (thousands of node views,
// or a select offering every component of a large map).
import { useRef } from 'react';

/** `list` as it was last time when it has the same items in the same order. */
export function useSameList<T>(list: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  const kept = useRef(list);
  const old = kept.current;
  if (old !== list && !(old.length === list.length && old.every((item, i) => same(item, list[i] as T)))) {
    kept.current = list;
  }
  return kept.current;
}

/** Two [value, text] pairs (a select's options) alike. */
export function sameOption(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
