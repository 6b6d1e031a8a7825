import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapwright, ROOT } from './run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mapwright-backstage-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('mapwright export backstage', () => {
  it('writes catalog-info.yaml into -o, linking the map relative to it, and says so', () => {
    const out = join(tmp, 'catalog');
    const r = mapwright('export', 'backstage', 'maps/hie-monolith.yaml', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('new       catalog-info.yaml\n');
    expect(r.stderr).toContain('warning backstage/no-team');
    const text = readFileSync(join(out, 'catalog-info.yaml'), 'utf8');
    const link = relative(out, resolve(ROOT, 'maps/hie-monolith.yaml'));
    expect(text).toContain(`mapwright.dev/map: ${link}`);
    expect(text).toContain('kind: System');
    const again = mapwright('export', 'backstage', 'maps/hie-monolith.yaml', '-o', out, '--dry-run', '-q');
    expect(again.stdout).toBe('unchanged catalog-info.yaml\n');
    expect(again.stderr).toBe('');
  });

  it('needs -o', () => {
    const r = mapwright('export', 'backstage', 'maps/hie-monolith.yaml');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--output');
  });
});
