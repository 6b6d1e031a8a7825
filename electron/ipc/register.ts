// The thin Electron side of IPC: every channel goes through its plain handler with the sender
// frame's URL; nothing else is registered.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel } from '../../core/host/contract.ts';
import type { Handler } from './handlers.ts';

export function registerHostHandlers(ipcMain: IpcMain, handlers: Record<InvokeChannel, Handler>): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) =>
      // senderFrame is null when the frame navigated away or was destroyed: treat it as a stranger.
      handler({ senderUrl: event.senderFrame?.url ?? '' }, payload),
    );
  }
}
