// The desktop host's git history: parsing `git log`, following a renamed map, reading a version,
// a file outside any repository, and the IPC channels that refuse anything but a hex revision.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type HistoryEntry, type OpenResult } from '../../core/host/contract.ts';
import { FileService } from '../../files/file-service.ts';
import { fileAtRevision, fileHistory, historyEntries, parseGitLog } from '../../files/git-history.ts';
import { createHostHandlers, type HostDialogs } from '../../electron/ipc/handlers.ts';
import { COMMIT_SUBJECTS, createMapRepo, mapVersion, type MapRepo } from '../support/git-map-repo.ts';

const APP = { senderUrl: 'app://mapwright/index.html' };
let repo: MapRepo;

beforeAll(() => {
  repo = createMapRepo();
});
afterAll(() => repo?.remove());

describe('parseGitLog', () => {
  it('reads records of hash, short hash, date, author, subject and the path', () => {
    const hash = 'a'.repeat(40);
    const out = `\x1e${hash}\x1faaaaaaa\x1f2025-01-02T03:04:05+01:00\x1fAda L.\x1fMove payments: to commodity\n\nmaps/shop.yaml\n`;
    expect(parseGitLog(out)).toEqual([
      {
        hash,
        short: 'aaaaaaa',
        date: '2025-01-02T03:04:05+01:00',
        author: 'Ada L.',
        subject: 'Move payments: to commodity',
        path: 'maps/shop.yaml',
      },
    ]);
  });

  it('skips anything that is not a record', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(parseGitLog('\x1enot-a-hash\x1fx\x1fy\x1fz\x1fs\n\nmaps/a.yaml\n')).toEqual([]);
    expect(parseGitLog(`\x1e${'b'.repeat(40)}\x1fbbbbbbb\x1fd\x1fa\x1fno path\n`)).toEqual([]);
  });
});

describe('the history of a map file', () => {
  it('lists the commits newest first and reads the oldest version back', async () => {
    const entries = await historyEntries(repo.mapPath);
    expect(entries.map((e) => e.subject)).toEqual([...COMMIT_SUBJECTS].reverse());
    const oldest = entries.at(-1) as HistoryEntry;
    expect(await fileAtRevision(repo.mapPath, oldest.hash)).toBe(mapVersion(1));
    expect(await fileAtRevision(repo.mapPath, oldest.short)).toBe(mapVersion(1));
  });

  it('follows a renamed map and reads the versions under their old name', async () => {
    expect(repo.git('mv', 'maps/shop.yaml', 'maps/webshop.yaml').code).toBe(0);
    expect(repo.git('commit', '-q', '-m', 'Rename the map').code).toBe(0);
    const renamed = join(repo.dir, 'maps', 'webshop.yaml');
    try {
      const history = await fileHistory(renamed);
      expect(history.map((c) => c.path)).toEqual([
        'maps/webshop.yaml',
        'maps/shop.yaml',
        'maps/shop.yaml',
        'maps/shop.yaml',
      ]);
      const oldest = history.at(-1) as HistoryEntry;
      expect(await fileAtRevision(renamed, oldest.hash)).toBe(mapVersion(1));
    } finally {
      repo.git('mv', 'maps/webshop.yaml', 'maps/shop.yaml');
      repo.git('commit', '-q', '-m', 'Rename it back');
    }
  });

  it('has no history outside a repository, and no version for a hash it did not list', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mapwright-nogit-'));
    try {
      const file = join(outside, 'loose.yaml');
      writeFileSync(file, mapVersion(1));
      expect(await historyEntries(file)).toEqual([]);
      expect(await fileAtRevision(file, 'abcdef1')).toBeNull();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    expect(await fileAtRevision(repo.mapPath, 'HEAD')).toBeNull();
    expect(await fileAtRevision(repo.mapPath, '0000000')).toBeNull();
  });
});

describe('history over IPC', () => {
  let files: FileService;
  let handlers: ReturnType<typeof createHostHandlers>;
  const dialogs: HostDialogs = {
    chooseMapToOpen: async () => repo.mapPath,
    chooseMapSaveTarget: async () => null,
    chooseExportFolder: async () => null,
    chooseExportFile: async () => null,
    confirmUnsaved: async () => 'cancel',
  };

  beforeAll(() => {
    files = new FileService({
      dataFolder: join(repo.dir, '.data'),
      defaultMap: repo.mapPath,
      watch: false,
      onExternalChange: () => undefined,
    });
    handlers = createHostHandlers(files, dialogs, { setState: () => undefined, close: () => undefined });
  });
  afterAll(async () => files?.close());

  it('lists and reads versions of a file opened through the dialog', async () => {
    const opened = (await handlers[CHANNELS.open](APP, undefined)) as OpenResult;
    if (!opened.ok) throw new Error(opened.message);
    const token = opened.file.token;
    const entries = (await handlers[CHANNELS.history](APP, { token })) as HistoryEntry[];
    expect(entries.map((e) => e.subject)).toContain(COMMIT_SUBJECTS[0]);
    expect(Object.keys(entries[0] ?? {}).sort()).toEqual(['author', 'date', 'hash', 'short', 'subject']);
    const first = entries.find((e) => e.subject === COMMIT_SUBJECTS[0]) as HistoryEntry;
    expect(await handlers[CHANNELS.fileAtRevision](APP, { token, hash: first.hash })).toBe(mapVersion(1));
  });

  it('refuses tokens it never issued, revisions that are not hex, and strangers', async () => {
    const opened = (await handlers[CHANNELS.open](APP, undefined)) as OpenResult;
    if (!opened.ok) throw new Error(opened.message);
    const token = opened.file.token;
    await expect(handlers[CHANNELS.history](APP, { token: 'Zz'.repeat(12) })).rejects.toThrow(/refused/);
    for (const hash of ['HEAD', '--output=/tmp/x', 'abc', 'a'.repeat(65), 42])
      await expect(handlers[CHANNELS.fileAtRevision](APP, { token, hash })).rejects.toThrow(/refused/);
    await expect(handlers[CHANNELS.fileAtRevision](APP, { token, hash: 'abcdef1', path: '/etc' })).rejects.toThrow(
      /refused/,
    );
    await expect(handlers[CHANNELS.history]({ senderUrl: 'https://evil.example/' }, { token })).rejects.toThrow(
      /refused/,
    );
  });
});
