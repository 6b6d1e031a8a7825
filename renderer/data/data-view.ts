// Whether the data view is on: the canvas then draws every `uses` edge that carries sensitive data
// with the classes it carries. Its own small store, like the source pane's.
import { create } from 'zustand';

export const useDataView = create<{ on: boolean }>()(() => ({ on: false }));

export function toggleDataView(): void {
  useDataView.setState((s) => ({ on: !s.on }));
}
