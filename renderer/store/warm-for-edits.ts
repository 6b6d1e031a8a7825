// The loader reads a map without building yaml's Document, which only edits need (comments, key
// order, minimal splices). Built on first use, it would land inside the first drag or keystroke
// after opening (about half a second at 2,000 nodes); built while the page is idle, it does not.
// It is built in small steps (core/format: yamlInSteps), a few per idle callback, so the page never
// waits on one long task for it. A drag started meanwhile hurries the rest along in short tasks
// (between pointer moves), and a drop that comes before the end waits for it (whenBuilt) instead
// of finishing it in one piece; any other edit asking first finishes the rest at once.
import { yamlInSteps, type MapDocument } from '../../core/format/parse.ts';
import { useMapStore } from './store.ts';

type IdleScheduler = (run: (deadline?: { timeRemaining(): number }) => void, options?: { timeout: number }) => unknown;

/**
 * Work per slice at most, in ms: a step can run over it by up to ~15 ms of CPU at 2,000 nodes (a
 * garbage collection in it), so a slice stays near 30 ms, well under a long task, and typing begun
 * meanwhile waits at most that long for a key (35 ms slices made 40-108 ms tasks on a loaded
 * machine). Idle periods are up to 50 ms, so a build still takes few of them.
 */
const BUDGET_MS = 16;

interface Build {
  steps: Generator<void, void>;
  /** Runs once the Document is built (or the map was replaced). */
  waiting: (() => void)[];
  /** Slices run as tasks, not in idle time: someone is waiting or about to. */
  hurried: boolean;
}

/** Builds in progress, by document. */
const building = new WeakMap<MapDocument, Build>();

/**
 * Builds stopped because their map left the screen (undo past text read whole, another map
 * opened): the rest of the steps, resumed if the map comes back (redo), so the first edit then does
 * not build what is left in one piece.
 */
const stopped = new WeakMap<MapDocument, Generator<void, void>>();

function idleScheduler(): IdleScheduler {
  return typeof globalThis.requestIdleCallback === 'function'
    ? (run, options) => globalThis.requestIdleCallback(run, options)
    : (run) => setTimeout(run, 0);
}

/** Runs steps for up to `ms`; true when the build is over (done, or its map is gone). */
function runFor(document: MapDocument, build: Build, ms: number): boolean {
  // A map replaced before its Document is built is not worth parsing.
  if (useMapStore.getState().doc.current === document) {
    const until = performance.now() + ms;
    do {
      if (!build.steps.next().done) continue;
      return finish(document, build);
    } while (performance.now() < until);
    return false;
  }
  stopped.set(document, build.steps);
  return finish(document, build);
}

function finish(document: MapDocument, build: Build): true {
  building.delete(document);
  for (const then of build.waiting.splice(0)) then();
  return true;
}

function idleSlices(document: MapDocument, build: Build): void {
  const idle = idleScheduler();
  const slice = (deadline?: { timeRemaining(): number }) => {
    if (build.hurried) return;
    const ms = Math.min(BUDGET_MS, Math.max(5, deadline?.timeRemaining() ?? BUDGET_MS));
    if (!runFor(document, build, ms)) idle(slice, { timeout: 2000 });
  };
  idle(slice, { timeout: 2000 });
}

function taskSlices(document: MapDocument, build: Build): void {
  if (build.hurried) return;
  build.hurried = true;
  const slice = () => {
    if (!runFor(document, build, BUDGET_MS)) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

export function warmForEdits(document: MapDocument): void {
  if (building.has(document)) return;
  resumeWhenBack();
  const steps = yamlInSteps(document);
  if (!steps) {
    const current = () => useMapStore.getState().doc.current === document;
    idleScheduler()(() => void (current() && Reflect.get(document, 'yaml')), { timeout: 2000 });
    return;
  }
  built(document, steps);
}

function built(document: MapDocument, steps: Generator<void, void>): void {
  const build: Build = { steps, waiting: [], hurried: false };
  building.set(document, build);
  idleSlices(document, build);
}

let resuming = false;

/** From the first build on, a map whose build was stopped resumes it when it is on screen again. */
function resumeWhenBack(): void {
  if (resuming) return;
  resuming = true;
  useMapStore.subscribe((s, before) => {
    const document = s.doc.current;
    const steps = document && document !== before.doc.current ? stopped.get(document) : undefined;
    if (!document || !steps || building.has(document)) return;
    stopped.delete(document);
    built(document, steps);
  });
}

/** Whether `document`'s Document is still being built here (an edit now would finish it in one piece). */
export function stillBuilding(document: MapDocument): boolean {
  return building.has(document);
}

/** Builds the rest of `document`'s Document in short tasks from now on, not only in idle time. */
export function hurryBuild(document: MapDocument): void {
  const build = building.get(document);
  if (build) taskSlices(document, build);
}

/** Runs `then` once `document`'s Document is built (at once if it is not being built here). */
export function whenBuilt(document: MapDocument, then: () => void): void {
  const build = building.get(document);
  if (!build) return then();
  build.waiting.push(then);
  taskSlices(document, build);
}
