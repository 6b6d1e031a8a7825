// Whether the source pane is open. Its own small store, so the pane adds nothing to the map
// store's slices; the map document itself stays in the one store and its one history.
import { create } from 'zustand';

export const useSourcePane = create<{ open: boolean }>()(() => ({ open: false }));

export function toggleSourcePane(): void {
  useSourcePane.setState((s) => ({ open: !s.open }));
}
