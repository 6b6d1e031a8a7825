import { describe, expect, it } from 'vitest';
import { fixture, mapwright } from './run-cli.ts';

describe('mapwright validate', () => {
  it('exits 0 on a clean map, with a summary on stderr only', () => {
    const r = mapwright('validate', fixture('clean.yaml'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('1 file checked: clean\n');
  });

  it('prints warnings as file:line:col lines and exits 0 without --strict', () => {
    const r = mapwright('validate', fixture('warnings.yaml'));
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      "test/fixtures/cli/warnings.yaml:28:15: warning source/build-commodity 'power': build on a stage IV component (evolution 0.95): a commodity: outsource it to a utility",
      "test/fixtures/cli/warnings.yaml:29:14: info inertia/without-move 'power' has inertia without a planned movement: add evolve, or remove inertia",
      '',
    ]);
    expect(r.stderr).toContain('1 warning');
  });

  it('fails on warnings under --strict, but not on infos alone', () => {
    expect(mapwright('validate', '--strict', fixture('warnings.yaml')).status).toBe(1);
    expect(mapwright('validate', '--strict', fixture('clean.yaml')).status).toBe(0);
  });

  it('reports a broken file at its line and column and exits 1', () => {
    const r = mapwright('validate', fixture('broken.yaml'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "test/fixtures/cli/broken.yaml:8:5: error schema/unknown-field unknown field 'visibilty'",
    );
  });

  it('refuses a file that is not UTF-8, with a position', () => {
    const r = mapwright('validate', fixture('latin1.yaml'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^test\/fixtures\/cli\/latin1\.yaml:2:11: error file\/encoding /);
  });

  it('makes a cycle an error under --strict, in JSON', () => {
    const r = mapwright('validate', '--strict', '--format', 'json', fixture('cycle.yaml'));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'test/fixtures/cli/cycle.yaml',
        line: 22,
        column: 12,
        severity: 'error',
        rule: 'chain/cycle',
        message: 'dependency cycle: brewing → kettle → brewing',
        node: 'brewing',
      },
    ]);
  });

  it('exits 2 on a missing file or a directory, still checking the others', () => {
    const r = mapwright('validate', fixture('missing.yaml'), FIXTURES_DIR, fixture('warnings.yaml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'test/fixtures/cli/missing.yaml: error file/unreadable cannot read the file: no such file',
    );
    expect(r.stderr).toContain('is a directory');
    expect(r.stdout).toContain('source/build-commodity');
  });

  it('exits 2 on an unusable invocation', () => {
    expect(mapwright('validate').status).toBe(2);
    const r = mapwright('validate', '--format', 'xml', fixture('clean.yaml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('xml');
  });

  it('has help with an example', () => {
    const r = mapwright('validate', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--strict');
    expect(r.stdout).toContain('mapwright validate maps/*.yaml');
  });
});

const FIXTURES_DIR = 'test/fixtures/cli';
