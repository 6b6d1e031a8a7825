// A draft write killed with SIGKILL leaves the previous draft or the new one offered, never none
// (two files per draft used to lose both: 88 of 178 kills in the first review). The same loop
// runs 500+ times in `npm run soak`.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDraftsFolder } from '../../files/draft-sweep.ts';
import { recoverableDrafts } from '../../files/drafts.ts';
import { bundleWriteLoopChild, killAfterReady } from '../support/kill-child.ts';
import { soakMapText } from '../support/soak-maps.ts';

let dir: string;
let child: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-draft-kill-'));
  child = await bundleWriteLoopChild();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a draft write killed with SIGKILL', () => {
  it('leaves the previous or the new draft offered, and the next start sweeps the rest (30 kills)', async () => {
    const versions = ['A', 'B'].map((v) => soakMapText(400, v));
    const files = versions.map((_, i) => join(dir, `version-${i}.yaml`));
    for (const [i, file] of files.entries()) await writeFile(file, versions[i] ?? '');
    const drafts = join(dir, 'drafts');
    const map = join(dir, 'soak.yaml');
    for (let trial = 0; trial < 30; trial++) {
      // Every other kill lands just after a draft write opened its temp file.
      const atWrite = trial % 2 === 1;
      const args = ['draft', drafts, files[0] ?? '', files[1] ?? '', map];
      await killAfterReady(child, args, atWrite ? trial % 4 : (trial * 3) % 25, atWrite);
      const offered = await recoverableDrafts(drafts);
      expect(offered).toHaveLength(1);
      expect(versions).toContain(offered[0]?.text);
    }
    // What a crash left: temps of interrupted writes. The next start (a minute later) removes them.
    await sweepDraftsFolder(drafts, Date.now() + 120_000);
    expect(await readdir(drafts)).toHaveLength(1);
    expect(versions).toContain(JSON.parse(await readFile(join(drafts, (await readdir(drafts))[0] ?? ''), 'utf8')).text);
    // 30 child starts take about 55 s on a loaded 2-core machine: more than the default minute.
  }, 300_000);
});
