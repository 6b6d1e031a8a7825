// `validate` fails a map where PHI reaches an outsourced component without a BAA, and passes once
// the agreement is recorded.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, mapwright, scratchCopies } from './run-cli.ts';

describe('mapwright validate: compliance', () => {
  it('fails when PHI reaches an outsourced component without a BAA, at its line and column', () => {
    const r = mapwright('validate', fixture('phi-no-baa.yaml'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^test\/fixtures\/cli\/phi-no-baa\.yaml:36:15: error compliance\/missing-agreement phi reaches 'backup-storage' \(outsource; from 'records'\), whose supplier has not signed baa/m,
    );
  });

  it('passes once the agreement is recorded, even under --strict', () => {
    const [copy = ''] = scratchCopies('phi-no-baa.yaml');
    writeFileSync(copy, `${readFileSync(copy, 'utf8')}    agreements: [baa]\n`);
    const r = mapwright('validate', '--strict', copy);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('passes when the finding is silenced with a written reason', () => {
    const [copy = ''] = scratchCopies('phi-no-baa.yaml');
    const reason =
      '    ignore:\n      compliance/missing-agreement: backups are encrypted client-side; the store never sees PHI\n';
    writeFileSync(copy, `${readFileSync(copy, 'utf8')}${reason}`);
    expect(mapwright('validate', copy).status).toBe(0);
  });
});
