import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExternalChange } from '../../core/host/contract.ts';
import { FileService } from '../../files/file-service.ts';

const CLINIC = join(import.meta.dirname, '../fixtures/electron/clinic.yaml');
let dir: string;
let clinic: string;
let mapPath: string;
let service: FileService;
let changes: ExternalChange[];
let waiters: (() => void)[];

function nextChange(): Promise<ExternalChange> {
  const seen = changes.length;
  return new Promise((resolve) => {
    const check = () => {
      const change = changes[seen];
      if (change) resolve(change);
      else waiters.push(check);
    };
    check();
  });
}

function makeService(watch: boolean): FileService {
  return new FileService({
    dataFolder: join(dir, 'data'),
    defaultMap: join(dir, 'default.yaml'),
    watch,
    watchStabilityMs: 100,
    onExternalChange: (c) => {
      changes.push(c);
      for (const w of waiters.splice(0)) w();
    },
  });
}

/** Replace the file the way git checkout does: write a sibling, rename it over. */
async function replaceByRename(path: string, text: string): Promise<void> {
  await writeFile(`${path}.incoming`, text);
  await rename(`${path}.incoming`, path);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-service-'));
  clinic = await readFile(CLINIC, 'utf8');
  mapPath = join(dir, 'clinic.yaml');
  await writeFile(mapPath, clinic);
  await writeFile(join(dir, 'default.yaml'), clinic.replace('Clinic booking', 'Default map'));
  changes = [];
  waiters = [];
});
afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the file service', () => {
  it('opens the example map on first start, then the last file opened', async () => {
    service = makeService(false);
    const first = await service.startup();
    expect(first.file?.text).toContain('Default map');
    expect(first.draft).toBeNull();
    await service.openPath(mapPath);
    const second = await makeService(false).startup();
    expect(second.file?.name).toBe('clinic.yaml');
  });

  it('saves through the token it issued and refuses tokens it did not issue', async () => {
    service = makeService(false);
    const opened = await service.openPath(mapPath);
    if (!opened.ok) throw new Error(opened.message);
    const text = clinic.replace('Patient', 'Patients');
    expect(await service.save(opened.file.token, text)).toMatchObject({ ok: true });
    expect(await readFile(mapPath, 'utf8')).toBe(text);
    expect(await service.save('AAAAAAAAAAAAAAAAAAAAAAAA', text)).toMatchObject({ ok: false });
  });

  it('on a conflict keeps the user text as a draft that the next start offers', async () => {
    service = makeService(false);
    const opened = await service.openPath(mapPath);
    if (!opened.ok) throw new Error(opened.message);
    await writeFile(mapPath, clinic.replace('Patient', 'Pateint'));
    const mine = clinic.replace('Booking service', 'Booking API');
    const result = await service.save(opened.file.token, mine);
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    const next = await makeService(false).startup();
    expect(next.draft).toMatchObject({ text: mine, baseChanged: true, name: 'clinic.yaml' });
    expect(next.file?.token).toBe(next.draft?.token);
  });

  it('after a crash offers the autosaved draft; after a save there is nothing to offer', async () => {
    service = makeService(false);
    const opened = await service.openPath(mapPath);
    if (!opened.ok) throw new Error(opened.message);
    const mine = clinic.replace('Booking service', 'Booking API');
    await service.writeDraft(opened.file.token, mine);
    // A new service over the same data folder stands for the app after a crash.
    const recovered = await makeService(false).startup();
    expect(recovered.draft).toMatchObject({ text: mine, baseChanged: false });
    await service.save(opened.file.token, mine);
    expect((await makeService(false).startup()).draft).toBeNull();
  });

  it('never replaces a file on disk that does not load as a map with a plain save', async () => {
    service = makeService(false);
    await writeFile(mapPath, 'version: 1\ntitle: [broken\n');
    const opened = await service.openPath(mapPath);
    if (!opened.ok) throw new Error(opened.message);
    expect(await service.save(opened.file.token, clinic)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await readFile(mapPath, 'utf8')).toBe('version: 1\ntitle: [broken\n');
  });

  it('refuses to open non-UTF-8 bytes instead of replacing them with U+FFFD', async () => {
    service = makeService(false);
    await writeFile(mapPath, Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xff, 0x0a]));
    expect(await service.openPath(mapPath)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('external changes (a real chokidar watcher)', () => {
  it('a clean document reloads when the file is replaced by rename, every time', async () => {
    service = makeService(true);
    const opened = await service.openPath(mapPath);
    if (!opened.ok) throw new Error(opened.message);
    for (const title of ['Checkout one', 'Checkout two']) {
      const next = nextChange();
      await replaceByRename(mapPath, clinic.replace('Clinic booking', title));
      const change = await next;
      expect(change.kind).toBe('reload');
      if (change.kind === 'reload') expect(change.file.text).toContain(title);
    }
  });

  it('a dirty document gets a banner, not a reload, and its save then reports a conflict', async () => {
    service = makeService(true);
    const opened = await service.openPath(mapPath);
    if (!opened.ok) throw new Error(opened.message);
    await service.setActive(opened.file.token, true);
    const next = nextChange();
    await replaceByRename(mapPath, clinic.replace('Clinic booking', 'From git'));
    expect(await next).toEqual({ kind: 'changed', token: opened.file.token, name: 'clinic.yaml' });
    const save = await service.save(opened.file.token, clinic.replace('Patient', 'Patients'));
    expect(save).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await readFile(mapPath, 'utf8')).toContain('From git');
  });

  it('our own save is not reported as an outside change', async () => {
    service = makeService(true);
    const opened = await service.openPath(mapPath);
    if (!opened.ok) throw new Error(opened.message);
    await service.save(opened.file.token, clinic.replace('Patient', 'Patients'));
    // An outside edit afterwards is the first (and only) change reported.
    const next = nextChange();
    await replaceByRename(mapPath, clinic.replace('Clinic booking', 'Outside'));
    const change = await next;
    expect(change.kind).toBe('reload');
    expect(changes).toHaveLength(1);
  });
});
