import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDraft, draftId, recoverableDrafts, writeDraft } from '../../files/drafts.ts';
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

  it('are not offered when empty, half-written or not matching their sidecar', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    const textFile = join(drafts, `${draftId(mapPath)}.yaml`);
    await writeFile(textFile, '');
    expect(await recoverableDrafts(drafts)).toEqual([]);
    await writeFile(textFile, edited().slice(0, edited().length / 2));
    expect(await recoverableDrafts(drafts)).toEqual([]);
  });

  it('are not offered when the text no longer loads as a map', async () => {
    const broken = 'version: 1\ntitle: [\n';
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, broken, sha256Of(clinic));
    expect(await recoverableDrafts(drafts)).toEqual([]);
  });

  it('are not offered when the sidecar is damaged', async () => {
    await writeDraft(drafts, { path: mapPath, name: 'clinic.yaml' }, edited(), sha256Of(clinic));
    await writeFile(join(drafts, `${draftId(mapPath)}.json`), '{"format":1,"path":');
    expect(await recoverableDrafts(drafts)).toEqual([]);
  });

  it('from a missing drafts folder are simply none', async () => {
    expect(await recoverableDrafts(join(dir, 'nowhere'))).toEqual([]);
  });
});
