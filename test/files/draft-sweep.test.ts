import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepDraftsFolder } from '../../files/draft-sweep.ts';
import { draftFileName, draftId, recoverableDrafts, writeDraft } from '../../files/drafts.ts';
import { sha256Of } from '../../files/fingerprint.ts';

const CLINIC = join(import.meta.dirname, '../fixtures/electron/clinic.yaml');
let dir: string;
let drafts: string;
let mapPath: string;
let clinic: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-draft-sweep-'));
  drafts = join(dir, 'drafts');
  await mkdir(drafts);
  mapPath = join(dir, 'clinic.yaml');
  clinic = await readFile(CLINIC, 'utf8');
  await writeFile(mapPath, clinic);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function aged(name: string, ageMs: number, text = 'x'): Promise<void> {
  const path = join(drafts, name);
  await writeFile(path, text);
  const when = (Date.now() - ageMs) / 1000;
  await utimes(path, when, when);
}

/** The two-file format of the first version: text, then a sidecar vouching for it. */
async function legacyPair(path: string | null, text: string, sidecarText?: string): Promise<void> {
  const id = draftId(path);
  await writeFile(join(drafts, `${id}.yaml`), text);
  const sidecar = { format: 1, path, name: 'clinic.yaml', baseSha256: sha256Of(clinic), textSha256: sha256Of(text) };
  await writeFile(
    join(drafts, `${id}.json`),
    sidecarText ?? JSON.stringify({ ...sidecar, savedAt: '2026-11-30T10:00:00.000Z' }),
  );
}

describe('sweepDraftsFolder', () => {
  it('removes stale temp files of draft writes, keeps young ones and anything not ours', async () => {
    const draft = draftFileName(mapPath);
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, clinic, sha256Of(clinic));
    await aged(`${draft}.3141592653`, 120_000);
    await aged(`untitled.draft.json.42`, 61_000);
    await aged(`${draft}.2718281828`, 5_000); // a write in progress (another window)
    await aged('notes.txt.123', 600_000);
    const sweep = await sweepDraftsFolder(drafts);
    expect(sweep.temps.sort()).toEqual([`${draft}.3141592653`, 'untitled.draft.json.42']);
    expect((await readdir(drafts)).sort()).toEqual([draft, `${draft}.2718281828`, 'notes.txt.123'].sort());
    expect(await recoverableDrafts(drafts)).toHaveLength(1);
  });

  it('turns a whole old two-file draft into a one-file draft, keeping its text and time', async () => {
    const text = clinic.replace('Clinic booking', 'Clinic booking (old draft)');
    await legacyPair(mapPath, text);
    const sweep = await sweepDraftsFolder(drafts);
    expect(sweep.converted).toEqual([`${draftId(mapPath)}.json`]);
    expect(await readdir(drafts)).toEqual([draftFileName(mapPath)]);
    expect(await recoverableDrafts(drafts)).toEqual([
      { path: mapPath, name: 'clinic.yaml', text, savedAt: '2026-11-30T10:00:00.000Z', baseChanged: false },
    ]);
  });

  it('removes an old pair that does not match (it was never offered) and leaves the folder clean', async () => {
    await legacyPair(mapPath, clinic, '{"format":1,"path":');
    await legacyPair(null, 'version: 1\ntitle: [\n');
    const sweep = await sweepDraftsFolder(drafts);
    expect(sweep.converted).toEqual([]);
    expect(await readdir(drafts)).toEqual([]);
  });

  it('does nothing for a folder that does not exist', async () => {
    expect(await sweepDraftsFolder(join(dir, 'missing'))).toEqual({ temps: [], converted: [], removed: [] });
  });
});
