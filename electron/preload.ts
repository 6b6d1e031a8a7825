// The bridge: one frozen object, `window.mapwright`, with named functions over ipcRenderer.invoke.
// ipcRenderer itself never reaches the page (RELIABILITY.md §3).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  EVENTS,
  type ExportEncoding,
  type ExternalChange,
  type LiveShareRequest,
  type MapwrightHost,
  type MenuEvent,
  type Unsubscribe,
} from '../core/host/contract.ts';

function subscribe<T>(channel: string, listener: (value: T) => void): Unsubscribe {
  const forward = (_event: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const host: MapwrightHost = Object.freeze({
  kind: 'electron' as const,
  startup: () => ipcRenderer.invoke(CHANNELS.startup),
  openFile: () => ipcRenderer.invoke(CHANNELS.open),
  openRecent: (token: string) => ipcRenderer.invoke(CHANNELS.openRecent, { token }),
  recentFiles: () => ipcRenderer.invoke(CHANNELS.recent),
  reload: (token: string) => ipcRenderer.invoke(CHANNELS.reload, { token }),
  save: (token: string, text: string, options?: { overwriteNewer?: boolean }) =>
    ipcRenderer.invoke(CHANNELS.save, { token, text, overwriteNewer: options?.overwriteNewer === true }),
  saveAs: (text: string, suggestedName: string) => ipcRenderer.invoke(CHANNELS.saveAs, { text, suggestedName }),
  writeDraft: (token: string | null, text: string) => ipcRenderer.invoke(CHANNELS.writeDraft, { token, text }),
  discardDraft: (token: string | null) => ipcRenderer.invoke(CHANNELS.discardDraft, { token }),
  onExternalChange: (listener: (change: ExternalChange) => void) => subscribe(EVENTS.externalChange, listener),
  onMenuCommand: (listener: (event: MenuEvent) => void) => subscribe(EVENTS.menuCommand, listener),
  setWindowState: (state: { token: string | null; name: string; dirty: boolean; unapplied: boolean }) =>
    ipcRenderer.invoke(CHANNELS.setWindowState, {
      token: state.token,
      name: state.name,
      dirty: state.dirty,
      unapplied: state.unapplied,
    }),
  confirmUnsaved: (name: string) => ipcRenderer.invoke(CHANNELS.confirmUnsaved, { name }),
  closeWindow: () => ipcRenderer.invoke(CHANNELS.closeWindow),
  writeExport: (files: Record<string, string>, suggestedFolder: string) =>
    ipcRenderer.invoke(CHANNELS.writeExport, { files, suggestedFolder }),
  exportFile: (text: string, suggestedName: string, encoding?: ExportEncoding) =>
    ipcRenderer.invoke(
      CHANNELS.exportFile,
      encoding === undefined ? { text, suggestedName } : { text, suggestedName, encoding },
    ),
  history: (token: string) => ipcRenderer.invoke(CHANNELS.history, { token }),
  fileAtRevision: (token: string, hash: string) => ipcRenderer.invoke(CHANNELS.fileAtRevision, { token, hash }),
  shareInterfaces: () => ipcRenderer.invoke(CHANNELS.shareInterfaces),
  shareLive: (token: string, request: LiveShareRequest) =>
    ipcRenderer.invoke(CHANNELS.shareLive, { token, interfaceId: request.interfaceId, readOnly: request.readOnly }),
  liveShareState: () => ipcRenderer.invoke(CHANNELS.liveShareState),
  endLiveShare: () => ipcRenderer.invoke(CHANNELS.endLiveShare),
});

contextBridge.exposeInMainWorld('mapwright', host);
