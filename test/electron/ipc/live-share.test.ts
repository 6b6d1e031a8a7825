// The desktop app's "Share live session…" channels: only on a file the user opened, only on a
// network the host offered, and only from the app's own page.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type OpenResult } from '../../../core/host/contract.ts';
import { createHostHandlers, type HostDialogs } from '../../../electron/ipc/handlers.ts';
import { FileService } from '../../../files/file-service.ts';
import { LiveShare } from '../../../server/live/share.ts';
import type { LiveSessionOptions } from '../../../server/live/session.ts';

const APP = { senderUrl: 'app://mapwright/index.html' };
const STRANGER = { senderUrl: 'https://evil.example/' };
let dir: string;
let mapPath: string;
let files: FileService;
let started: LiveSessionOptions[];
let ended: number;

function handlers() {
  const dialogs: HostDialogs = {
    chooseMapToOpen: async () => mapPath,
    chooseMapSaveTarget: async () => null,
    chooseExportFolder: async () => null,
    chooseExportFile: async () => null,
    confirmUnsaved: async () => 'cancel',
  };
  const live = new LiveShare({
    networks: () => [
      { id: 'local', label: 'This computer only (127.0.0.1)', bind: '127.0.0.1' },
      { id: 'if:eth0:192.0.2.7', label: 'eth0 (192.0.2.7)', bind: '192.0.2.7' },
    ],
    start: async (options) => {
      started.push(options);
      const url = `http://${options.host}:4100/s/`;
      return {
        joinUrl: `${url}edit-token/`,
        viewUrl: `${url}view-token/`,
        end: async () => void ended++,
      } as never;
    },
  });
  return createHostHandlers(files, dialogs, { setState: () => undefined, close: () => undefined }, live);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-share-'));
  mapPath = join(dir, 'clinic.yaml');
  await writeFile(mapPath, await readFile(join(import.meta.dirname, '../../fixtures/electron/clinic.yaml')));
  files = new FileService({
    dataFolder: join(dir, 'data'),
    defaultMap: mapPath,
    watch: false,
    onExternalChange: () => undefined,
  });
  started = [];
  ended = 0;
});
afterEach(async () => {
  await files.close();
  await rm(dir, { recursive: true, force: true });
});

describe('live sharing over IPC', () => {
  it('offers the networks by id and label only, and starts on the opened file and the chosen network', async () => {
    const h = handlers();
    expect(await h[CHANNELS.shareInterfaces](APP, undefined)).toEqual([
      { id: 'local', label: 'This computer only (127.0.0.1)' },
      { id: 'if:eth0:192.0.2.7', label: 'eth0 (192.0.2.7)' },
    ]);
    const opened = (await h[CHANNELS.open](APP, undefined)) as OpenResult;
    if (!opened.ok) throw new Error(opened.message);
    const token = opened.file.token;
    const result = await h[CHANNELS.shareLive](APP, { token, interfaceId: 'if:eth0:192.0.2.7', readOnly: true });
    expect(result).toMatchObject({ ok: true, joinUrl: 'http://192.0.2.7:4100/s/edit-token/', readOnly: true });
    expect(started).toEqual([expect.objectContaining({ mapPath, host: '192.0.2.7', readOnly: true })]);
    expect(await h[CHANNELS.liveShareState](APP, undefined)).toMatchObject({
      file: mapPath,
      interfaceLabel: 'eth0 (192.0.2.7)',
    });
    await h[CHANNELS.endLiveShare](APP, undefined);
    expect(ended).toBe(1);
    expect(await h[CHANNELS.liveShareState](APP, undefined)).toBeNull();
  });

  it('refuses a file the user never opened, a made-up network, a bad payload and a foreign page', async () => {
    const h = handlers();
    const request = { token: 'never-issued-token', interfaceId: 'local', readOnly: false };
    await expect(h[CHANNELS.shareLive](APP, request)).rejects.toThrow(/not chosen/);
    const opened = (await h[CHANNELS.open](APP, undefined)) as OpenResult;
    if (!opened.ok) throw new Error(opened.message);
    const token = opened.file.token;
    expect(await h[CHANNELS.shareLive](APP, { token, interfaceId: 'if:x:203.0.113.1', readOnly: false })).toMatchObject(
      { ok: false },
    );
    await expect(h[CHANNELS.shareLive](APP, { token, interfaceId: '0.0.0.0 x', readOnly: false })).rejects.toThrow(
      /interfaceId/,
    );
    await expect(h[CHANNELS.shareLive](APP, { token, interfaceId: 'local', readOnly: 'yes' })).rejects.toThrow(
      /readOnly/,
    );
    await expect(h[CHANNELS.shareLive](STRANGER, { token, interfaceId: 'local', readOnly: false })).rejects.toThrow(
      /did not come from the app/,
    );
    await expect(h[CHANNELS.shareInterfaces](STRANGER, undefined)).rejects.toThrow();
    expect(started).toEqual([]);
  });
});
