// The browser server's API: reading and saving maps of the served folder, conflicts, drafts and
// history, through real HTTP on a random port.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Of } from '../../files/fingerprint.ts';
import { call, startSandbox, type ServedSandbox } from './web-client.ts';

const CLINIC = readFileSync(join(import.meta.dirname, '../fixtures/electron/clinic.yaml'), 'utf8');
const EDITED = CLINIC.replace('title: Clinic booking', 'title: Clinic booking, edited');

let box: ServedSandbox;
beforeEach(async () => {
  box = await startSandbox({ 'clinic.yaml': CLINIC, 'b-second.yaml': CLINIC });
});
afterEach(async () => box.close());

function put(path: string, body: unknown, headers = box.page) {
  return call(box.web.port, path, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('reading maps', () => {
  it('lists the maps of the folder and reads one with its fingerprint', async () => {
    const list = await call(box.web.port, '/api/maps', { headers: box.page });
    expect(list.status).toBe(200);
    expect(list.json()).toMatchObject({ maps: [{ file: 'b-second.yaml' }, { file: 'clinic.yaml' }] });
    const map = await call(box.web.port, '/api/map?file=clinic.yaml', { headers: box.page });
    expect(map.json()).toMatchObject({ file: 'clinic.yaml', text: CLINIC, fingerprint: { sha256: sha256Of(CLINIC) } });
  });

  it('answers the default map as JSON, and a 404 (not silence) when the folder has none', async () => {
    const first = await call(box.web.port, '/api/default-map', { headers: box.page });
    expect(first.json()).toMatchObject({ file: 'b-second.yaml', text: CLINIC });
    const empty = await startSandbox({});
    try {
      const none = await call(empty.web.port, '/api/default-map', { headers: empty.page });
      expect(none.status).toBe(404);
      expect(none.json()).toMatchObject({ ok: false, reason: 'not-found' });
    } finally {
      await empty.close();
    }
  });

  it('never follows a link out of the maps folder (list, read, default map)', async () => {
    symlinkSync(box.outside, join(box.maps, 'a-link.yaml'));
    const list = (await call(box.web.port, '/api/maps', { headers: box.page })).json() as { maps: { file: string }[] };
    expect(list.maps.map((m) => m.file)).not.toContain('a-link.yaml');
    const read = await call(box.web.port, '/api/map?file=a-link.yaml', { headers: box.page });
    expect(read.status).toBe(404);
    expect(read.text).not.toContain('secret');
    const first = await call(box.web.port, '/api/default-map', { headers: box.page });
    expect(first.text).not.toContain('secret');
  });

  it('refuses names that are not plain map files directly in the folder', async () => {
    for (const name of ['../secret.txt', '..%2Fsecret.txt', 'sub/clinic.yaml', '.hidden.yaml', 'clinic.txt']) {
      const r = await call(box.web.port, `/api/map?file=${name}`, { headers: box.page });
      expect(r.status, name).toBe(404);
    }
  });
});

describe('saving maps', () => {
  it('saves over the version it read, then refuses a stale baseline with a conflict and keeps a draft', async () => {
    const saved = await put('/api/map?file=clinic.yaml', { text: EDITED, baseline: sha256Of(CLINIC) });
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({ ok: true, file: 'clinic.yaml', fingerprint: { sha256: sha256Of(EDITED) } });
    expect(readFileSync(join(box.maps, 'clinic.yaml'), 'utf8')).toBe(EDITED);

    const stale = await put('/api/map?file=clinic.yaml', { text: CLINIC, baseline: sha256Of(CLINIC) });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ ok: false, reason: 'conflict' });
    expect(readFileSync(join(box.maps, 'clinic.yaml'), 'utf8')).toBe(EDITED);
    const drafts = (await call(box.web.port, '/api/drafts', { headers: box.page })).json();
    expect(drafts).toMatchObject({ drafts: [{ file: 'clinic.yaml', text: CLINIC, baseChanged: true }] });

    const mine = await put('/api/map?file=clinic.yaml', {
      text: CLINIC,
      baseline: sha256Of(CLINIC),
      overwriteNewer: true,
    });
    expect(mine.status).toBe(200);
    expect(readFileSync(join(box.maps, 'clinic.yaml'), 'utf8')).toBe(CLINIC);
    expect((await call(box.web.port, '/api/drafts', { headers: box.page })).json()).toEqual({ drafts: [] });
  });

  it('creates a new map with a null baseline once, and never over an existing file', async () => {
    expect((await put('/api/map?file=new.yaml', { text: CLINIC, baseline: null })).status).toBe(200);
    expect(readFileSync(join(box.maps, 'new.yaml'), 'utf8')).toBe(CLINIC);
    expect((await put('/api/map?file=new.yaml', { text: EDITED, baseline: null })).status).toBe(409);
  });

  it('writes nothing that would not load back', async () => {
    const r = await put('/api/map?file=clinic.yaml', { text: 'nodes: [', baseline: sha256Of(CLINIC) });
    expect(r.status).toBe(422);
    expect(r.json()).toMatchObject({ ok: false, reason: 'invalid' });
    expect(readFileSync(join(box.maps, 'clinic.yaml'), 'utf8')).toBe(CLINIC);
  });

  it('never writes through a link, even one named like a map', async () => {
    symlinkSync(box.outside, join(box.maps, 'link.yaml'));
    const r = await put('/api/map?file=link.yaml', { text: CLINIC, baseline: null, overwriteNewer: true });
    expect(r.status).toBe(404);
    expect(readFileSync(box.outside, 'utf8')).toBe('secret: do not serve\n');
  });

  it('answers bad bodies with 4xx: not JSON, wrong shape, wrong type, too large', async () => {
    const raw = (body: string, type = 'application/json', extra: Record<string, string> = {}) =>
      call(box.web.port, '/api/map?file=clinic.yaml', {
        method: 'PUT',
        headers: { ...box.page, 'content-type': type, ...extra },
        body,
      });
    expect((await raw('{"text": ')).status).toBe(400);
    expect((await raw('[1,2]')).status).toBe(400);
    expect((await raw(JSON.stringify({ text: 1, baseline: null }))).status).toBe(400);
    expect((await raw(JSON.stringify({ text: CLINIC, baseline: 'not-a-hash' }))).status).toBe(400);
    expect((await raw('text=1', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await raw('{}', 'application/json', { 'content-length': String(10 ** 9) })).status).toBe(413);
    expect((await call(box.web.port, '/api/map?file=clinic.yaml', { method: 'POST', headers: box.page })).status).toBe(
      405,
    );
    expect(readFileSync(join(box.maps, 'clinic.yaml'), 'utf8')).toBe(CLINIC);
  });
});

describe('drafts', () => {
  it('writes, lists and discards a draft per map, and one untitled', async () => {
    expect((await put('/api/draft?file=clinic.yaml', { text: EDITED, baseline: sha256Of(CLINIC) })).status).toBe(200);
    expect((await put('/api/draft', { text: CLINIC, baseline: null })).status).toBe(200);
    const listed = (await call(box.web.port, '/api/drafts', { headers: box.page })).json() as {
      drafts: { file: string | null; text: string; baseChanged: boolean }[];
    };
    expect(listed.drafts).toHaveLength(2);
    expect(listed.drafts).toContainEqual(
      expect.objectContaining({ file: 'clinic.yaml', text: EDITED, baseChanged: false }),
    );
    expect(listed.drafts).toContainEqual(expect.objectContaining({ file: null, text: CLINIC }));
    const discard = await call(box.web.port, '/api/draft?file=clinic.yaml', { method: 'DELETE', headers: box.page });
    expect(discard.status).toBe(200);
    const after = (await call(box.web.port, '/api/drafts', { headers: box.page })).json() as { drafts: unknown[] };
    expect(after.drafts).toHaveLength(1);
  });

  it('keeps drafts away from the maps folder and refuses names outside it', async () => {
    await put('/api/draft?file=clinic.yaml', { text: EDITED, baseline: sha256Of(CLINIC) });
    expect(readFileSync(join(box.maps, 'clinic.yaml'), 'utf8')).toBe(CLINIC);
    expect((await put('/api/draft?file=../x.yaml', { text: EDITED, baseline: null })).status).toBe(404);
  });
});

describe('history', () => {
  it('answers an empty history for a map outside any git repository and 404 for a bad revision', async () => {
    writeFileSync(join(box.dir, 'unrelated'), '');
    const history = await call(box.web.port, '/api/history?file=clinic.yaml', { headers: box.page });
    expect(history.status).toBe(200);
    expect(history.json()).toEqual([]);
    const show = await call(box.web.port, '/api/show?file=clinic.yaml&rev=zzz', { headers: box.page });
    expect(show.status).toBe(404);
  });
});
