// The hostile-file corpus (RELIABILITY.md §1), tested the way such files fail: each file read in a
// fresh child process and parsed twice there, under a time limit, checking the error it gives
// (rule and line:column, from test/fixtures/hostile/expected.json), that nothing threw, crashed or
// hung, that no prototype was polluted, and that the file's bytes are unchanged afterwards.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_HOSTILE_FILES, writeGeneratedHostileFiles } from '../../support/hostile-files.ts';
import type { ProbeReport } from '../../support/parse-twice.ts';
import { runProbe, type ChildRun } from '../../support/probe-child.ts';

interface Expectation {
  ok?: true;
  error?: string;
  at?: string;
  why: string;
  isolate?: boolean;
  /** A loader bug as it behaves today; the expectation is the fixed behaviour. */
  known?: string;
  /** The loader does not finish this file within its time limit today. */
  knownHang?: string;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/hostile');
const GENERATED = 'generated/';
// Limits on each child's CPU time. A linear loader reads the biggest generated file twice in
// about 5 s; yaml's quadratic duplicate-key check on 100,000 keys takes minutes.
const SMALL_LIMIT_MS = 20_000;
const BIG_LIMIT_MS = 40_000;
// A file known to take minutes is given less, so the suite does not burn a core waiting for it.
const HANG_LIMIT_MS = 20_000;
const TEST_TIMEOUT_MS = 900_000;
const BATCH_SIZE = 12;
const PARALLEL_CHILDREN = 2;

const manifest = (
  JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { files: Record<string, Expectation> }
).files;
const tempDir = mkdtempSync(join(tmpdir(), 'mapwright-hostile-'));
const pathOf = (name: string) =>
  name.startsWith(GENERATED) ? join(tempDir, name.slice(GENERATED.length)) : join(FIXTURES, name);

const hashes = new Map<string, string>();
const runs = new Map<string, Promise<ChildRun>>();

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function limitFor(name: string): number {
  if (manifest[name]?.knownHang) return HANG_LIMIT_MS;
  return name.startsWith(GENERATED) ? BIG_LIMIT_MS : SMALL_LIMIT_MS;
}

/** Files per child process: `isolate` ones (nesting, aliases, the biggest) alone, the rest batched. */
function childGroups(): { names: string[]; limitMs: number }[] {
  const names = Object.keys(manifest);
  const alone = names.filter((n) => manifest[n]?.isolate);
  const generated = names.filter((n) => n.startsWith(GENERATED) && !alone.includes(n));
  const small = names.filter((n) => !n.startsWith(GENERATED) && !alone.includes(n));
  // The slowest first, so the two lanes finish close together.
  const groups = alone.map((n) => ({ names: [n], limitMs: limitFor(n) }));
  groups.sort((a, b) => b.limitMs - a.limitMs);
  groups.push({ names: generated, limitMs: BIG_LIMIT_MS });
  for (let i = 0; i < small.length; i += BATCH_SIZE) {
    groups.push({ names: small.slice(i, i + BATCH_SIZE), limitMs: SMALL_LIMIT_MS });
  }
  return groups;
}

/** Starts every child, at most PARALLEL_CHILDREN at a time; each file's run is a promise. */
function startChildren(): void {
  const lanes: Promise<unknown>[] = Array.from({ length: PARALLEL_CHILDREN }, () => Promise.resolve());
  childGroups().forEach((group, i) => {
    const lane = i % PARALLEL_CHILDREN;
    const run = (lanes[lane] ?? Promise.resolve()).then(() => runProbe(ROOT, group.names.map(pathOf), group.limitMs));
    lanes[lane] = run;
    for (const name of group.names) runs.set(name, run);
  });
}

/** Lines of the file as an editor shows them (BOM dropped, CRLF as one break), for bounds checks. */
function editorLines(path: string): string[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(path));
  return text.replace(/\r\n/g, '\n').split('\n');
}

function positionInside(lines: string[], rule: string, line: number, column: number): boolean {
  if (line === 0 && column === 0) return rule === 'file/too-large';
  const text = lines[line - 1];
  return text !== undefined && column >= 1 && column <= text.length + 1;
}

async function reportFor(name: string): Promise<{ run: ChildRun; report: ProbeReport | undefined }> {
  const run = await (runs.get(name) ?? Promise.reject(new Error(`no child run for ${name}`)));
  return { run, report: run.reports.get(pathOf(name)) };
}

beforeAll(() => {
  writeGeneratedHostileFiles(tempDir);
  for (const name of Object.keys(manifest)) hashes.set(name, sha256(pathOf(name)));
  startChildren();
});

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('has an expectation for every file, and a file for every expectation', () => {
    const onDisk = readdirSync(FIXTURES).filter((f) => f !== 'expected.json');
    const generated = Object.keys(GENERATED_HOSTILE_FILES).map((f) => GENERATED + f);
    expect(Object.keys(manifest).sort()).toEqual([...onDisk, ...generated].sort());
    for (const [name, e] of Object.entries(manifest)) {
      expect(e.ok === true || (typeof e.error === 'string' && /^\d+:\d+$/.test(e.at ?? '')), name).toBe(true);
    }
  });
});

for (const [name, expected] of Object.entries(manifest)) {
  describe(name, () => {
    const robust = expected.knownHang ? it.fails : it;
    const hang = expected.knownHang ? ` (known loader bug: ${expected.knownHang})` : '';
    robust(
      `is read twice in a fresh process without a crash, a throw, a hang or a polluted prototype${hang}`,
      async () => {
        const { run, report } = await reportFor(name);
        expect(run.timedOut, `${name} killed after its CPU time limit`).toBe(false);
        expect({ code: run.code, signal: run.signal, stderr: run.stderr }).toEqual({
          code: 0,
          signal: null,
          stderr: '',
        });
        expect(report, `no report for ${name}`).toBeDefined();
        if (!report) return;
        const [first, second] = report.runs;
        expect(first?.threw).toBeUndefined();
        expect(second).toEqual(first);
        expect(report.pollution).toEqual([]);
        expect(first?.oddPrototypes).toBe(0);
        expect(first?.errors.filter((e) => e.rule === 'internal')).toEqual([]);
        const lines = editorLines(pathOf(name));
        for (const e of first?.errors ?? []) {
          expect(positionInside(lines, e.rule, e.line, e.column), `${e.rule} at ${e.line}:${e.column}`).toBe(true);
        }
        expect(sha256(pathOf(name)), 'file bytes changed').toBe(hashes.get(name));
      },
      TEST_TIMEOUT_MS,
    );

    const claim = expected.ok ? 'loads' : `gives ${expected.error} at ${expected.at}`;
    const known = expected.known ?? expected.knownHang;
    const test = known ? it.fails : it;
    test(
      known ? `${claim} (known loader bug: ${known})` : claim,
      async () => {
        const { report } = await reportFor(name);
        const first = report?.runs[0];
        if (expected.ok) {
          expect(first?.errors ?? ['no report']).toEqual([]);
          expect(first?.ok).toBe(true);
          return;
        }
        const [line, column] = (expected.at ?? '').split(':').map(Number);
        const found = (first?.errors ?? []).map((e) => ({ rule: e.rule, line: e.line, column: e.column }));
        expect(found).toContainEqual({ rule: expected.error, line, column });
      },
      TEST_TIMEOUT_MS,
    );
  });
}
