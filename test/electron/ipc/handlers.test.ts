import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, MAX_TEXT_LENGTH, type OpenResult, type WindowState } from '../../../core/host/contract.ts';
import { FileService } from '../../../files/file-service.ts';
import { createHostHandlers, type HostDialogs } from '../../../electron/ipc/handlers.ts';

const APP = { senderUrl: 'app://mapwright/index.html' };
const CLINIC = join(import.meta.dirname, '../../fixtures/electron/clinic.yaml');
let dir: string;
let mapPath: string;
let files: FileService;
let chosen: { open: string | null; save: string | null; folder: string | null };
let states: WindowState[];

function handlers() {
  const dialogs: HostDialogs = {
    chooseMapToOpen: async () => chosen.open,
    chooseMapSaveTarget: async () => chosen.save,
    chooseExportFolder: async () => chosen.folder,
    chooseExportFile: async () => chosen.save,
    confirmUnsaved: async () => 'cancel',
  };
  return createHostHandlers(files, dialogs, { setState: (s) => states.push(s), close: () => undefined });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-ipc-'));
  mapPath = join(dir, 'clinic.yaml');
  await writeFile(mapPath, await readFile(CLINIC));
  files = new FileService({
    dataFolder: join(dir, 'data'),
    defaultMap: mapPath,
    watch: false,
    onExternalChange: () => undefined,
  });
  chosen = { open: mapPath, save: null, folder: null };
  states = [];
});
afterEach(async () => {
  await files.close();
  await rm(dir, { recursive: true, force: true });
});

async function openViaDialog(): Promise<string> {
  const result = (await handlers()[CHANNELS.open](APP, undefined)) as OpenResult;
  if (!result.ok) throw new Error(result.message);
  return result.file.token;
}

describe('IPC handlers', () => {
  it('open through the dialog, then save through the token it returned', async () => {
    const h = handlers();
    const token = await openViaDialog();
    const text = (await readFile(mapPath, 'utf8')).replace('Patient', 'Patients');
    expect(await h[CHANNELS.save](APP, { token, text })).toMatchObject({
      ok: true,
      file: { token, name: 'clinic.yaml' },
    });
    expect(await readFile(mapPath, 'utf8')).toBe(text);
  });

  it.each([
    'https://evil.example/index.html',
    'file:///work/main/dist/renderer/index.html',
    'app://mapwright.evil/index.html',
    'app://user:pw@mapwright/index.html',
    'http://localhost:5173/',
    '',
    'not a url',
  ])('refuse a sender at %j', async (senderUrl) => {
    await expect(handlers()[CHANNELS.startup]({ senderUrl }, undefined)).rejects.toThrow(/did not come from the app/);
  });

  it('refuse tokens that were never issued for a dialog-chosen file', async () => {
    const h = handlers();
    const text = await readFile(mapPath, 'utf8');
    await expect(h[CHANNELS.save](APP, { token: 'made-up-token-0000', text })).rejects.toThrow(
      /not chosen in a dialog/,
    );
    await expect(h[CHANNELS.openRecent](APP, { token: 'made-up-token-0000' })).rejects.toThrow(
      /not chosen in a dialog/,
    );
    await expect(h[CHANNELS.writeDraft](APP, { token: 'made-up-token-0000', text })).rejects.toThrow(/not chosen/);
  });

  it('refuse raw paths where a token is expected', async () => {
    const h = handlers();
    await expect(h[CHANNELS.save](APP, { token: '/etc/passwd', text: 'x' })).rejects.toThrow(/file token/);
    await expect(h[CHANNELS.save](APP, { path: mapPath, text: 'x' })).rejects.toThrow(/unexpected field/);
  });

  it.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['null', null],
    ['a number text', { token: 'AAAAAAAAAAAA', text: 42 }],
    ['a non-boolean flag', { token: 'AAAAAAAAAAAA', text: '', overwriteNewer: 'yes' }],
    ['a class instance', new Date()],
  ])('refuse a save payload that is %s', async (_label, payload) => {
    await expect(handlers()[CHANNELS.save](APP, payload)).rejects.toThrow(/refused/);
  });

  it('refuse oversize text before touching the disk', async () => {
    const token = await openViaDialog();
    const before = await readFile(mapPath, 'utf8');
    const huge = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    await expect(handlers()[CHANNELS.save](APP, { token, text: huge })).rejects.toThrow(/too large/);
    expect(await readFile(mapPath, 'utf8')).toBe(before);
  });

  it('refuse arguments on channels that take none', async () => {
    await expect(handlers()[CHANNELS.open](APP, { path: '/etc/passwd' })).rejects.toThrow(/no arguments/);
  });

  it('a cancelled dialog is null, not an error', async () => {
    chosen.open = null;
    expect(await handlers()[CHANNELS.open](APP, undefined)).toBeNull();
  });

  it('window state: the title and dirty marker go to the window; unknown tokens are refused', async () => {
    const token = await openViaDialog();
    const h = handlers();
    await h[CHANNELS.setWindowState](APP, { token, name: 'clinic.yaml', dirty: true, unapplied: false });
    await h[CHANNELS.setWindowState](APP, { token, name: 'clinic.yaml', dirty: false, unapplied: true });
    expect(states).toEqual([
      { token, name: 'clinic.yaml', dirty: true, unapplied: false },
      { token, name: 'clinic.yaml', dirty: false, unapplied: true },
    ]);
    await expect(
      h[CHANNELS.setWindowState](APP, { token: 'unknown-token-1234', name: 'x', dirty: false, unapplied: false }),
    ).rejects.toThrow();
    await expect(
      h[CHANNELS.setWindowState](APP, { token, name: 'bad\u0007name', dirty: false, unapplied: false }),
    ).rejects.toThrow(/control/);
    await expect(h[CHANNELS.setWindowState](APP, { token, name: 'x', dirty: false })).rejects.toThrow(/unapplied/);
  });

  it('export: writes only inside the chosen folder and refuses escaping names', async () => {
    const h = handlers();
    chosen.folder = join(dir, 'out');
    const files = {
      'base/kustomization.yaml': 'resources: []\n',
      'overlays/prod/kustomization.yaml': 'resources: []\n',
    };
    expect(await h[CHANNELS.writeExport](APP, { files, suggestedFolder: 'k8s' })).toMatchObject({ ok: true });
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['base', 'overlays']);
    for (const bad of [
      '../escape.yaml',
      '/abs.yaml',
      'a\\..\\b.yaml',
      'C:/x.yaml',
      'con.yaml',
      'base/../../x.yaml',
      '',
    ]) {
      await expect(h[CHANNELS.writeExport](APP, { files: { [bad]: 'x' }, suggestedFolder: 'k8s' })).rejects.toThrow(
        /refused/,
      );
    }
    expect(await readdir(dir)).not.toContain('escape.yaml');
  });
});
