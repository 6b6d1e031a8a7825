import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sweepStaleTemps } from '../../files/temp-sweep.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-sweep-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function touch(name: string, ageMs: number): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, 'x');
  const when = (Date.now() - ageMs) / 1000;
  await utimes(path, when, when);
}

it('removes temp siblings of map files older than a minute, and nothing else', async () => {
  await touch('platform.yaml', 600_000);
  await touch('platform.yaml.3141592653', 120_000); // stale temp: swept
  await touch('platform.yml.42', 61_000); // stale temp: swept
  await touch('platform.yaml.2718281828', 5_000); // a save in progress: kept
  await touch('notes.txt.123', 600_000); // not a map's temp: kept
  await touch('release.2024', 600_000); // not a map's temp: kept
  await touch('platform.yaml.bak', 600_000); // not a number: kept
  const removed = await sweepStaleTemps(dir);
  expect(removed.sort()).toEqual(['platform.yaml.3141592653', 'platform.yml.42']);
  expect((await readdir(dir)).sort()).toEqual([
    'notes.txt.123',
    'platform.yaml',
    'platform.yaml.2718281828',
    'platform.yaml.bak',
    'release.2024',
  ]);
});

it('does nothing for a folder that does not exist', async () => {
  expect(await sweepStaleTemps(join(dir, 'missing'))).toEqual([]);
});
