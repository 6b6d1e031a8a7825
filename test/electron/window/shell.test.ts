import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  fileForAppRequest,
  responseHeaders,
  windowTitle,
} from '../../../electron/window/app-protocol.ts';
import { rendererDist } from '../../../server/renderer-build.ts';

const ROOT = '/opt/mapwright/dist/renderer';
const repo = join(import.meta.dirname, '../../..');
const mainSource = readFileSync(join(repo, 'electron/main.ts'), 'utf8');

describe('the app:// protocol', () => {
  it('serves files below the built renderer', () => {
    expect(fileForAppRequest(ROOT, 'app://mapwright/')).toBe(`${ROOT}/index.html`);
    expect(fileForAppRequest(ROOT, 'app://mapwright/assets/index-abc.js')).toBe(`${ROOT}/assets/index-abc.js`);
    expect(fileForAppRequest(ROOT, 'app://mapwright/assets/a%20b.css')).toBe(`${ROOT}/assets/a b.css`);
  });

  it.each([
    'app://mapwright/../../etc/passwd',
    'app://mapwright/%2e%2e/%2e%2e/etc/passwd',
    'app://mapwright/assets/..%2f..%2f..%2fetc/passwd',
    'app://mapwright/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
  ])('keeps %s inside the renderer folder', (url) => {
    const file = fileForAppRequest(ROOT, url);
    expect(file === null || file.startsWith(`${ROOT}/`)).toBe(true);
  });

  it.each([
    'app://mapwright/..%5c..%5csecret',
    'app://mapwright/index.html%00.js',
    'app://mapwright/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
    'https://mapwright/index.html',
  ])('refuses %s', (url) => {
    expect(fileForAppRequest(ROOT, url)).toBeNull();
  });

  it('answers with the CSP of RELIABILITY.md §3', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(responseHeaders('x/index.html')).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
  });
});

// The renderer as built (vitest's global setup builds dist/renderer before any test file runs).
describe('the built renderer through app://', () => {
  const root = rendererDist();
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));

  it('serves every built file with its own type', () => {
    for (const file of files) {
      expect(fileForAppRequest(root, `app://mapwright/${file}`)).toBe(join(root, file));
      expect(responseHeaders(file)['content-type'], file).not.toBe('application/octet-stream');
    }
  });

  // The CSP allows scripts from 'self' only: the map worker must be a script file of the app's own
  // (an inline blob worker is refused), served as JavaScript (a worker script of another type is refused).
  it('ships the map worker as a script file of its own, served as JavaScript', () => {
    const worker = files.find((f) => /^assets\/map-worker-[\w-]+\.js$/.test(f));
    expect(worker).toBeDefined();
    const name = (worker ?? '').slice('assets/'.length);
    const bundles = files.filter((f) => f.startsWith('assets/index-') && f.endsWith('.js'));
    expect(bundles.some((b) => readFileSync(join(root, b), 'utf8').includes(name))).toBe(true);
    expect(responseHeaders(worker ?? '')).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
  });
});

// What main.ts and preload.ts really build and register is tested in main-objects.test.ts; this
// only keeps the settings written as literals, where readers and scanners see them.
describe('the window', () => {
  it('declares its security settings as literals in new BrowserWindow', () => {
    const options = mainSource.slice(mainSource.indexOf('new BrowserWindow({'));
    const prefs = options.slice(options.indexOf('webPreferences: {'), options.indexOf('},'));
    expect(prefs).toContain('contextIsolation: true,');
    expect(prefs).toContain('sandbox: true,');
    expect(prefs).toContain('nodeIntegration: false,');
    // The map worker runs in the window: never with Node.
    expect(prefs).toContain('nodeIntegrationInWorker: false,');
    expect(prefs).toContain('webviewTag: false,');
    expect(prefs).toContain("disableBlinkFeatures: 'Auxclick',");
    expect(prefs).not.toContain('...');
  });

  it('shows the file name and a dirty marker in the title', () => {
    expect(windowTitle('clinic.yaml', false)).toBe('clinic.yaml — Mapwright');
    expect(windowTitle('clinic.yaml', true)).toBe('• clinic.yaml — Mapwright');
  });
});

describe('npm start without the Electron binary', () => {
  it('says so in one line and serves the browser version instead of a stack trace', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--no-build'], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
      child.once('exit', () => resolve(out));
      child.once('error', reject);
    });
    // Stop start.mjs and the web server it launched (its own process group, started above).
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
    // The download is tried first (refused on this machine), then one line says why.
    expect(firstLine).toMatch(
      /^Electron is not installed here \(binary missing[^\n]*\); serving the browser version instead: on a free port$/,
    );
    expect(stderr).not.toMatch(/Electron failed to install|\n\s+at /);
  });
});
