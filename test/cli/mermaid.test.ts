import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapwright } from './run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mapwright-mermaid-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('mapwright export mermaid', () => {
  it('prints the diagram on stdout and what it cannot hold on stderr', () => {
    const r = mapwright('export', 'mermaid', 'maps/conference.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync('test/golden/mermaid/conference.mmd', 'utf8'));
    expect(r.stderr).toContain('maps/conference.yaml: warning mermaid/need');
  });

  it('writes -o, fenced with --fence, quietly with -q', () => {
    const out = join(tmp, 'map.md');
    const r = mapwright('export', 'mermaid', 'maps/hie-monolith.yaml', '--fence', '-q', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('```mermaid\nwardley-beta\n')).toBe(true);
    expect(text.endsWith('\n```\n')).toBe(true);
  });

  it('refuses a file that is not a map with exit 1', () => {
    const r = mapwright('export', 'mermaid', 'test/fixtures/hostile/list.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe('mapwright import mermaid', () => {
  it('turns an exported diagram back into a map that exports to the same diagram', () => {
    const map = join(tmp, 'back.yaml');
    const r = mapwright('import', 'mermaid', 'test/golden/mermaid/conference.mmd', '-o', map);
    expect(r.status).toBe(0);
    expect(mapwright('validate', map).status).toBe(0);
    expect(mapwright('export', 'mermaid', map, '-q').stdout).toBe(
      readFileSync('test/golden/mermaid/conference.mmd', 'utf8'),
    );
  });

  it('refuses text that is not a wardley diagram with exit 1, saying why', () => {
    const r = mapwright('import', 'mermaid', 'README.md');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error mermaid/not-wardley');
  });
});
