/// <reference types="vite/client" />
// The browser host against a real `npm run web` server (server/ on a random port): a folder with
// no map yet is still the served folder (a new map saves into it, not into a download), and Open…
// reaches every map of the folder, not only the first one, and saves it back to its own file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/host/browser.ts';
import { startSandbox, TOKEN, type ServedSandbox } from '../../server/web-client.ts';

const CLINIC = readFileSync(join(import.meta.dirname, '../../fixtures/electron/clinic.yaml'), 'utf8');

let box: ServedSandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

/** The page of the served renderer: its token, its address, and a prompt that answers `answers` in turn. */
function servedPage(port: number, answers: (string | null)[]) {
  const asked: string[] = [];
  const downloads: string[] = [];
  const win = {
    location: { href: `http://localhost:${port}/` },
    document: {
      querySelector: () => ({ getAttribute: () => TOKEN }),
      createElement: () => ({ click: () => downloads.push('download') }),
    },
    fetch: (url: URL, init: RequestInit) => fetch(url, init),
    prompt: (message: string) => {
      asked.push(message);
      return answers.shift() ?? null;
    },
    localStorage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined },
  };
  return { win: win as unknown as Window, asked, downloads };
}

describe('a served folder with no map yet', () => {
  it('takes a new map saved from the page, and says Save rather than Download', async () => {
    box = await startSandbox({});
    const page = servedPage(box.web.port, ['referrals']);
    const host = createBrowserHost(page.win);
    await host.startup();

    expect(host.saveTarget(null)).toBe('disk');
    const saved = await host.saveAs(CLINIC, 'untitled.yaml');

    expect(saved).toMatchObject({ ok: true, file: { name: 'referrals.yaml' } });
    expect(readFileSync(join(box.maps, 'referrals.yaml'), 'utf8')).toBe(CLINIC);
    expect(page.downloads).toEqual([]);
  });

  it('saves the example map it shows into the folder, once, never over a file made meanwhile', async () => {
    box = await startSandbox({});
    const host = createBrowserHost(servedPage(box.web.port, []).win);
    const { file } = await host.startup();
    expect(host.saveTarget(file?.token ?? null)).toBe('disk');

    expect(await host.save(file!.token, CLINIC)).toMatchObject({ ok: true });
    expect(readFileSync(join(box.maps, file!.name), 'utf8')).toBe(CLINIC);

    const other = await startSandbox({});
    try {
      const again = createBrowserHost(servedPage(other.web.port, []).win);
      const shown = await again.startup();
      writeFileSync(join(other.maps, shown.file!.name), 'version: 1\n');
      expect(await again.save(shown.file!.token, CLINIC)).toMatchObject({ ok: false, reason: 'conflict' });
      expect(readFileSync(join(other.maps, shown.file!.name), 'utf8')).toBe('version: 1\n');
    } finally {
      await other.close();
    }
  });
});

describe('Open… in a served folder', () => {
  it('opens a map of the folder other than the first by its name, and saves it back there', async () => {
    box = await startSandbox({ 'a-first.yaml': CLINIC, 'conference.yaml': CLINIC });
    const page = servedPage(box.web.port, ['conference']);
    const host = createBrowserHost(page.win);
    const first = await host.startup();
    expect(first.file?.name).toBe('a-first.yaml');

    const opened = await host.openFile();

    expect(page.asked[0]).toContain('a-first.yaml, conference.yaml');
    expect(opened).toMatchObject({ ok: true, file: { name: 'conference.yaml', text: CLINIC } });
    if (!opened?.ok) throw new Error('not opened');
    const edited = CLINIC.replace('title: Clinic booking', 'title: Clinic booking, edited');
    expect(await host.save(opened.file.token, edited)).toMatchObject({ ok: true });
    expect(readFileSync(join(box.maps, 'conference.yaml'), 'utf8')).toBe(edited);
    expect(readFileSync(join(box.maps, 'a-first.yaml'), 'utf8')).toBe(CLINIC);
  });

  it('says which name is not a map of the folder, and a cancelled question opens nothing', async () => {
    box = await startSandbox({ 'a-first.yaml': CLINIC });
    const host = createBrowserHost(servedPage(box.web.port, ['nothing-here', null]).win);
    await host.startup();
    expect(await host.openFile()).toEqual({
      ok: false,
      reason: 'io',
      message: 'nothing-here is not a map of the served folder',
    });
    expect(await host.openFile()).toBeNull();
    expect(existsSync(join(box.maps, 'nothing-here.yaml'))).toBe(false);
  });
});
