// The share dialog after "End session": back to the start form whether or not the host could
// confirm the end, with the reason shown when it could not.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LiveShareInfo, MapwrightHost } from '../../../core/host/contract.ts';
import { endServedLive } from '../../../renderer/host/served-live.ts';
import { endSharing, openShareDialog, useShareDialog } from '../../../renderer/live/share-state.ts';
import { useHost } from '../../../renderer/store/files.ts';

const RUNNING: LiveShareInfo = {
  file: 'ehealth-platform.yaml',
  joinUrl: 'http://127.0.0.1:4000/s/edit/',
  viewUrl: 'http://127.0.0.1:4000/s/view/',
  interfaceLabel: 'This computer only (127.0.0.1)',
  readOnly: false,
};

function hostEnding(end: () => Promise<void>): void {
  useHost({
    shareInterfaces: async () => [{ id: 'local', label: RUNNING.interfaceLabel }],
    liveShareState: async () => RUNNING,
    shareLive: async () => ({ ok: true, ...RUNNING }),
    endLiveShare: end,
  } as unknown as MapwrightHost);
}

/** A page whose server answers DELETE /api/live with `status` (or cannot be reached: null). */
function pageWithServer(status: number | null, body?: unknown): Window {
  const fetch = async () => {
    if (status === null) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(body ?? {}), { status, headers: { 'content-type': 'application/json' } });
  };
  return {
    fetch,
    location: { href: 'http://127.0.0.1:5000/' },
    document: { querySelector: () => null },
  } as unknown as Window;
}

describe('ending a live session from the share dialog', () => {
  beforeEach(() => useShareDialog.setState({ open: false, session: null, error: null, busy: false }));

  it('shows the start form again once the host has ended the session', async () => {
    hostEnding(async () => undefined);
    await openShareDialog();
    expect(useShareDialog.getState().session).toEqual(RUNNING);
    await endSharing();
    expect(useShareDialog.getState()).toMatchObject({ open: true, busy: false, session: null, error: null });
  });

  it('shows the start form and the reason when the host could not confirm the end', async () => {
    hostEnding(() => endServedLive(pageWithServer(500, { message: 'the map could not be written' })));
    await openShareDialog();
    await endSharing();
    const state = useShareDialog.getState();
    expect(state).toMatchObject({ busy: false, session: null });
    expect(state.error).toContain('the map could not be written');
  });

  it('says the server is unreachable when the request never got an answer', async () => {
    hostEnding(() => endServedLive(pageWithServer(null)));
    await openShareDialog();
    await endSharing();
    expect(useShareDialog.getState()).toMatchObject({ busy: false, session: null });
    expect(useShareDialog.getState().error).toContain('needs the Mapwright server');
  });

  it('the served host resolves when the server confirms', async () => {
    await expect(endServedLive(pageWithServer(200, { ok: true }))).resolves.toBeUndefined();
  });
});
