// `npm run soak`: a bounded soak of the three write paths under SIGKILL. A child writes two
// versions alternately through the real code (`mapwright fmt`, the app's save, the app's draft)
// and is killed at a random moment (every other time: just after an atomic write began), again and again. After every kill the file must be one of the
// complete versions (the draft: one of the two offered); after the last kill the next run's sweep
// (run as if a minute later) must leave no temp file. Stops by itself; exit 1 on any failure.
// Sizes: SOAK_CLI (1000), SOAK_APP (1000), SOAK_DRAFT (500) kills (0 skips that path); SOAK_NODES
// (300) map nodes. About 0.4-0.8 s per kill on this 2-core machine.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFiles } from '../../cli/commands/fmt.ts';
import { formatMapText } from '../../core/format/format.ts';
import { sweepDraftsFolder } from '../../files/draft-sweep.ts';
import { recoverableDrafts } from '../../files/drafts.ts';
import { FileService } from '../../files/file-service.ts';
import { bundleWriteLoopChild, killAfterReady } from '../support/kill-child.ts';
import { soakMapText, unformattedSoakMapText } from '../support/soak-maps.ts';

const NODES = Number(process.env.SOAK_NODES ?? 300);

interface Mode {
  name: 'cli' | 'app' | 'draft';
  kills: number;
  /** The kill lands 0..spreadMs after the first complete write: over several write cycles. */
  spreadMs: number;
}

interface Figures {
  kills: number;
  bad: number;
  /** Kills that left a temp file: they landed inside the atomic write itself. */
  insideWrite: number;
  tempsLeft: number;
  seconds: number;
}

function versionsOf(mode: Mode['name']): string[] {
  if (mode === 'cli') return ['A', 'B'].map((v) => unformattedSoakMapText(NODES, v));
  return ['A', 'B'].map((v) => soakMapText(NODES, v));
}

/** Every text the file may hold between two kills. */
function acceptable(mode: Mode['name'], versions: string[]): Set<string> {
  if (mode !== 'cli') return new Set(versions);
  const formatted = versions.map((v) => {
    const result = formatMapText(v);
    if (!result.ok) throw new Error('the soak map does not load');
    return result.text;
  });
  return new Set([...versions, ...formatted]);
}

async function soak(child: string, mode: Mode): Promise<Figures> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), `mapwright-soak-${mode.name}-`));
  const versions = versionsOf(mode.name);
  const sources = versions.map((text, i) => {
    const source = join(dir, `source-${i}.txt`);
    writeFileSync(source, text);
    return source;
  });
  const folder = join(dir, mode.name === 'draft' ? 'drafts' : 'maps');
  const map = join(dir, 'maps', 'soak.yaml');
  mkdirSync(folder, { recursive: true });
  mkdirSync(join(dir, 'maps'), { recursive: true });
  const target = mode.name === 'draft' ? folder : map;
  const ok = acceptable(mode.name, versions);
  const figures: Figures = { kills: 0, bad: 0, insideWrite: 0, tempsLeft: 0, seconds: 0 };
  let temps = 0;
  for (let kill = 0; kill < mode.kills; kill++) {
    const args = [mode.name, target, ...sources, ...(mode.name === 'draft' ? [map] : [])];
    // Every other kill lands 0-5 ms after an atomic write opened its temp file; the rest anywhere.
    const atWrite = kill % 2 === 1;
    await killAfterReady(child, args, Math.random() * (atWrite ? 5 : mode.spreadMs), atWrite);
    figures.kills++;
    if (!(await intact(mode.name, target, ok))) figures.bad++;
    const now = tempsIn(folder).length;
    if (now > temps) figures.insideWrite++;
    temps = now;
    if (kill % 100 === 99) console.log(`soak: ${mode.name} ${kill + 1} kills, ${figures.bad} bad so far`);
  }
  await nextRun(mode.name, folder, map);
  figures.tempsLeft = tempsIn(folder).length;
  figures.seconds = (Date.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

async function intact(mode: Mode['name'], target: string, ok: Set<string>): Promise<boolean> {
  if (mode === 'draft') {
    const offered = await recoverableDrafts(target);
    return offered.length === 1 && ok.has(offered[0]?.text ?? '');
  }
  return ok.has(readFileSync(target, 'utf8'));
}

function tempsIn(folder: string): string[] {
  return readdirSync(folder).filter((n) => /\.\d{1,10}$/.test(n));
}

/** The next start, a minute later: temps are backdated two minutes, then the real code sweeps. */
async function nextRun(mode: Mode['name'], folder: string, map: string): Promise<void> {
  const old = (Date.now() - 120_000) / 1000;
  for (const name of tempsIn(folder)) utimesSync(join(folder, name), old, old);
  if (mode === 'cli') await formatFiles([map], { check: false });
  else if (mode === 'draft') await sweepDraftsFolder(folder);
  else {
    const service = new FileService({
      dataFolder: join(folder, '..', 'data'),
      defaultMap: map,
      onExternalChange: () => {},
      watch: false,
    });
    await service.openPath(map);
    await service.close();
  }
}

async function main(): Promise<number> {
  const child = await bundleWriteLoopChild();
  const modes: Mode[] = [
    { name: 'cli', kills: Number(process.env.SOAK_CLI ?? 1000), spreadMs: 60 },
    { name: 'app', kills: Number(process.env.SOAK_APP ?? 1000), spreadMs: 60 },
    { name: 'draft', kills: Number(process.env.SOAK_DRAFT ?? 500), spreadMs: 40 },
  ];
  let failed = false;
  for (const mode of modes.filter((m) => m.kills > 0)) {
    const f = await soak(child, mode);
    console.log(
      `soak: ${mode.name}: ${f.kills} SIGKILLs (${f.insideWrite} inside the atomic write), ${f.bad} corrupt or lost, ` +
        `${f.tempsLeft} temp files left after the next run, ${f.seconds.toFixed(0)} s (${NODES}-node map)`,
    );
    failed ||= f.bad > 0 || f.tempsLeft > 0;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
