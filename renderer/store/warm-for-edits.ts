// The loader reads a map without building yaml's Document, which only edits need (comments, key
// order, minimal splices). Built on first use, it would land inside the first drag or keystroke
// after opening (about half a second at 2,000 nodes); built while the page is idle, it does not.
// It is built in small steps (core/format: yamlInSteps), a few per idle callback, so the page never
// waits on one long task for it; an edit asking first finishes the rest at once.
import { yamlInSteps, type MapDocument } from '../../core/format/parse.ts';
import { useMapStore } from './store.ts';

type IdleScheduler = (run: (deadline?: { timeRemaining(): number }) => void, options?: { timeout: number }) => unknown;

/**
 * Work per idle callback at most, in ms: under a long task even with a step running over, yet most
 * of an idle period (a callback asked for during one runs in the next, so a small slice per period
 * left most of the build for the first drop to finish).
 */
const BUDGET_MS = 35;

function idleScheduler(): IdleScheduler {
  return typeof globalThis.requestIdleCallback === 'function'
    ? (run, options) => globalThis.requestIdleCallback(run, options)
    : (run) => setTimeout(run, 0);
}

export function warmForEdits(document: MapDocument): void {
  const idle = idleScheduler();
  // A map replaced before its Document is built is not worth parsing.
  const current = () => useMapStore.getState().doc.current === document;
  const steps = yamlInSteps(document);
  if (!steps) {
    idle(() => void (current() && Reflect.get(document, 'yaml')), { timeout: 2000 });
    return;
  }
  const slice = (deadline?: { timeRemaining(): number }) => {
    if (!current()) return;
    const until = performance.now() + Math.min(BUDGET_MS, Math.max(5, deadline?.timeRemaining() ?? BUDGET_MS));
    do {
      if (steps.next().done) return;
    } while (performance.now() < until);
    idle(slice, { timeout: 2000 });
  };
  idle(slice, { timeout: 2000 });
}
