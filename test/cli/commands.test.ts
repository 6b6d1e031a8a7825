// A run loads the command it names alone (cli/commands/index.ts); help and a mistyped command
// still see every command.
import { describe, expect, it } from 'vitest';
import { mapwright } from './run-cli.ts';

const COMMANDS = ['validate', 'fmt', 'show', 'export', 'render', 'import', 'diff', 'plan', 'serve', 'report'];

describe('mapwright commands', () => {
  it('lists every command in its help, in order', () => {
    const r = mapwright('--help');
    expect(r.status).toBe(0);
    const listed = r.stdout
      .split('\n')
      .map((line) => /^ {2}([a-z]+)\b/.exec(line)?.[1])
      .filter((name) => name !== undefined && name !== 'help');
    expect(listed).toEqual(COMMANDS);
  });

  it('suggests the command a mistyped one is near, and exits as a usage error', () => {
    const r = mapwright('valdate', 'map.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'valdate'");
    expect(r.stderr).toContain('Did you mean validate?');
  });

  it('runs a command given its own options, as the only one loaded', () => {
    const r = mapwright('export', 'k8s', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: mapwright export k8s');
  });
});
