import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDraft, draftFileName, recoverableDrafts, writeDraft } from '../../files/drafts.ts';
import { sha256Of } from '../../files/fingerprint.ts';

const CLINIC = join(import.meta.dirname, '../fixtures/electron/clinic.yaml');
let dir: string;
let drafts: string;
let mapPath: string;
let clinic: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-drafts-'));
  drafts = join(dir, 'data', 'drafts');
  mapPath = join(dir, 'clinic.yaml');
  clinic = await readFile(CLINIC, 'utf8');
  await writeFile(mapPath, clinic);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const edited = () => clinic.replace('Clinic booking', 'Clinic booking (edited)');

describe('drafts', () => {
  it('are written to the data folder, not beside the map, and offered after a restart', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    expect(await readdir(dir)).toEqual(['clinic.yaml', 'data']);
    const offered = await recoverableDrafts(drafts);
    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatchObject({ path: mapPath, name: 'clinic.yaml', text: edited(), baseChanged: false });
  });

  it('say when the file on disk changed since the draft was based on it', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    await writeFile(mapPath, clinic.replace('Patient', 'Patients'));
    expect((await recoverableDrafts(drafts))[0]?.baseChanged).toBe(true);
  });

  it('keep one draft per file: a newer write replaces the older one', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    const newer = edited().replace('Patient', 'Patients');
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, newer, sha256Of(clinic));
    const offered = await recoverableDrafts(drafts);
    expect(offered.map((d) => d.text)).toEqual([newer]);
  });

  it('of an untitled map are kept apart from file drafts, newest first', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    await new Promise((r) => setTimeout(r, 5));
    await writeDraft(drafts, { path: null, name: 'Untitled map' }, clinic, null);
    const offered = await recoverableDrafts(drafts);
    expect(offered.map((d) => d.path)).toEqual([null, mapPath]);
  });

  it('are gone after discard', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    await discardDraft(drafts, mapPath);
    expect(await recoverableDrafts(drafts)).toEqual([]);
    expect(await readdir(drafts)).toEqual([]);
  });

  it('are one file each, with the text and its hashes inside', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    expect(await readdir(drafts)).toEqual([draftFileName(mapPath)]);
    const inside = JSON.parse(await readFile(join(drafts, draftFileName(mapPath)), 'utf8')) as Record<string, unknown>;
    expect(inside).toMatchObject({ format: 2, path: mapPath, text: edited(), textSha256: sha256Of(edited()) });
  });

  it('are not offered when empty, cut short, or their text does not match its hash', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    const file = join(drafts, draftFileName(mapPath));
    const whole = await readFile(file, 'utf8');
    for (const damaged of ['', whole.slice(0, whole.length / 2), whole.replace('(edited)', '(edited!)')]) {
      await writeFile(file, damaged);
      expect(await recoverableDrafts(drafts)).toEqual([]);
    }
  });

  it("are not offered under another file's name (a copied draft)", async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    await rename(join(drafts, draftFileName(mapPath)), join(drafts, draftFileName(null)));
    expect(await recoverableDrafts(drafts)).toEqual([]);
  });

  it('are not offered when the text no longer loads as a map', async () => {
    const broken = 'version: 1\ntitle: [\n';
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, broken, sha256Of(clinic));
    expect(await recoverableDrafts(drafts)).toEqual([]);
  });

  it('from a missing drafts folder are simply none', async () => {
    expect(await recoverableDrafts(join(dir, 'nowhere'))).toEqual([]);
  });
});
