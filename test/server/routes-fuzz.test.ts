// No request can crash the browser server: random methods, paths (bad percent-encoding, `..`,
// NUL, non-ASCII), Host/Origin/token combinations, content types, lengths and bodies, sent as raw
// bytes over a socket. After each, the server still answers a plain request.
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, startSandbox, TOKEN, type ServedSandbox } from './web-client.ts';

let box: ServedSandbox;
beforeAll(async () => {
  box = await startSandbox({ 'clinic.yaml': 'version: 1\ntitle: T\nnodes: {}\n' });
});
afterAll(async () => box.close());

/** Sends raw bytes; resolves with the status line (or '' when the server just closed the socket). */
function rawRequest(port: number, bytes: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const done = () => {
      socket.destroy();
      resolve(reply.split('\r\n')[0] ?? '');
    };
    socket.setTimeout(3000, done);
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
    socket.end(bytes);
  });
}

const fragment = fc.oneof(
  fc.constantFrom('/', '/api/', 'map', 'maps', 'draft', 'drafts', 'default-map', 'history', 'show', 'index.html'),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%2e%2e', '..', '%2F', '?file=', '&rev=', 'clinic.yaml', '#', ' '),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

const requestBytes = fc
  .record({
    method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'HEAD', 'OPTIONS', 'BREW', 'G\u00e9T', ''),
    path: fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join('')),
    host: fc.constantFrom('good', 'evil', 'missing', 'junk'),
    origin: fc.constantFrom('none', 'own', 'evil', 'null'),
    token: fc.constantFrom('header', 'cookie', 'wrong', 'none'),
    type: fc.constantFrom('application/json', 'text/plain', '', 'application/json; charset=utf-8'),
    body: fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 40 }),
      fc.json({ maxDepth: 3 }),
      fc
        .record({ text: fc.string({ maxLength: 40 }), baseline: fc.constantFrom(null, 'x', '0'.repeat(64)) })
        .map((o) => JSON.stringify(o)),
    ),
    length: fc.constantFrom('exact', 'short', 'long', 'huge', 'junk', 'none'),
  })
  .map((r) => (port: number) => {
    const body = Buffer.from(r.body, 'utf8');
    const lines = [`${r.method} ${r.path || '/'} HTTP/1.1`];
    if (r.host !== 'missing')
      lines.push(`Host: ${{ good: `localhost:${port}`, evil: 'evil.example', junk: '\u00ff:x' }[r.host]}`);
    if (r.origin !== 'none')
      lines.push(`Origin: ${{ own: `http://localhost:${port}`, evil: 'http://evil.example', null: 'null' }[r.origin]}`);
    if (r.token === 'header') lines.push(`X-Mapwright-Token: ${TOKEN}`);
    if (r.token === 'cookie') lines.push(`Cookie: mapwright-token-${port}=${TOKEN}`);
    if (r.token === 'wrong') lines.push('X-Mapwright-Token: nope');
    if (r.type !== '') lines.push(`Content-Type: ${r.type}`);
    const length = {
      exact: body.length,
      short: Math.max(0, body.length - 3),
      long: body.length + 10,
      huge: 10 ** 12,
      junk: 'x',
      none: null,
    }[r.length];
    if (length !== null) lines.push(`Content-Length: ${length}`);
    lines.push('Connection: close', '', '');
    return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body]);
  });

it('survives any request and keeps answering', async () => {
  await fc.assert(
    fc.asyncProperty(requestBytes, async (build) => {
      const status = await rawRequest(box.web.port, build(box.web.port));
      expect(status === '' || /^HTTP\/1\.1 [1-5]\d\d/.test(status)).toBe(true);
      expect(status).not.toMatch(/^HTTP\/1\.1 5/);
      const alive = await call(box.web.port, '/app.js');
      expect(alive.status).toBe(200);
    }),
    { numRuns: 300 },
  );
});

it('answers the reported crash (`GET /%E0%A4%A`) with 400', async () => {
  expect(
    await rawRequest(box.web.port, Buffer.from(`GET /%E0%A4%A HTTP/1.1\r\nHost: localhost:${box.web.port}\r\n\r\n`)),
  ).toBe('HTTP/1.1 400 Bad Request');
});
