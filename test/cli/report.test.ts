import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapwright } from './run-cli.ts';

describe('mapwright report compliance', () => {
  it('prints the Markdown report of a map, the same as the golden file', () => {
    const r = mapwright('report', 'compliance', 'test/fixtures/compliance/hie.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync('test/golden/compliance/hie.md', 'utf8'));
  });

  it('prints JSON with --format json, and refuses a format it does not know', () => {
    const r = mapwright('report', 'compliance', '--format', 'json', 'test/fixtures/cli/phi-no-baa.yaml');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { suppliers: { id: string; missing: string[] }[] };
    expect(report.suppliers).toContainEqual(expect.objectContaining({ id: 'backup-storage', missing: ['baa'] }));
    expect(mapwright('report', 'compliance', '--format', 'pdf', 'test/fixtures/cli/phi-no-baa.yaml').status).toBe(2);
  });

  it('exits 1 with line:col when the map does not load', () => {
    const r = mapwright('report', 'compliance', 'test/fixtures/cli/broken.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('test/fixtures/cli/broken.yaml:8:5: error schema/unknown-field');
  });
});
