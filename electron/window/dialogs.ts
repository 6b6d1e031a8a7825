// Native dialogs behind the HostDialogs interface the IPC handlers use.
import { dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { UnsavedChoice } from '../../core/host/contract.ts';
import type { HostDialogs } from '../ipc/handlers.ts';

const MAP_FILTERS = [{ name: 'Wardley maps', extensions: ['yaml', 'yml'] }];
// Open also takes OnlineWardleyMaps text, which the app imports as a new untitled map.
const OPEN_FILTERS = [
  { name: 'Maps and OWM text', extensions: ['yaml', 'yml', 'owm', 'txt'] },
  ...MAP_FILTERS,
  { name: 'OnlineWardleyMaps text', extensions: ['owm', 'txt'] },
];

export function nativeDialogs(window: () => BrowserWindow | null, startFolder: () => string): HostDialogs {
  const parent = () => window() ?? undefined;
  return {
    async chooseMapToOpen() {
      const options = { filters: OPEN_FILTERS, properties: ['openFile' as const], defaultPath: startFolder() };
      const win = parent();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    chooseMapSaveTarget: (name) => chooseSavePath(parent(), path.join(startFolder(), name), MAP_FILTERS),
    chooseExportFile: (name) => chooseSavePath(parent(), path.join(startFolder(), name), []),
    async chooseExportFolder(suggested) {
      const options = {
        title: `Export to a folder (suggested: ${suggested})`,
        properties: ['openDirectory' as const, 'createDirectory' as const],
        defaultPath: startFolder(),
      };
      const win = parent();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async confirmUnsaved(name): Promise<UnsavedChoice> {
      const options = {
        type: 'warning' as const,
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        message: `Save the changes to ${name}?`,
        detail: 'Your changes are lost if you do not save them.',
      };
      const win = parent();
      const r = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return (['save', 'discard', 'cancel'] as const)[r.response] ?? 'cancel';
    },
  };
}

async function chooseSavePath(
  win: BrowserWindow | undefined,
  defaultPath: string,
  filters: typeof MAP_FILTERS,
): Promise<string | null> {
  const options = { defaultPath, filters };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}
