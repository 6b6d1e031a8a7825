// Draft requests reach the server one at a time, in the order asked: a slow draft write asked
// before a save's discard must be answered before the discard is sent, or the server would keep
// a draft of work that is already saved. (In Node no worker starts: the page's fetch is used.)
import { describe, expect, it } from 'vitest';
import { discardServedDraft, writeServedDraft } from '../../../renderer/host/served-api.ts';

function fakeWindow(delays: Record<string, number>) {
  const log: string[] = [];
  const win = {
    location: { href: 'http://127.0.0.1:1/' },
    document: { querySelector: () => ({ getAttribute: () => 'secret' }) },
    fetch: async (url: URL, init: RequestInit) => {
      const method = init.method ?? 'GET';
      log.push(`${method} start ${url.pathname}`);
      await new Promise((r) => setTimeout(r, delays[method] ?? 0));
      log.push(`${method} end`);
      const headers = init.headers as Record<string, string>;
      return { ok: headers['x-mapwright-token'] === 'secret' } as Response;
    },
  };
  return { win: win as unknown as Window, log };
}

describe('draft requests', () => {
  it('are sent in order, each after the one before was answered', async () => {
    const { win, log } = fakeWindow({ PUT: 30, DELETE: 0 });
    const written = writeServedDraft(win, 'maps/a.yaml', 'version: 1\n', 'abc');
    const discarded = discardServedDraft(win, 'maps/a.yaml');
    expect(await Promise.all([written, discarded])).toEqual([true, true]);
    expect(log).toEqual(['PUT start /api/draft', 'PUT end', 'DELETE start /api/draft', 'DELETE end']);
  });

  it('go on after a request that failed', async () => {
    const { win, log } = fakeWindow({});
    const failing = { ...win, fetch: () => Promise.reject(new Error('offline')) } as unknown as Window;
    expect(await writeServedDraft(failing, null, 'x', null)).toBe(false);
    expect(await discardServedDraft(win, null)).toBe(true);
    expect(log).toEqual(['DELETE start /api/draft', 'DELETE end']);
  });
});
