// Who may talk to the browser server: Host, Origin and the per-start token, and realpath
// containment of the static files. Each case here was open in scripts/web.mjs.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, startSandbox, TOKEN, type ServedSandbox } from './web-client.ts';

let box: ServedSandbox;
beforeEach(async () => {
  box = await startSandbox({ 'clinic.yaml': 'version: 1\ntitle: T\nnodes: {}\n' });
});
afterEach(async () => box.close());

describe('Host and Origin', () => {
  it('answers only requests that name this server (DNS rebinding names another host)', async () => {
    const port = box.web.port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await call(port, '/api/maps', { headers: { ...box.page, host } })).status, host).toBe(200);
    }
    for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port + 1}`, 'localhost']) {
      const r = await call(port, '/api/maps', { headers: { ...box.page, host } });
      expect(r.status, host).toBe(403);
      expect(r.text).not.toContain('clinic');
    }
    expect((await call(port, '/', { headers: { host: `rebound.example:${port}` } })).status).toBe(403);
  });

  it('refuses requests sent from another origin, even with the token', async () => {
    for (const origin of [
      'http://evil.example',
      `http://localhost:${box.web.port + 1}`,
      'null',
      `https://localhost:${box.web.port}`,
    ]) {
      const r = await call(box.web.port, '/api/maps', { headers: { ...box.page, origin } });
      expect(r.status, origin).toBe(403);
    }
  });
});

describe('the per-start token', () => {
  it('is delivered to our own page only: a meta tag in index.html and a strict, HttpOnly cookie', async () => {
    const page = await call(box.web.port, '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta name="mapwright-token" content="${TOKEN}">`);
    expect(String(page.headers['set-cookie'])).toMatch(/mapwright-token-\d+=.+; Path=\/; HttpOnly; SameSite=Strict/);
  });

  it('is required for every /api request; writes need the header, a cookie only serves same-origin reads', async () => {
    const port = box.web.port;
    const cookie = `mapwright-token-${port}=${TOKEN}`;
    expect((await call(port, '/api/maps')).status).toBe(403);
    expect((await call(port, '/api/maps', { headers: { 'x-mapwright-token': 'wrong' } })).status).toBe(403);
    expect((await call(port, '/api/maps', { headers: { cookie } })).status).toBe(200);
    expect((await call(port, '/api/maps', { headers: { cookie, 'sec-fetch-site': 'same-site' } })).status).toBe(403);
    const save = { method: 'PUT', body: '{"text":"","baseline":null}' };
    const type = { 'content-type': 'application/json' };
    expect((await call(port, '/api/draft', { ...save, headers: { ...type, cookie } })).status).toBe(403);
    expect((await call(port, '/api/draft', { ...save, headers: { ...type, 'x-mapwright-token': TOKEN } })).status).toBe(
      200,
    );
  });

  it('is new on every start', async () => {
    const { startWebServer } = await import('../../server/web-server.ts');
    const a = await startWebServer({ port: 0, host: null, maps: box.maps, drafts: box.drafts, renderer: box.renderer });
    const b = await startWebServer({ port: 0, host: null, maps: box.maps, drafts: box.drafts, renderer: box.renderer });
    try {
      expect(a.token).not.toBe(b.token);
      expect(a.token.length).toBeGreaterThanOrEqual(40);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('static files', () => {
  it('serves the renderer and nothing through a link out of it', async () => {
    expect((await call(box.web.port, '/app.js')).status).toBe(200);
    symlinkSync(box.outside, join(box.renderer, 'leak.js'));
    symlinkSync(box.dir, join(box.renderer, 'up'));
    for (const path of ['/leak.js', '/up/secret.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2Fsecret.txt']) {
      const r = await call(box.web.port, path);
      expect(r.status, path).toBe(404);
      expect(r.text).not.toContain('secret');
    }
  });

  it('answers bad percent-encoding with 400 and keeps running', async () => {
    for (const path of ['/%E0%A4%A', '/api/map%ZZ', '/%00', '/%C0%AF']) {
      expect([400, 403, 404], path).toContain((await call(box.web.port, path, { headers: box.page })).status);
    }
    expect((await call(box.web.port, '/%E0%A4%A')).status).toBe(400);
    expect((await call(box.web.port, '/app.js')).status).toBe(200);
  });

  it('listens on loopback only unless told otherwise', async () => {
    const address = box.web.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });
});
