import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addRecentFile, MAX_RECENT, readRecentFiles } from '../../files/recent-files.ts';
import { acquireInstanceLock } from '../../files/instance-lock.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-recent-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function map(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, 'version: 1\n');
  return path;
}

it('lists recent files newest first without duplicates', async () => {
  const [a, b] = [await map('a.yaml'), await map('b.yaml')];
  await addRecentFile(dir, a);
  await addRecentFile(dir, b);
  await addRecentFile(dir, a);
  expect(await readRecentFiles(dir)).toEqual([a, b]);
});

it(`keeps at most ${MAX_RECENT}`, async () => {
  const paths: string[] = [];
  for (let i = 0; i < 14; i++) paths.push(await map(`m${i}.yaml`));
  for (const p of paths) await addRecentFile(dir, p);
  expect(await readRecentFiles(dir)).toEqual(paths.slice(4).reverse());
});

it('drops files that no longer exist', async () => {
  const [a, b] = [await map('a.yaml'), await map('b.yaml')];
  await addRecentFile(dir, a);
  await addRecentFile(dir, b);
  await rm(b);
  expect(await readRecentFiles(dir)).toEqual([a]);
});

it('treats a damaged list as empty and recovers on the next open', async () => {
  await writeFile(join(dir, 'recent-files.json'), '{"files": [1, 2');
  expect(await readRecentFiles(dir)).toEqual([]);
  const a = await map('a.yaml');
  await addRecentFile(dir, a);
  expect(await readRecentFiles(dir)).toEqual([a]);
});

it('single-instance lock: a second holder is refused until the first releases', async () => {
  const first = await acquireInstanceLock(dir);
  expect(first).not.toBeNull();
  expect(await acquireInstanceLock(dir)).toBeNull();
  await first?.release();
  const again = await acquireInstanceLock(dir);
  expect(again).not.toBeNull();
  await again?.release();
});

it('single-instance lock: a lock left by a dead process is taken over', async () => {
  // PIDs are below 2^22 on Linux; this one cannot be running.
  await writeFile(join(dir, 'instance.lock'), '99999999');
  const lock = await acquireInstanceLock(dir);
  expect(lock).not.toBeNull();
  await lock?.release();
});

it('creates the data folder on first use', async () => {
  const a = await map('a.yaml');
  await addRecentFile(join(dir, 'fresh', 'data'), a);
  expect(await readRecentFiles(join(dir, 'fresh', 'data'))).toEqual([a]);
});
