// Commands from the application menu (Electron) run the same actions as the keyboard.
import type { MapwrightHost, MenuCommand } from '../../core/host/contract.ts';
import { zoomToFit } from '../canvas/camera.ts';
import { openExport } from '../export/export-store.ts';
import { importOwmFromDialog } from '../import/owm-open.ts';
import { copySelected, paste, redo, removeSelected, undo } from '../store/edits.ts';
import { togglePlanView } from '../plan/plan-state.ts';
import { newMap } from '../files/file-events.ts';
import { openShareDialog } from '../live/share-state.ts';
import { keepWorkAsked, openAnother, saveCurrent } from '../store/files.ts';
import { useMapStore } from '../store/store.ts';

function toggleUi(key: 'help' | 'presentation'): void {
  useMapStore.setState((s) => ({ ui: { ...s.ui, [key]: !s.ui[key] } }));
}

/** Closes once unsaved edits and Source pane text that does not load are asked about (as for opening another map). */
async function closeAsked(host: MapwrightHost): Promise<void> {
  if (await keepWorkAsked()) await host.closeWindow();
}

export function attachMenuCommands(host: MapwrightHost): () => void {
  const actions: Partial<Record<MenuCommand, (token?: string) => void>> = {
    'file:new': () => void newMap(),
    'file:open': () => void openAnother(),
    'file:open-recent': (token) => token && void openAnother(() => host.openRecent(token)),
    'file:save': () => void saveCurrent(),
    'file:save-as': () => void saveCurrent(true),
    'file:close': () => void closeAsked(host),
    'file:import-owm': () => void importOwmFromDialog(),
    'file:export-k8s': () => openExport('k8s'),
    'file:export-compose': () => openExport('compose'),
    'file:export-plan': () => openExport('plan'),
    'file:export-owm': () => openExport('owm'),
    'file:export-svg': () => openExport('svg'),
    'file:share-live': () => void openShareDialog(),
    'edit:undo': undo,
    'edit:redo': redo,
    'edit:copy': copySelected,
    'edit:paste': paste,
    'edit:delete': removeSelected,
    'edit:cut': () => {
      copySelected();
      removeSelected();
    },
    'edit:select-all': () =>
      useMapStore.setState((s) => ({ selection: { ids: new Set(Object.keys(s.doc.current?.map.nodes ?? {})) } })),
    'view:zoom-to-fit': zoomToFit,
    'view:presentation': () => toggleUi('presentation'),
    'view:plan': togglePlanView,
    'view:shortcuts': () => toggleUi('help'),
  };
  return host.onMenuCommand((event) => actions[event.command]?.(event.token));
}
