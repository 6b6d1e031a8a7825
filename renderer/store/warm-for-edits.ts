// The loader reads a map without building yaml's Document, which only edits need (comments, key
// order, minimal splices). Built on first use, it would land inside the first drag or keystroke
// after opening (about half a second at 2,000 nodes); built while the page is idle, it does not.
import type { MapDocument } from '../../core/format/parse.ts';
import { useMapStore } from './store.ts';

type IdleScheduler = (run: () => void, options?: { timeout: number }) => unknown;

export function warmForEdits(document: MapDocument): void {
  const idle: IdleScheduler =
    typeof globalThis.requestIdleCallback === 'function'
      ? (run, options) => globalThis.requestIdleCallback(run, options)
      : (run) => setTimeout(run, 0);
  idle(
    () => {
      // A map replaced before the page was idle is not worth parsing.
      if (useMapStore.getState().doc.current === document) Reflect.get(document, 'yaml');
    },
    { timeout: 2000 },
  );
}
