import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { exportOwmCommand } from '../../cli/commands/owm.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mapwright-owm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function mapwright(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/mapwright.js', ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('mapwright import owm', () => {
  it('prints the map YAML on stdout and warnings with line numbers on stderr', () => {
    const r = mapwright(['import', 'owm', 'test/fixtures/owm/traps.owm']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `# yaml-language-server: $schema=../schema/map.schema.json\n\n${readFileSync('test/fixtures/owm/traps.yaml', 'utf8')}`,
    );
    expect(r.stderr).toContain('test/fixtures/owm/traps.owm:7:1: warning owm/clamped');
  });

  it('reads standard input with - and writes -o, and the result validates', () => {
    const out = join(tmp, 'tea.yaml');
    const r = mapwright(
      ['import', 'owm', '-', '-o', out, '--quiet'],
      readFileSync('test/fixtures/owm/tea-shop.owm', 'utf8'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('title: Tea Shop');
  });

  it('refuses empty input with exit 1 and a clear message', () => {
    const r = mapwright(['import', 'owm', '-'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:1:1: error owm\/empty the file is empty/);
  });

  it('names the line of a syntax error', () => {
    const r = mapwright(['import', 'owm', '-'], 'title T\ncomponent A [up, down]\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:2:1: error owm\/syntax malformed coordinates/);
  });

  it('exits 2 for a file that does not exist', () => {
    expect(mapwright(['import', 'owm', join(tmp, 'missing.owm')]).code).toBe(2);
  });
});

// `export owm` is reached through the export command once registerExportOwm is added to its
// EXPORT_FORMATS; the in-process test below covers the subcommand itself either way.
describe('mapwright export owm', () => {
  const hasExportOwm = / owm /.test(mapwright(['export', '--help']).stdout);
  it.runIf(hasExportOwm)('writes OWM text that imports back to the same map', () => {
    const yaml = join(tmp, 'tea2.yaml');
    expect(mapwright(['import', 'owm', 'test/fixtures/owm/tea-shop.owm', '-o', yaml, '-q']).code).toBe(0);
    const owm = join(tmp, 'tea2.owm');
    const r = mapwright(['export', 'owm', yaml, '-o', owm]);
    expect(r.code).toBe(0);
    expect(readFileSync(owm, 'utf8').split('\n')[0]).toBe('title Tea Shop');
    const again = mapwright(['import', 'owm', owm, '-q']);
    expect(again.stdout).toBe(readFileSync(yaml, 'utf8'));
  });
});

describe('exportOwmCommand', () => {
  it('exports a map file to OWM text with -o, and exits 0', async () => {
    const yaml = join(tmp, 'pipes.yaml');
    expect(mapwright(['import', 'owm', 'test/fixtures/owm/pipelines.owm', '-o', yaml, '-q']).code).toBe(0);
    let code = -1;
    const program = new Command('mapwright').exitOverride();
    program.command('export').addCommand(exportOwmCommand((c) => (code = c)));
    const owm = join(tmp, 'pipes.owm');
    await program.parseAsync(['node', 'mapwright', 'export', 'owm', yaml, '-o', owm, '-q']);
    expect(code).toBe(0);
    expect(readFileSync(owm, 'utf8')).toContain(
      'pipeline Kettle\n{\n  component Campfire Kettle [0.35] label [-30, 35]',
    );
  });
});
