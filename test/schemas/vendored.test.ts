// The vendored schemas are the byte-for-byte copies their README lists (sha256), and no test
// reads anything outside the repository (a clone with nothing beside it must pass).
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const repo = join(here, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('vendored schemas', () => {
  it('match the sha256 their README gives', () => {
    const readme = readFileSync(join(here, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+\.json)$/gm)];
    expect(listed.length).toBeGreaterThanOrEqual(14);
    for (const [, hash, file] of listed) {
      const bytes = readFileSync(join(here, file!));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(hash);
    }
  });

  it('are what the tests read: nothing in test/ or scripts/ points outside the repository', () => {
    const sources = [...filesUnder(join(repo, 'test')), ...filesUnder(join(repo, 'scripts'))].filter(
      (f) => /\.(ts|tsx|mjs|js)$/.test(f) && !f.includes('/fixtures/') && f !== import.meta.filename,
    );
    const offenders = sources.filter((f) => /\.\.\/(\.\.\/)*shared\b|['"`/]shared\/schemas/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(repo, f))).toEqual([]);
  });
});
