// What closing the window would lose: map edits not saved, and Source pane text that does not load
// (it is in no map, so neither a save nor a draft keeps it). Plain Node, tested without Electron.
import type { WindowState } from '../../core/host/contract.ts';

/** True while a close would lose work: the renderer asks the user (and closes) instead. */
export function closeWouldLose(state: WindowState): boolean {
  return state.dirty || state.unapplied;
}
