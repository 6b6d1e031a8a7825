import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('mapwright serve', () => {
  it('prints one join link with a token, serves the editor there, refuses without it, ends on SIGINT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mapwright-serve-'));
    const map = join(dir, 'workshop.yaml');
    copyFileSync('test/fixtures/live/workshop.yaml', map);
    const child = spawn(process.execPath, ['bin/mapwright.js', 'serve', map, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /^join: (http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]+\/)$/m.exec(out);
        if (m) resolve(m[1] as string);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    expect(out.trim().split('\n')).toHaveLength(1);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(url.replace(/\/s\/.*$/, '/'))).status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
