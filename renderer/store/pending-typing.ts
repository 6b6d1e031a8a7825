// Typing the source pane holds that the map does not have yet: a burst of keys within its pause, or
// a large paste being read in the map worker (renderer/source/source-sync.ts). A save, and the
// question asked before another map replaces this one, first wait for it to become the map, so what
// is saved (or asked about) is what the user sees.
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
