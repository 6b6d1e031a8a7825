// Every single-file `-o` output (and plan's --routes-dir) refuses a symbolic link planted at its
// path: the file the link points at keeps its bytes and the link stays a link.
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';

const MAP = 'maps/hie-monolith.yaml';
const PHI = 'test/fixtures/cli/phi-no-baa.yaml';

let dir: string;
let secret: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mapwright-links-'));
  secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'keep me\n');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { status: await main(['node', 'mapwright', ...args]), stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function plantedLink(name: string): string {
  const link = join(dir, name);
  symlinkSync(secret, link);
  return link;
}

function expectUntouched(link: string): void {
  expect(readFileSync(secret, 'utf8')).toBe('keep me\n');
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
}

const CASES: ReadonlyArray<[string, (out: string) => string[]]> = [
  ['export compose', (out) => ['export', 'compose', MAP, '-o', out]],
  ['plan', (out) => ['plan', MAP, '-o', out]],
  ['render', (out) => ['render', MAP, '-o', `${out}.svg`]],
  ['import owm', (out) => ['import', 'owm', 'test/fixtures/owm/tea-shop.owm', '-q', '-o', out]],
  ['export owm', (out) => ['export', 'owm', MAP, '-q', '-o', out]],
  ['export mermaid', (out) => ['export', 'mermaid', MAP, '-q', '-o', out]],
  ['report compliance', (out) => ['report', 'compliance', PHI, '-o', out]],
];

describe('single-file outputs never write through a link', () => {
  it.each(CASES)('%s -o <link> is refused', async (_name, argsFor) => {
    const args = argsFor(join(dir, 'out'));
    const target = args[args.length - 1] ?? '';
    plantedLink(target.slice(dir.length + 1));
    const r = await run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('symbolic link');
    expectUntouched(target);
  });

  it.each(CASES)('%s -o <new file> still writes a regular file', async (_name, argsFor) => {
    const args = argsFor(join(dir, 'out'));
    const target = args[args.length - 1] ?? '';
    expect((await run(...args)).status).toBe(0);
    expect(lstatSync(target).isFile()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([target.slice(dir.length + 1), 'secret.txt'].sort());
  });

  it('plan --routes-dir refuses a link planted at a phase file', async () => {
    const routes = join(dir, 'routes');
    expect((await run('plan', MAP, '--routes-dir', routes)).status).toBe(0);
    const first = readdirSync(routes).sort()[0] ?? '';
    rmSync(join(routes, first));
    symlinkSync(secret, join(routes, first));
    const r = await run('plan', MAP, '--routes-dir', routes);
    expect(r.status).toBe(2);
    expectUntouched(join(routes, first));
  });
});
