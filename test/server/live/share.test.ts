// "Share live session…" on the Node side: the networks offered, one session at a time on the open
// file, and the /api/live routes of `npm run web` behind the same guard as the rest of the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { liveNodes } from '../../../core/live/live-doc.ts';
import { LiveShare, shareNetworks } from '../../../server/live/share.ts';
import { call, startSandbox, type ServedSandbox } from '../web-client.ts';
import { eventually, joinSession, type NodeParticipant } from './live-clients.ts';

const WORKSHOP = readFileSync('test/fixtures/live/workshop.yaml', 'utf8');
let box: ServedSandbox | null = null;
const participants: NodeParticipant[] = [];

afterEach(async () => {
  for (const p of participants.splice(0)) p.close();
  await box?.close();
  box = null;
});

async function sandbox(): Promise<ServedSandbox> {
  box = await startSandbox({ 'workshop.yaml': WORKSHOP, 'other.yaml': WORKSHOP });
  return box;
}

function post(s: ServedSandbox, body: unknown, headers = s.page) {
  return call(s.web.port, '/api/live', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the networks a session may listen on', () => {
  it('offers this computer first, every IPv4 network, then all networks, each by id', () => {
    const networks = shareNetworks();
    expect(networks[0]).toMatchObject({ id: 'local', bind: '127.0.0.1' });
    expect(networks.at(-1)).toMatchObject({ id: 'all', bind: '0.0.0.0' });
    for (const n of networks.slice(1, -1)) expect(n.id).toBe(`if:${n.label.split(' ')[0]}:${n.bind}`);
    expect(new LiveShare().interfaces().every((i) => !('bind' in i))).toBe(true);
  });

  it('refuses an interface id it never offered, starting nothing', async () => {
    const starts: string[] = [];
    const live = new LiveShare({ start: async (o) => (starts.push(o.host ?? ''), Promise.reject(new Error('no'))) });
    const result = await live.share('/tmp/x.yaml', { interfaceId: 'if:evil:203.0.113.9', readOnly: false });
    expect(result).toMatchObject({ ok: false });
    expect(starts).toEqual([]);
  });
});

describe('/api/live on npm run web', () => {
  it('starts a session on a served map that participants join and edit into the file, then ends it', async () => {
    const s = await sandbox();
    const interfaces = await call(s.web.port, '/api/live/interfaces', { headers: s.page });
    const offered = (interfaces.json() as { interfaces: { id: string; label: string }[] }).interfaces;
    expect(offered[0]).toEqual({ id: 'local', label: 'This computer only (127.0.0.1)' });
    expect(offered.map((i) => i.id)).toContain('all');
    const started = await post(s, { file: 'workshop.yaml', interfaceId: 'local', readOnly: false });
    expect(started.status).toBe(200);
    const info = started.json() as { joinUrl: string; viewUrl: string; file: string };
    expect(info.file).toBe('workshop.yaml');
    expect(info.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{32}\/$/);
    expect(info.viewUrl).not.toBe(info.joinUrl);
    const state = await call(s.web.port, '/api/live', { headers: s.page });
    expect(state.json()).toMatchObject({ session: { joinUrl: info.joinUrl, file: 'workshop.yaml' } });

    const p = joinSession(info.joinUrl);
    participants.push(p);
    await eventually(() => p.synced());
    liveNodes(p.ydoc).get('journal')?.set('evolution', 0.71);
    const path = join(s.maps, 'workshop.yaml');
    await eventually(() => readFileSync(path, 'utf8').includes('evolution: 0.71'));

    expect((await call(s.web.port, '/api/live', { method: 'DELETE', headers: s.page })).status).toBe(200);
    await eventually(() => p.statuses.includes('ended'));
    expect((await call(s.web.port, '/api/live', { headers: s.page })).json()).toEqual({ session: null });
    await expect(fetch(info.joinUrl)).rejects.toThrow();
  });

  it('answers the running session again for the same map, refuses a second map while it runs', async () => {
    const s = await sandbox();
    const first = (await post(s, { file: 'workshop.yaml', interfaceId: 'local', readOnly: true })).json();
    const again = await post(s, { file: 'workshop.yaml', interfaceId: 'all', readOnly: false });
    expect(again.json()).toMatchObject({ joinUrl: (first as { joinUrl: string }).joinUrl, readOnly: true });
    const other = await post(s, { file: 'other.yaml', interfaceId: 'local', readOnly: false });
    expect(other.status).toBe(409);
    expect(other.json()).toMatchObject({ ok: false, message: expect.stringContaining('end it first') });
  });

  it('shares only served maps, and only for our own page (token, Host, Origin)', async () => {
    const s = await sandbox();
    const outside = await post(s, { file: '../secret.txt', interfaceId: 'local', readOnly: false });
    expect(outside.status).toBe(404);
    const bad = await post(s, { file: 'workshop.yaml', interfaceId: '0.0.0.0 --evil', readOnly: false });
    expect(bad.status).toBe(400);
    const noToken = await post(s, { file: 'workshop.yaml', interfaceId: 'local', readOnly: false }, {});
    expect(noToken.status).toBe(403);
    const foreign = await post(
      s,
      { file: 'workshop.yaml', interfaceId: 'local', readOnly: false },
      { ...s.page, origin: 'http://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect((await call(s.web.port, '/api/live', { headers: s.page })).json()).toEqual({ session: null });
  });
});
