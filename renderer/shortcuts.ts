// Keyboard shortcuts, as data: the help overlay lists the same table the handler runs.
import { canvasCentre, zoomToFit } from './canvas/camera.ts';
import { SCALES } from './canvas/geometry.ts';
import { addNodeAt, linkSelected, nudgeSelected, redo, removeSelected, undo } from './store/edits.ts';
import { togglePlanView } from './plan/plan-state.ts';
import { openQuickEntry } from './quick/quick-state.ts';
import { toggleSourcePane } from './source/source-state.ts';
import { saveCurrent } from './store/files.ts';
import type { NodeKind } from '../core/model/types.ts';
import { IDLE, useMapStore } from './store/store.ts';

export interface Shortcut {
  keys: string;
  does: string;
  matches(e: KeyboardEvent): boolean;
  run(e: KeyboardEvent): void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (key: string) => (e: KeyboardEvent) => !mod(e) && !e.altKey && e.key === key;
const NUDGE = 0.01;
const BIG_NUDGE = 0.05;

function addAtCentre(kind: NodeKind): void {
  const c = canvasCentre();
  addNodeAt(kind, SCALES.evolutionAt(c.x), SCALES.visibilityAt(c.y));
}

function setUi(patch: Partial<ReturnType<typeof useMapStore.getState>['ui']>): void {
  useMapStore.setState((s) => ({ ui: { ...s.ui, ...patch } }));
}

function arrow(e: KeyboardEvent): void {
  const step = e.shiftKey ? BIG_NUDGE : NUDGE;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, step],
    ArrowDown: [0, -step],
  };
  const [de, dv] = moves[e.key] ?? [0, 0];
  nudgeSelected(de, dv);
}

export const SHORTCUTS: Shortcut[] = [
  { keys: 'Double-click', does: 'Add a component there', matches: () => false, run: () => undefined },
  {
    keys: 'U / N / C',
    does: 'Add a user / need / component at the centre',
    matches: (e) => !mod(e) && ['u', 'n', 'c'].includes(e.key),
    run: (e) => addAtCentre(e.key === 'u' ? 'user' : e.key === 'n' ? 'need' : 'component'),
  },
  { keys: 'F2 / double-click a node', does: 'Rename', matches: plain('F2'), run: renameSelected },
  { keys: 'Drag', does: 'Move (shows the stage)', matches: () => false, run: () => undefined },
  {
    keys: 'Drag the handle / L',
    does: 'Connect: the first selected uses the second',
    matches: plain('l'),
    run: linkSelected,
  },
  {
    keys: 'Delete / Backspace',
    does: 'Delete the selection',
    matches: (e) => e.key === 'Delete' || e.key === 'Backspace',
    run: removeSelected,
  },
  { keys: 'Shift-drag / Shift-click', does: 'Select several', matches: () => false, run: () => undefined },
  { keys: 'Ctrl+A', does: 'Select all', matches: (e) => mod(e) && e.key === 'a', run: selectAll },
  {
    keys: 'Ctrl+C / Ctrl+V',
    does: 'Copy / paste (pasted OWM text opens as a new map)',
    // Left to the browser's copy and paste events (import/clipboard.ts): they see the system
    // clipboard, so OWM text pasted there becomes a map; otherwise copied nodes are pasted.
    matches: () => false,
    run: () => undefined,
  },
  {
    keys: 'Arrows (Shift: bigger)',
    does: 'Nudge the selection',
    matches: (e) => !mod(e) && e.key.startsWith('Arrow'),
    run: arrow,
  },
  { keys: 'Ctrl+Z', does: 'Undo', matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z', run: undo },
  {
    keys: 'Ctrl+Shift+Z / Ctrl+Y',
    does: 'Redo',
    matches: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key === 'y'),
    run: redo,
  },
  {
    keys: 'Ctrl+S / Ctrl+Shift+S',
    does: 'Save / Save as a new file',
    // In Electron the File menu owns Ctrl+S (its accelerator), so the page must not save a second time.
    matches: (e) => mod(e) && e.key.toLowerCase() === 's' && !hostMenuOwnsFileKeys(),
    run: (e) => void saveCurrent(e.shiftKey),
  },
  { keys: 'F', does: 'Zoom to fit', matches: plain('f'), run: zoomToFit },
  {
    keys: 'F5',
    does: 'Presentation mode',
    matches: plain('F5'),
    run: () => setUi({ presentation: !useMapStore.getState().ui.presentation }),
  },
  { keys: 'P', does: 'Plan view: migration phases and timeline', matches: plain('p'), run: togglePlanView },
  { keys: 'Y', does: 'Source pane: the map’s YAML beside the canvas', matches: plain('y'), run: toggleSourcePane },
  {
    keys: '/',
    does: 'Quick entry: type statements such as Attendee->Buy ticket (Escape closes)',
    matches: plain('/'),
    run: openQuickEntry,
  },
  {
    keys: '?',
    does: 'This help',
    matches: (e) => e.key === '?',
    run: () => setUi({ help: !useMapStore.getState().ui.help }),
  },
  {
    keys: 'Tab, then arrows',
    does: 'Into the map, then from node to node; Enter selects, Shift+Enter or Space adds, Escape leaves',
    matches: () => false,
    run: () => undefined,
  },
  { keys: 'Ctrl+arrows (on a node)', does: 'Nudge the selection', matches: () => false, run: () => undefined },
  {
    keys: 'Escape',
    does: 'Leave presentation mode; clear the selection, close help',
    matches: plain('Escape'),
    run: escape,
  },
];

/** True in the desktop app, whose preload puts the host on `window.mapwright`. */
function hostMenuOwnsFileKeys(): boolean {
  return typeof window !== 'undefined' && window.mapwright !== undefined;
}

function renameSelected(): void {
  const ids = [...useMapStore.getState().selection.ids];
  if (ids.length === 1 && ids[0]) setUi({ renaming: ids[0] });
}

function selectAll(): void {
  const nodes = useMapStore.getState().doc.current?.map.nodes ?? {};
  useMapStore.setState({ selection: { ids: new Set(Object.keys(nodes)) } });
}

function escape(): void {
  // Leaving presentation comes first: the room must never be stuck in it.
  if (useMapStore.getState().ui.presentation) {
    setUi({ presentation: false });
    return;
  }
  useMapStore.setState((s) => ({ selection: { ids: new Set() }, gesture: IDLE, ui: { ...s.ui, help: false } }));
}

function isSaveKey(e: KeyboardEvent): boolean {
  return mod(e) && e.key.toLowerCase() === 's' && !hostMenuOwnsFileKeys();
}

function typingInField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
}

export function attachShortcuts(target: Window): () => void {
  const onKey = (e: KeyboardEvent) => {
    // Saving from a field first applies what was typed there (its blur commits it).
    if (typingInField(e) && !isSaveKey(e)) return;
    if (typingInField(e)) (e.target as HTMLElement).blur();
    // A map that failed to load has nothing to edit or save.
    if (!useMapStore.getState().doc.current && e.key !== '?') return;
    const shortcut = SHORTCUTS.find((s) => s.matches(e));
    if (!shortcut) return;
    e.preventDefault();
    shortcut.run(e);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
