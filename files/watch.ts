// Watching the open map for edits from outside (git pull, git checkout, another editor). fs.watch
// goes deaf after the first atomic rename; chokidar with awaitWriteFinish reports every replace
// (RELIABILITY.md §2), and its `atomic` option folds unlink+add into one change.
import { watch } from 'chokidar';

export type DiskEvent = 'changed' | 'deleted';

export interface MapFileWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** How long the size must stay the same before a write counts as finished. */
  stabilityMs?: number;
}

/** Starts watching; resolves once the initial scan is done, so no early change is missed. */
export function watchMapFile(
  path: string,
  onEvent: (event: DiskEvent) => void,
  options: WatchOptions = {},
): Promise<MapFileWatcher> {
  const stabilityMs = options.stabilityMs ?? 300;
  const watcher = watch(path, {
    ignoreInitial: true,
    persistent: true,
    atomic: true,
    awaitWriteFinish: { stabilityThreshold: stabilityMs, pollInterval: Math.max(20, Math.floor(stabilityMs / 4)) },
  });
  watcher.on('change', () => onEvent('changed'));
  watcher.on('add', () => onEvent('changed'));
  watcher.on('unlink', () => onEvent('deleted'));
  // A watcher error (folder removed, permissions) must not crash the app; the next save still checks the hash.
  watcher.on('error', () => undefined);
  return new Promise((resolve) => {
    watcher.on('ready', () => resolve({ close: () => watcher.close() }));
  });
}
