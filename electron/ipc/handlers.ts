// The host's IPC handlers as plain functions `(sender, payload) → result`, so tests call them
// without Electron. Each checks who is calling and validates the payload before doing anything;
// paths only come from dialogs, the recent list or the default map, never from the renderer.
import { basename, dirname } from 'node:path';
import {
  CHANNELS,
  type ExportResult,
  type InvokeChannel,
  type UnsavedChoice,
  type WindowState,
} from '../../core/host/contract.ts';
import {
  checkConfirmUnsavedPayload,
  checkDiscardDraftPayload,
  checkDraftPayload,
  checkExportFilePayload,
  checkExportPayload,
  checkNoPayload,
  checkRevisionPayload,
  checkSaveAsPayload,
  checkSavePayload,
  checkShareLivePayload,
  checkTokenPayload,
  checkWindowStatePayload,
  type Checked,
} from '../../core/host/payloads.ts';
import type { FileService } from '../../files/file-service.ts';
import { writeBytesAtomically, writeTextAtomically } from '../../files/atomic-save.ts';
import { writeExportFiles } from '../../files/export-writer.ts';
import { fileAtRevision, historyEntries } from '../../files/git-history.ts';
import { LiveShare } from '../../server/live/share.ts';
import { isAppSender, type SenderLike } from './sender.ts';

export interface HostDialogs {
  chooseMapToOpen(): Promise<string | null>;
  chooseMapSaveTarget(suggestedName: string): Promise<string | null>;
  chooseExportFolder(suggestedFolder: string): Promise<string | null>;
  chooseExportFile(suggestedName: string): Promise<string | null>;
  confirmUnsaved(name: string): Promise<UnsavedChoice>;
}

export interface WindowControl {
  setState(state: WindowState): void;
  close(): void;
}

export type Handler = (event: SenderLike, payload: unknown) => Promise<unknown>;

/** Thrown back to the renderer (the invoke rejects); the message never echoes the payload. */
export class IpcRefused extends Error {}

export function createHostHandlers(
  files: FileService,
  dialogs: HostDialogs,
  window: WindowControl,
  live: LiveShare = new LiveShare(),
): Record<InvokeChannel, Handler> {
  let current: string | null = null;
  const handlers: Record<InvokeChannel, Handler> = {
    [CHANNELS.startup]: guarded(checkNoPayload, () => files.startup()),
    [CHANNELS.open]: guarded(checkNoPayload, async () => {
      const path = await dialogs.chooseMapToOpen();
      return path === null ? null : files.openPath(path);
    }),
    [CHANNELS.openRecent]: guarded(checkTokenPayload, ({ token }) => files.openToken(issued(files, token))),
    [CHANNELS.recent]: guarded(checkNoPayload, () => files.recentFiles()),
    [CHANNELS.reload]: guarded(checkTokenPayload, ({ token }) => files.reload(issued(files, token))),
    [CHANNELS.save]: guarded(checkSavePayload, (p) => files.save(issued(files, p.token), p.text, p.overwriteNewer)),
    [CHANNELS.saveAs]: guarded(checkSaveAsPayload, async (p) => {
      const path = await dialogs.chooseMapSaveTarget(basename(p.suggestedName));
      return path === null ? null : files.saveAsPath(path, p.text, current);
    }),
    [CHANNELS.writeDraft]: guarded(checkDraftPayload, (p) => files.writeDraft(nullableIssued(files, p.token), p.text)),
    [CHANNELS.discardDraft]: guarded(checkDiscardDraftPayload, (p) =>
      files.discardDraft(nullableIssued(files, p.token)),
    ),
    [CHANNELS.setWindowState]: guarded(checkWindowStatePayload, async (state) => {
      current = nullableIssued(files, state.token);
      window.setState(state);
      await files.setActive(current, state.dirty);
    }),
    [CHANNELS.confirmUnsaved]: guarded(checkConfirmUnsavedPayload, ({ name }) => dialogs.confirmUnsaved(name)),
    [CHANNELS.closeWindow]: guarded(checkNoPayload, async () => window.close()),
    [CHANNELS.writeExport]: guarded(checkExportPayload, async (p) => {
      const folder = await dialogs.chooseExportFolder(basename(p.suggestedFolder));
      return folder === null ? null : writeExportFiles(folder, p.files);
    }),
    [CHANNELS.exportFile]: guarded(checkExportFilePayload, async (p) => {
      const path = await dialogs.chooseExportFile(basename(p.suggestedName));
      return path === null
        ? null
        : exportOneFile(path, p.encoding === 'base64' ? Buffer.from(p.text, 'base64') : p.text);
    }),
    [CHANNELS.history]: guarded(checkTokenPayload, ({ token }) => historyEntries(pathOf(files, token))),
    [CHANNELS.fileAtRevision]: guarded(checkRevisionPayload, (p) => fileAtRevision(pathOf(files, p.token), p.hash)),
    // Live sharing runs on the file the user opened (by token), on a network named by its id.
    [CHANNELS.shareInterfaces]: guarded(checkNoPayload, async () => live.interfaces()),
    [CHANNELS.shareLive]: guarded(checkShareLivePayload, (p) =>
      live.share(pathOf(files, p.token), { interfaceId: p.interfaceId, readOnly: p.readOnly }),
    ),
    [CHANNELS.liveShareState]: guarded(checkNoPayload, async () => live.state()),
    [CHANNELS.endLiveShare]: guarded(checkNoPayload, () => live.end()),
  };
  return handlers;
}

function guarded<T>(check: (payload: unknown) => Checked<T>, run: (value: T) => Promise<unknown>): Handler {
  return async (event, payload) => {
    if (!isAppSender(event)) throw new IpcRefused('refused: the request did not come from the app');
    const checked = check(payload);
    if (!checked.ok) throw new IpcRefused(`refused: ${checked.message}`);
    return run(checked.value);
  };
}

function issued(files: FileService, token: string): string {
  if (!files.isIssued(token)) throw new IpcRefused('refused: the file was not chosen in a dialog');
  return token;
}

function pathOf(files: FileService, token: string): string {
  const path = files.pathOf(token);
  if (path === undefined) throw new IpcRefused('refused: the file was not chosen in a dialog');
  return path;
}

function nullableIssued(files: FileService, token: string | null): string | null {
  return token === null ? null : issued(files, token);
}

async function exportOneFile(path: string, contents: string | Uint8Array): Promise<ExportResult> {
  try {
    if (typeof contents === 'string') await writeTextAtomically(path, contents);
    else await writeBytesAtomically(path, contents);
    return { ok: true, folder: dirname(path), written: [basename(path)] };
  } catch (e) {
    return { ok: false, reason: 'io', message: e instanceof Error ? e.message : String(e) };
  }
}
