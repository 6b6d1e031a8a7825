// "Share live session…": the dialog's own state and the steps behind its buttons. The session
// itself runs in the host (the desktop app's main process, or the `npm run web` server); this only
// asks for it, on the file that is open, and shows the link to hand out.
import { create } from 'zustand';
import type { LiveShareInfo, ShareInterface } from '../../core/host/contract.ts';
import { fileHost, saveCurrent } from '../store/files.ts';
import { isDirty, useMapStore } from '../store/store.ts';

export interface ShareDialogState {
  open: boolean;
  interfaces: ShareInterface[];
  interfaceId: string;
  readOnly: boolean;
  busy: boolean;
  session: LiveShareInfo | null;
  error: string | null;
}

const CLOSED: ShareDialogState = {
  open: false,
  interfaces: [],
  interfaceId: 'local',
  readOnly: false,
  busy: false,
  session: null,
  error: null,
};

export const useShareDialog = create<ShareDialogState>(() => CLOSED);

/** True when this host can run a session (not on a participant's page). */
export function canShareLive(): boolean {
  const host = fileHost();
  return host?.shareLive !== undefined && host.shareInterfaces !== undefined;
}

export async function openShareDialog(): Promise<void> {
  const host = fileHost();
  if (!host?.shareInterfaces || !host.liveShareState) return;
  useShareDialog.setState({ ...CLOSED, open: true, busy: true });
  let interfaces: ShareInterface[];
  let session: LiveShareInfo | null;
  try {
    [interfaces, session] = await Promise.all([host.shareInterfaces(), host.liveShareState()]);
  } catch (e) {
    return useShareDialog.setState({ busy: false, error: `could not ask the host: ${messageOf(e)}` });
  }
  useShareDialog.setState({
    interfaces,
    session,
    busy: false,
    interfaceId: interfaces[0]?.id ?? 'local',
    error: interfaces.length === 0 ? 'this host cannot run a live session' : null,
  });
}

export function closeShareDialog(): void {
  useShareDialog.setState({ open: false });
}

export function chooseShareOptions(options: Partial<Pick<ShareDialogState, 'interfaceId' | 'readOnly'>>): void {
  useShareDialog.setState(options);
}

/** The session starts from the file on disk: unsaved work is saved first, or nothing starts. */
export async function startSharing(): Promise<void> {
  const host = fileHost();
  if (!host?.shareLive) return;
  useShareDialog.setState({ busy: true, error: null });
  const before = useMapStore.getState();
  if ((isDirty(before) || before.doc.token === null) && !(await saveCurrent())) {
    useShareDialog.setState({ busy: false, error: 'save the map first: the session starts from the file' });
    return;
  }
  const token = useMapStore.getState().doc.token;
  if (token === null) return useShareDialog.setState({ busy: false, error: 'save the map first' });
  const { interfaceId, readOnly } = useShareDialog.getState();
  const result = await host.shareLive(token, { interfaceId, readOnly });
  if (!result.ok) return useShareDialog.setState({ busy: false, error: result.message });
  const { ok: _ok, ...session } = result;
  useShareDialog.setState({ busy: false, session });
}

/** Participants are told the session ended (and may download a copy); the file holds every change. */
export async function endSharing(): Promise<void> {
  const host = fileHost();
  if (!host?.endLiveShare) return;
  useShareDialog.setState({ busy: true, error: null });
  try {
    await host.endLiveShare();
    useShareDialog.setState({ busy: false, session: null });
  } catch (e) {
    // Back to the start form either way: starting again on this map shows a session that is still running.
    useShareDialog.setState({ busy: false, session: null, error: `the session may still be running: ${messageOf(e)}` });
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
