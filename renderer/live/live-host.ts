// The host a participant's editor runs on: the browser host for exports and downloads, with the
// map coming from the live session and saving left to the session's host, which writes the file.
import type { MapwrightHost } from '../../core/host/contract.ts';
import { createBrowserHost } from '../host/browser.ts';
import { joinLiveSession } from './join.ts';
import { useLive } from './live-state.ts';

export function createLiveHost(win: Window): MapwrightHost {
  const browser = createBrowserHost(win);
  return {
    ...browser,
    startup: async () => ({ file: await joinLiveSession(win), draft: null }),
    // Nothing to save here: the session's host writes the file shortly after every change.
    save: async (token) => ({ ok: true, file: { token, name: useLive.getState().fileName } }),
    writeDraft: async () => undefined,
    discardDraft: async () => undefined,
    history: async () => [],
    // A participant cannot start another session: only the host that has the file can.
    shareInterfaces: undefined,
    shareLive: undefined,
    liveShareState: undefined,
    endLiveShare: undefined,
    fileAtRevision: async () => null,
    setWindowState: async (state) => {
      win.document.title = `${state.name} (live) — Mapwright`;
    },
  };
}
