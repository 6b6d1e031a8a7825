// The top bar: file name with a dirty marker, file and history buttons, view toggles.
import { zoomToFit } from '../canvas/camera.ts';
import { DataViewToggle } from '../data/DataViewToggle.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { newMap } from '../files/file-events.ts';
import { canShareLive, openShareDialog } from '../live/share-state.ts';
import { togglePlanView } from '../plan/plan-state.ts';
import { SourceToggle } from '../source/SourceToggle.tsx';
import { redo, undo } from '../store/edits.ts';
import { fileHost, openAnother, saveCurrent } from '../store/files.ts';
import { saveTargetOf } from '../host/save-target.ts';
import { shownState } from '../store/node-subscriptions.ts';
import { isDirty, useMapStore } from '../store/store.ts';

export function Toolbar() {
  const fileName = useMapStore((s) => s.doc.fileName);
  // A drop's dirty mark and Undo once it has landed (node-subscriptions.ts: shownState).
  const dirty = useMapStore((s) => isDirty(shownState(s)));
  const canSave = useMapStore((s) => s.doc.current !== null);
  const canUndo = useMapStore((s) => shownState(s).doc.past.length > 0);
  const canRedo = useMapStore((s) => shownState(s).doc.future.length > 0);
  const status = useMapStore((s) => s.ui.status);
  const token = useMapStore((s) => s.doc.token);
  // A copy that only downloads must not look like a save of the file.
  const download = saveTargetOf(fileHost(), token) === 'download';
  const planOn = useMapStore((s) => s.ui.plan.on);
  const toggle = (key: 'help' | 'presentation') =>
    useMapStore.setState((s) => ({ ui: { ...s.ui, [key]: !s.ui[key] } }));
  return (
    <header className="toolbar">
      <h1 className="file-name" data-dirty={dirty}>
        {dirty ? '• ' : ''}
        {fileName}
      </h1>
      <button type="button" onClick={() => void newMap()}>
        New
      </button>
      <button type="button" onClick={() => void openAnother()}>
        Open…
      </button>
      <button
        type="button"
        onClick={() => void saveCurrent()}
        disabled={!canSave}
        title={download ? 'This browser cannot write the file: Save downloads a copy' : undefined}
      >
        {download ? 'Download' : 'Save'}
      </button>
      <ExportMenu />
      {canShareLive() && (
        <button type="button" onClick={() => void openShareDialog()} title="Edit this map live with others">
          Share live…
        </button>
      )}
      <button type="button" onClick={undo} disabled={!canUndo}>
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo}>
        Redo
      </button>
      <button type="button" onClick={zoomToFit}>
        Fit
      </button>
      <button type="button" onClick={() => toggle('presentation')}>
        Present
      </button>
      <button type="button" onClick={togglePlanView} aria-pressed={planOn}>
        Plan
      </button>
      <SourceToggle />
      <DataViewToggle />
      <button type="button" onClick={() => toggle('help')} aria-label="Keyboard shortcuts">
        ?
      </button>
      <span className="status" role="status">
        {status}
      </span>
    </header>
  );
}
