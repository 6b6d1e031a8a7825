import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const map = `version: 1
title: Tea shop
nodes:
  customer: {kind: user, name: Customer, evolution: 0.5, visibility: 0.95, uses: [kettle]}
  kettle: {kind: component, name: Kettle, evolution: 0.35, visibility: 0.5, sourcing: build}
`;

function mapwright(args: string[]) {
  return spawnSync(process.execPath, ['bin/mapwright.js', ...args], { encoding: 'utf8' });
}

describe('mapwright render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-render-'));
  const file = join(dir, 'tea.yaml');
  writeFileSync(file, map);

  it('writes an SVG of the map', () => {
    const r = mapwright(['render', file, '-o', join(dir, 'tea.svg')]);
    expect(r.status).toBe(0);
    const svg = readFileSync(join(dir, 'tea.svg'), 'utf8');
    expect(svg).toContain('data-node-id="kettle"');
    expect(svg).toContain('data-link="customer->kettle"');
  });

  it('writes a PNG through resvg', () => {
    const r = mapwright(['render', file, '-o', join(dir, 'tea.png'), '--theme', 'print', '--scale', '1']);
    expect(r.status).toBe(0);
    const png = readFileSync(join(dir, 'tea.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1600);
    expect(png.readUInt32BE(20)).toBe(1000);
  });

  it('refuses an unknown picture type with exit 2, and a map that does not load with exit 1 (as every command)', () => {
    expect(mapwright(['render', file, '-o', join(dir, 'tea.gif')]).status).toBe(2);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'version: 1\ntitle: [\n');
    const r = mapwright(['render', broken, '-o', join(dir, 'b.svg')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+: error/);
    const diff = mapwright(['render', '--diff', file, broken, '-o', join(dir, 'd.svg')]);
    expect(diff.status).toBe(1);
  });
});
