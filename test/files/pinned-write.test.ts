// The export writer against a subfolder swapped for a link while it writes (time of check to time
// of use): another process keeps swapping `out/base` between a link to a folder inside and a link
// to a folder outside. Checking the subfolder's real path and then writing by path lost that race; writing
// from inside the checked folder (pinned-write.ts) never lets a file land outside.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExportFiles } from '../../files/export-writer.ts';
import { LinkRefused } from '../../files/link-safe-write.ts';
import { writeBelowFolder } from '../../files/pinned-write.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-pinned-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Points <out>/base alternately at a folder inside (<out>/real: allowed, its real path is inside)
// and at <elsewhere>, as fast as it can, until <dir>/stop exists (or 60 s pass). Each swap is one
// rename(2) of a fresh link over `base`, so `base` always exists.
const SWAPPER = `
const fs = require('node:fs');
const [out, elsewhere, stop] = process.argv.slice(1);
fs.mkdirSync(out + '/real', { recursive: true });
const end = Date.now() + 60000;
let n = 0;
const point = (to) => {
  const temp = out + '/swap-' + n++;
  fs.symlinkSync(to, temp);
  fs.renameSync(temp, out + '/base');
};
point('real');
process.stdout.write('ready\\n');
while (Date.now() < end && !fs.existsSync(stop)) {
  point('real');
  point(elsewhere);
}
`;

function startSwapper(out: string, elsewhere: string, stop: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', SWAPPER, out, elsewhere, stop], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('error', reject);
  });
}

describe('writing below a folder whose subfolder is swapped for a link', () => {
  it('never writes outside the folder, whatever the race (exports against a swapping process)', async () => {
    const out = join(dir, 'out');
    const elsewhere = join(dir, 'elsewhere');
    const stop = join(dir, 'stop');
    await mkdir(out);
    await mkdir(elsewhere);
    const swapper = await startSwapper(out, elsewhere, stop);
    const outcomes = { ok: 0, refused: 0, io: 0 };
    try {
      // Until the race has gone both ways many times (bounded), so the test means something.
      for (let i = 0; i < 3000 && (outcomes.ok < 30 || outcomes.refused + outcomes.io < 30); i++) {
        const result = await writeExportFiles(out, new Map([[`base/file-${i}.yaml`, `n: ${i}\n`]]));
        if (result.ok) outcomes.ok++;
        else if (result.reason === 'invalid') outcomes.refused++;
        else outcomes.io++;
      }
    } finally {
      await writeFile(stop, '');
      await new Promise((resolve) => (swapper.exitCode === null ? swapper.once('exit', resolve) : resolve(null)));
    }
    expect(await readdir(elsewhere)).toEqual([]);
    // The race really ran: some writes met the link, some the real folder.
    expect(outcomes.ok).toBeGreaterThanOrEqual(30);
    expect(outcomes.refused + outcomes.io).toBeGreaterThanOrEqual(30);
  }, 120_000);

  it('refuses a subfolder that is a link out, and a link at the file, writing nothing', async () => {
    const root = join(dir, 'out');
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(root);
    await mkdir(elsewhere);
    await symlink(elsewhere, join(root, 'base'));
    expect(() => writeBelowFolder(root, 'base/a.yaml', 'x\n')).toThrow(LinkRefused);
    await symlink(join(elsewhere, 'b.yaml'), join(root, 'b.yaml'));
    expect(() => writeBelowFolder(root, 'b.yaml', 'x\n')).toThrow(LinkRefused);
    expect(await readdir(elsewhere)).toEqual([]);
    expect(process.cwd()).not.toContain(dir);
  });

  it('sweeps stale temps of the files it writes, and nothing else', async () => {
    const out = join(dir, 'out');
    await mkdir(join(out, 'base'), { recursive: true });
    const old = new Date(Date.now() - 120_000);
    const planted = ['README.md.123', 'base/kustomization.yaml.4567', 'base/kustomization.yaml.89', 'notes.txt.5'];
    for (const name of planted) {
      await writeFile(join(out, name), 'half');
      if (!name.endsWith('.89')) await utimes(join(out, name), old, old);
    }
    const files = new Map([
      ['README.md', '# bundle\n'],
      ['base/kustomization.yaml', 'resources: []\n'],
    ]);
    expect(await writeExportFiles(out, files)).toMatchObject({ ok: true });
    expect((await readdir(out)).sort()).toEqual(['README.md', 'base', 'notes.txt.5']);
    // The young temp may be another export in progress.
    expect((await readdir(join(out, 'base'))).sort()).toEqual(['kustomization.yaml', 'kustomization.yaml.89']);
  });
});
