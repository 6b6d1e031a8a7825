// The editor window: toolbar, canvas and panels around one store. The host (Electron preload or
// the browser stand-in) does files and windows; everything else happens here and in core/.
import { useEffect } from 'react';
import type { MapwrightHost } from '../core/host/contract.ts';
import { Canvas } from './canvas/Canvas.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import { attachExternalChanges } from './files/file-events.ts';
import { FileBannerView } from './files/FileBannerView.tsx';
import { DraftPrompt, WaitingDraftBar } from './files/DraftPrompt.tsx';
import { attachLeaveGuard } from './files/leave-guard.ts';
import { ImportReportPanel } from './import/ImportReportPanel.tsx';
import { attachClipboard } from './import/clipboard.ts';
import { clearReportOnOtherMap } from './import/owm-import.ts';
import { HelpOverlay } from './panels/HelpOverlay.tsx';
import { HistoryPanel } from './history/HistoryPanel.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { ParseErrorView } from './panels/ParseErrorView.tsx';
import { QuickEntry } from './quick/QuickEntry.tsx';
import { ShareDialog } from './live/ShareDialog.tsx';
import { SourcePane } from './source/SourcePane.tsx';
import { PlanPanel } from './plan/PlanPanel.tsx';
import { PlanTimeline } from './plan/PlanTimeline.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { WarningsPanel } from './panels/WarningsPanel.tsx';
import { attachShortcuts } from './shortcuts.ts';
import { openAnother, startUp, useHost, writeDraftSoon } from './store/files.ts';
import { shownState } from './store/node-subscriptions.ts';
import { useUnappliedText } from './store/pending-typing.ts';
import { isDirty, useMapStore } from './store/store.ts';
import { attachFileDrop } from './host/file-drop.ts';
import { attachMenuCommands } from './host/menu-commands.ts';

export function App({ host }: { host: MapwrightHost }) {
  useEffect(() => {
    useHost(host);
    void startUp();
    const detach = [
      attachShortcuts(window),
      writeDraftSoon(),
      attachFileDrop(host, window),
      attachMenuCommands(host),
      attachExternalChanges(host),
      attachClipboard(window),
      clearReportOnOtherMap(),
      attachLeaveGuard(host, window),
    ];
    return () => detach.forEach((d) => d());
  }, [host]);
  // Whether a map is shown, not the map: the window does not re-render on every edit (the canvas
  // and the panels read what they show themselves).
  const shown = useMapStore((s) => s.doc.current !== null);
  const loadErrors = useMapStore((s) => s.doc.loadErrors);
  const fileName = useMapStore((s) => s.doc.fileName);
  const presentation = useMapStore((s) => s.ui.presentation);
  const help = useMapStore((s) => s.ui.help);
  const planOn = useMapStore((s) => s.ui.plan.on);
  return (
    <div className={`app${presentation ? ' presentation' : ''}`}>
      <WindowTitle host={host} />
      {!presentation && <Toolbar />}
      {!presentation && <FileBannerView />}
      {!presentation && <WaitingDraftBar />}
      {planOn && shown && <PlanTimeline />}
      <main className="workspace">
        {!presentation && <SourcePane />}
        {loadErrors ? (
          <ParseErrorView fileName={fileName} errors={loadErrors} onOpen={() => void openAnother()} />
        ) : shown ? (
          <Canvas />
        ) : (
          <p className="loading">Loading map…</p>
        )}
        {!presentation && shown && <QuickEntry />}
        {!presentation && <ImportReportPanel />}
        {presentation && shown && <MapTitle />}
        {presentation && (
          <p className="presentation-hint" role="note">
            Presentation mode: press Escape or F5 to leave
          </p>
        )}
        {!presentation && shown && (
          <aside className="side">
            {planOn && <PlanPanel />}
            <Inspector />
            <WarningsPanel />
            <HistoryPanel host={host} />
          </aside>
        )}
      </main>
      {help && <HelpOverlay />}
      <ExportDialog host={host} />
      <ShareDialog />
      <DraftPrompt />
    </div>
  );
}

/** The map's title for a screen reader in presentation mode (the toolbar that shows it is hidden). */
function MapTitle() {
  const title = useMapStore((s) => s.doc.current?.map.title);
  return <h1 className="visually-hidden">{title}</h1>;
}

/**
 * The window's title and dirty mark, in a component of its own: the first edit of a map makes it
 * dirty, and read by the App itself that re-rendered every panel in the drop's task.
 */
function WindowTitle({ host }: { host: MapwrightHost }) {
  useWindowTitle(host);
  return null;
}

function useWindowTitle(host: MapwrightHost): void {
  const name = useMapStore((s) => s.doc.fileName);
  const token = useMapStore((s) => s.doc.token);
  // Once a drop has landed (node-subscriptions.ts: shownState), not in the frame that shows it.
  const dirty = useMapStore((s) => isDirty(shownState(s)));
  // Source pane text that does not load: no save keeps it, so closing asks about it too.
  const unapplied = useUnappliedText((s) => s.held);
  useEffect(() => {
    void host.setWindowState({ token, name, dirty, unapplied });
  }, [host, token, name, dirty, unapplied]);
}
