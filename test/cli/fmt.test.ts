import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapwright, scratchCopies } from './run-cli.ts';

describe('mapwright fmt', () => {
  it('--check names the files that would change, exits 1 and writes nothing', () => {
    const [unformatted, clean] = scratchCopies('unformatted.yaml', 'clean.yaml') as [string, string];
    const before = readFileSync(unformatted);
    const mtime = statSync(unformatted).mtimeMs;
    const r = mapwright('fmt', '--check', unformatted, clean);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${unformatted}\n`);
    expect(readFileSync(unformatted)).toEqual(before);
    expect(statSync(unformatted).mtimeMs).toBe(mtime);
  });

  it('formats in place, keeping comments, and a second run changes nothing', () => {
    const [file] = scratchCopies('unformatted.yaml') as [string];
    expect(mapwright('fmt', file).status).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect(once).toContain('    name: Cup of tea # a comment that must survive\n');
    expect(once).toContain('    evolution: 0.5\n');
    expect(once).toContain('    uses: [cup-of-tea]\n');
    const again = mapwright('fmt', '--check', file);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('sweeps temp files an earlier killed save left beside the map (older than a minute), --check does not', () => {
    const [file] = scratchCopies('clean.yaml') as [string];
    const folder = dirname(file);
    const stale = join(folder, 'clean.yaml.3141592653');
    const young = join(folder, 'clean.yaml.2718281828');
    for (const temp of [stale, young]) writeFileSync(temp, 'half a map');
    const old = (Date.now() - 120_000) / 1000;
    utimesSync(stale, old, old);
    expect(mapwright('fmt', '--check', file).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['clean.yaml', 'clean.yaml.2718281828', 'clean.yaml.3141592653']);
    expect(mapwright('fmt', file).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['clean.yaml', 'clean.yaml.2718281828']);
  });

  it('leaves a formatted file untouched, BOM and CRLF included', () => {
    const [file] = scratchCopies('clean.yaml') as [string];
    const crlf = `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(file, crlf);
    const mtime = statSync(file).mtimeMs;
    const r = mapwright('fmt', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(mapwright('fmt', '--check', file).status).toBe(0);
  });

  it('reports a file that does not parse with file:line:col, exits 1, never writes it', () => {
    const [broken] = scratchCopies('broken.yaml') as [string];
    const before = readFileSync(broken);
    const r = mapwright('fmt', broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${broken}:8:5: error schema/unknown-field`);
    expect(readFileSync(broken)).toEqual(before);
  });

  it('exits 2 on a missing file', () => {
    const r = mapwright('fmt', 'test/fixtures/cli/missing.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such file');
  });

  it('has help with an example', () => {
    const r = mapwright('fmt', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('mapwright fmt --check maps/*.yaml');
  });
});
