// The renderer's single store, in slices: `doc` (the map document and its history), `selection`,
// `view` (camera), `gesture` (a drag in progress, never in history) and `ui`. Derived things
// (warnings, regions) are computed from `doc` with memoized selectors, never stored.
import { create } from 'zustand';
import type { MapDocument } from '../../core/format/parse.ts';
import type { Diagnostic, MapNode } from '../../core/model/types.ts';

export interface DocSlice {
  /** The document on screen; null when none is loaded (or the file failed to parse). */
  current: MapDocument | null;
  /** Earlier documents, oldest first. Undo is history, not inverse code. */
  past: MapDocument[];
  future: MapDocument[];
  /** The document as last saved or loaded: dirty is `current !== saved`. */
  saved: MapDocument | null;
  fileName: string;
  /** The host's token for the file; null for a map never saved. */
  token: string | null;
  /** Errors of a file that failed to load; the canvas shows them instead of a map. */
  loadErrors: Diagnostic[] | null;
}

export interface SelectionSlice {
  ids: ReadonlySet<string>;
}

export interface ViewSlice {
  k: number;
  x: number;
  y: number;
}

export type Gesture =
  | { kind: 'idle' }
  | {
      kind: 'move';
      ids: ReadonlySet<string>;
      dEvolution: number;
      dVisibility: number;
      /**
       * Set at the drop, with no offset left: the nodes are at their new place in the document and
       * the moving layer still draws them there while the canvas's layers wait for the frame that
       * paints the drop to pass (edits.ts: commitMove).
       */
      landing?: true;
    }
  | { kind: 'box'; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'link'; from: string; x: number; y: number };

export interface UiSlice {
  help: boolean;
  presentation: boolean;
  /** Id of the node whose name is being edited in place. */
  renaming: string | null;
  /** Set while a just-added node gets its first name: that name also becomes its id. */
  fresh: string | null;
  /** Errors of the last edit the core refused (nothing was applied). */
  editErrors: Diagnostic[];
  status: string;
  clipboard: [string, MapNode][];
  /** The plan view: on or off, and the timeline step (0 = today, n = after phase n). */
  plan: { on: boolean; step: number };
}

export interface MapStore {
  doc: DocSlice;
  selection: SelectionSlice;
  view: ViewSlice;
  gesture: Gesture;
  ui: UiSlice;
}

export const IDLE: Gesture = { kind: 'idle' };

export function initialState(): MapStore {
  return {
    doc: { current: null, past: [], future: [], saved: null, fileName: 'untitled.yaml', token: null, loadErrors: null },
    selection: { ids: new Set() },
    view: { k: 1, x: 0, y: 0 },
    gesture: IDLE,
    ui: {
      help: false,
      presentation: false,
      renaming: null,
      fresh: null,
      editErrors: [],
      status: '',
      clipboard: [],
      plan: { on: false, step: 0 },
    },
  };
}

export const useMapStore = create<MapStore>()(() => initialState());

export function isDirty(s: MapStore): boolean {
  return s.doc.current !== s.doc.saved;
}
