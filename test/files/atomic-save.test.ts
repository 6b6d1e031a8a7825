import { mkdtemp, readFile, readdir, rm, writeFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveMapFile } from '../../files/atomic-save.ts';
import { fingerprintOf } from '../../files/fingerprint.ts';
import { sweepStaleTemps } from '../../files/temp-sweep.ts';
import { bundleWriteLoopChild, killAfterReady } from '../support/kill-child.ts';

const CLINIC = join(import.meta.dirname, '../fixtures/electron/clinic.yaml');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function copyClinic(name = 'clinic.yaml'): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await readFile(CLINIC));
  return path;
}

describe('saveMapFile', () => {
  it('saves a valid map and returns the new fingerprint', async () => {
    const path = await copyClinic();
    const baseline = await fingerprintOf(path);
    const text = (await readFile(path, 'utf8')).replace('Clinic booking', 'Clinic booking v2');
    const result = await saveMapFile({ path, text, baseline });
    expect(result.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(text);
    if (result.ok) expect(result.fingerprint).toEqual(await fingerprintOf(path));
  });

  it('refuses text that does not load back as a map and leaves the file alone', async () => {
    const path = await copyClinic();
    const before = await readFile(path, 'utf8');
    const result = await saveMapFile({
      path,
      text: 'version: 1\ntitle: [unclosed\n',
      baseline: await fingerprintOf(path),
    });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('refuses a schema-invalid map (a dangling reference)', async () => {
    const path = await copyClinic();
    const text = (await readFile(path, 'utf8')).replace('uses: [booking-service]', 'uses: [constructor]');
    const result = await saveMapFile({ path, text, baseline: await fingerprintOf(path) });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('keeps CRLF line ends and a BOM byte for byte', async () => {
    const path = await copyClinic();
    const text = `\uFEFF${(await readFile(path, 'utf8')).replace(/\n/g, '\r\n')}`;
    const result = await saveMapFile({ path, text, baseline: await fingerprintOf(path) });
    expect(result.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('never overwrites a file changed on disk in the same second (hash, not mtime)', async () => {
    const path = await copyClinic();
    const baseline = await fingerprintOf(path);
    if (!baseline) throw new Error('fixture missing');
    const theirs = (await readFile(path, 'utf8')).replace('name: Patient', 'name: Pateint');
    await writeFile(path, theirs);
    // Same size and same mtime as what we saw: only the hash tells the versions apart.
    expect((await fingerprintOf(path))?.size).toBe(baseline.size);
    const seconds = baseline.mtimeMs / 1000;
    await utimes(path, seconds, seconds);
    const mine = theirs.replace('Booking service', 'Booking API');
    const result = await saveMapFile({ path, text: mine, baseline });
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('overwrites a newer file only when the user chose to', async () => {
    const path = await copyClinic();
    const baseline = await fingerprintOf(path);
    await writeFile(path, (await readFile(path, 'utf8')).replace('Patient', 'Patients'));
    const mine = (await readFile(CLINIC, 'utf8')).replace('Booking service', 'Booking API');
    const result = await saveMapFile({ path, text: mine, baseline, overwriteNewer: true });
    expect(result.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(mine);
  });

  it('does not replace a file that appeared where a new map was to be created', async () => {
    const path = await copyClinic('new.yaml');
    const result = await saveMapFile({ path, text: await readFile(CLINIC, 'utf8'), baseline: null });
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
  });
});

describe('a save killed with SIGKILL', () => {
  it('always leaves the old or the new text, never a mix (20 kills)', async () => {
    const path = join(dir, 'big.yaml');
    const versions = ['A', 'B'].map((l) => `# version ${l}\n${l.repeat(300_000)}\n`);
    const sources = await Promise.all(
      versions.map(async (text, i) => {
        const source = join(dir, `source-${i}.txt`);
        await writeFile(source, text);
        return source;
      }),
    );
    const child = await bundleWriteLoopChild();
    for (let trial = 0; trial < 20; trial++) {
      // Spread the kills over a few save cycles (one save of 300 KB with fsync takes a few ms).
      await killAfterReady(child, ['text', path, ...sources], (trial * 7) % 40);
      const text = await readFile(path, 'utf8');
      expect(versions).toContain(text);
    }
    // The kills leave temp siblings behind; the sweep removes them once they are stale.
    const swept = await sweepStaleTemps(dir, Date.now() + 120_000);
    const left = (await readdir(dir)).filter((n) => n !== 'big.yaml' && !n.startsWith('source-'));
    expect(left).toEqual([]);
    expect(swept.every((n) => /^big\.yaml\.\d+$/.test(n))).toBe(true);
  });
});
