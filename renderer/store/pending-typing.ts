// Typing the source pane holds that the map does not have yet: a burst of keys within its pause, or
// a large paste being read in the map worker (renderer/source/source-sync.ts). A save, and the
// question asked before another map replaces this one, first wait for it to become the map, so what
// is saved (or asked about) is what the user sees.
import { create } from 'zustand';

type Settle = () => Promise<void>;

const holders = new Set<Settle>();

/** Registers a holder of typing; returns its release. */
export function holdTyping(settle: Settle): () => void {
  holders.add(settle);
  return () => void holders.delete(settle);
}

/** Resolves once all typing held is in the store's document (or shown as errors, when it does not load). */
export async function typingCommitted(): Promise<void> {
  await Promise.all([...holders].map((settle) => settle()));
}

const unapplied = new Set<() => boolean>();

/**
 * Registers a check for text typed that is not in the map at all: text that does not load, which
 * the canvas, a save and drafts leave out (they keep the last map that loaded). Returns its release.
 */
export function holdUnapplied(check: () => boolean): () => void {
  unapplied.add(check);
  return () => {
    unapplied.delete(check);
    noteUnapplied();
  };
}

/** True while some typed text is not in the map; closing, replacing or leaving the map would lose it. */
export function typingUnapplied(): boolean {
  return [...unapplied].some((check) => check());
}

/**
 * Whether typed text is not in the map, as last noted (when the Source pane showed or cleared its
 * errors, or closed): the window reports it to the host, whose close then asks first.
 */
export const useUnappliedText = create<{ held: boolean }>()(() => ({ held: false }));

/** Notes whether typed text is not in the map now (a holder calls it when that may have changed). */
export function noteUnapplied(): void {
  const held = typingUnapplied();
  if (useUnappliedText.getState().held !== held) useUnappliedText.setState({ held });
}

/** What to ask before typed text that is not in the map is thrown away. */
export const DISCARD_UNAPPLIED =
  'The Source pane holds text that does not load (see its errors): it is not in the map, and a save does not keep it. Discard that text?';
