// Whether the source pane is open. Its own small store, so the pane adds nothing to the map
// store's slices; the map document itself stays in the one store and its one history.
import { create } from 'zustand';
import { DISCARD_UNAPPLIED, typingUnapplied } from '../store/pending-typing.ts';

export const useSourcePane = create<{ open: boolean }>()(() => ({ open: false }));

export function toggleSourcePane(): void {
  // Closing the pane drops text in it that does not load: only when the user says so.
  if (useSourcePane.getState().open && typingUnapplied() && !window.confirm(DISCARD_UNAPPLIED)) return;
  useSourcePane.setState((s) => ({ open: !s.open }));
}
