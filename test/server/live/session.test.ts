import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { liveMapOf, liveNodes } from '../../../core/live/live-doc.ts';
import { startLiveSession, type LiveSession } from '../../../server/live/session.ts';
import { rendererDist } from '../../../server/renderer-build.ts';
import { eventually, joinSession, type NodeParticipant } from './live-clients.ts';

let session: LiveSession | null = null;
const participants: NodeParticipant[] = [];

afterEach(async () => {
  for (const p of participants.splice(0)) p.close();
  await session?.end();
  session = null;
});

async function start(readOnly = false, heartbeatMs?: number): Promise<{ path: string; live: LiveSession }> {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-live-'));
  const path = join(dir, 'workshop.yaml');
  copyFileSync('test/fixtures/live/workshop.yaml', path);
  session = await startLiveSession({
    mapPath: path,
    readOnly,
    watchStabilityMs: 50,
    ...(heartbeatMs ? { heartbeatMs } : {}),
  });
  return { path, live: session };
}

function join_(url: string): NodeParticipant {
  const p = joinSession(url);
  participants.push(p);
  return p;
}

function onDisk(path: string) {
  const parsed = parseMap(readFileSync(path));
  if (!parsed.ok) throw new Error('the file on disk does not load');
  return parsed.map;
}

function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

describe('live session host', () => {
  it('merges two participants’ edits and writes them to the file, comments kept', async () => {
    const { path, live } = await start();
    const [a, b] = [join_(live.joinUrl), join_(live.joinUrl)];
    await eventually(() => a.synced() && b.synced());
    liveNodes(a.ydoc).get('journal')?.set('evolution', 0.66);
    liveNodes(b.ydoc).get('booking')?.set('name', 'Bookings');
    await eventually(() => {
      const map = onDisk(path);
      return map.nodes.journal?.evolution === 0.66 && map.nodes.booking?.name === 'Bookings';
    });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('evolution: 0.66 # legacy');
    expect(text).toContain('# Who it is for.');
    await eventually(() => liveMapOf(a.ydoc).nodes.booking?.name === 'Bookings');
  });

  it('refuses a wrong or missing token, a foreign Host and a foreign Origin', async () => {
    const { live } = await start();
    const ws = `${live.joinUrl.replace(/^http/, 'ws')}live/ws`;
    const base = live.joinUrl.replace(/\/s\/.*$/, '');
    expect(await upgradeStatus(ws)).toBe('open');
    expect(await upgradeStatus(`${base.replace(/^http/, 'ws')}/live/ws`)).toBe(401);
    expect(await upgradeStatus(ws.replace(/\/s\/[^/]+\//, '/s/AAAAAAAAAAAAAAAAAAAAAAAA/'))).toBe(403);
    expect(await upgradeStatus(ws, { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(ws, { Host: 'evil.example' })).toBe(403);
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/s/AAAAAAAAAAAAAAAAAAAAAAAA/live/session`)).status).toBe(403);
    expect((await fetch(`${live.joinUrl}live/session`)).status).toBe(200);
    expect((await fetch(`${live.joinUrl}..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it("drops a read-only participant's changes", async () => {
    const { path, live } = await start();
    const viewer = join_(live.viewUrl);
    const editor = join_(live.joinUrl);
    await eventually(() => viewer.synced() && editor.synced());
    liveNodes(viewer.ydoc).get('journal')?.set('name', 'Hacked');
    liveNodes(editor.ydoc).get('database')?.set('name', 'Postgres');
    await eventually(() => onDisk(path).nodes.database?.name === 'Postgres');
    await eventually(() => live.hub.refused > 0);
    expect(onDisk(path).nodes.journal?.name).toBe('Journal system');
    expect(liveMapOf(live.ydoc).nodes.journal?.name).toBe('Journal system');
  });

  it('merges a change made to the file on disk into the session instead of overwriting it', async () => {
    const { path, live } = await start();
    const a = join_(live.joinUrl);
    await eventually(() => a.synced());
    const edited = readFileSync(path, 'utf8')
      .replace('name: Database', 'name: Managed database')
      .replace('# the end', '# pulled from git\n# the end');
    writeFileSync(path, edited);
    await eventually(() => liveMapOf(a.ydoc).nodes.database?.name === 'Managed database');
    liveNodes(a.ydoc).get('patient')?.set('name', 'Patients');
    await eventually(() => onDisk(path).nodes.patient?.name === 'Patients');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('name: Managed database');
    expect(text).toContain('# pulled from git');
  });

  it('tells participants when the host ends the session', async () => {
    const { live } = await start();
    const a = join_(live.joinUrl);
    await eventually(() => a.synced());
    await live.end();
    session = null;
    await eventually(() => a.statuses.includes('ended'));
  });

  it('drops a participant whose network vanished without closing (no answer to pings), keeps the others', async () => {
    const { live } = await start(false, 100);
    const a = join_(live.joinUrl);
    await eventually(() => a.synced());
    const silent = new WebSocket(`${live.joinUrl.replace(/^http/, 'ws')}live/ws`);
    await new Promise((resolve) => silent.once('open', resolve));
    await eventually(() => live.hub.size === 2);
    // A laptop that left the room's network: its side of the connection reads nothing any more.
    (silent as unknown as { _socket: { pause(): void } })._socket.pause();
    await eventually(() => live.hub.size === 1);
    expect(a.statuses.at(-1)).toBe('connected');
    silent.terminate();
  });

  // The session's page allows scripts from 'self' only: its map worker is a script file of the
  // built editor, served under the session's path as JavaScript with the same policy.
  it('serves the map worker script as JavaScript under the session path, with the page’s CSP', async () => {
    const { live } = await start();
    const worker = readdirSync(join(rendererDist(), 'assets')).find((f) => /^map-worker-[\w-]+\.js$/.test(f));
    expect(worker).toBeDefined();
    const res = await fetch(`${live.joinUrl}assets/${worker ?? ''}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(readFileSync(join(rendererDist(), 'assets', worker ?? ''), 'utf8'));
  });
});
