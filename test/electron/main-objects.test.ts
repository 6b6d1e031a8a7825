// The Electron checklist (RELIABILITY.md §3) asserted on what electron/main.ts and preload.ts really
// build and register, run against a stand-in `electron` module: not on their source text.
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, CHANNELS } from '../../core/host/contract.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/window/app-protocol.ts';
import { FakeContents, recorded } from './support/fake-electron.ts';

vi.mock('electron', () => import('./support/fake-electron.ts'));

beforeAll(async () => {
  await import('../../electron/main.ts');
  await recorded.started;
  await import('../../electron/preload.ts');
});

describe('the window electron/main.ts creates', () => {
  it('is one window with isolation, the sandbox and no Node in the page', () => {
    expect(recorded.windows).toHaveLength(1);
    expect(recorded.windows[0]?.options.webPreferences).toEqual({
      // Beside the bundled main.cjs (vitest's __dirname is the source folder).
      preload: join(import.meta.dirname, '../../electron/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(recorded.sandboxEnabled).toBe(true);
  });

  it('loads the app:// page, never a file: URL', () => {
    expect(recorded.windows[0]?.url).toBe(`${APP_ORIGIN}/index.html`);
  });
});

describe('the IPC handlers electron/main.ts registers', () => {
  it('are exactly the contract channels', () => {
    expect([...recorded.ipc.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://elsewhere/', ''])(
    'refuse a call from a frame at %j',
    async (url) => {
      const handler = recorded.ipc.get(CHANNELS.recent);
      const event = { senderFrame: url === '' ? null : { url } };
      await expect(Promise.resolve().then(() => handler?.(event, undefined))).rejects.toThrow();
    },
  );

  it('answer the app page itself', async () => {
    const handler = recorded.ipc.get(CHANNELS.recent);
    await expect(handler?.({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, undefined)).resolves.toEqual([]);
  });
});

describe('the app:// protocol handler', () => {
  it('sends the CSP with the page and refuses paths outside the renderer', async () => {
    const handle = recorded.protocols.get('app');
    expect([...recorded.protocols.keys()]).toEqual(['app']);
    const page = await handle?.(new Request(`${APP_ORIGIN}/index.html`));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    const escape = await handle?.(new Request(`${APP_ORIGIN}/%2e%2e/%2e%2e/package.json`));
    expect(escape?.status).toBe(404);
  });
});

describe('every web contents and the session', () => {
  const contents = new FakeContents();
  beforeAll(() => {
    for (const listener of recorded.appListeners.get('web-contents-created') ?? []) listener({}, contents);
  });

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const handlers = contents.listeners.get(event) ?? [];
    expect(handlers).toHaveLength(1);
    const preventDefault = vi.fn();
    handlers[0]?.({ preventDefault }, 'https://evil.example/');
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    recorded.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(recorded.permissionCheck?.({}, 'geolocation')).toBe(false);
  });

  it('registers app:// as a secure standard scheme', () => {
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the preload', () => {
  it('exposes one frozen object of functions, never ipcRenderer itself', () => {
    expect(recorded.exposed.map(([key]) => key)).toEqual(['mapwright']);
    const api = recorded.exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    const values = Object.entries(api).filter(([key]) => key !== 'kind');
    expect(values.every(([, value]) => typeof value === 'function')).toBe(true);
    expect(Object.values(api)).not.toContainEqual(expect.objectContaining({ invoke: expect.anything() }));
  });

  it('calls only contract channels', async () => {
    const api = recorded.exposed[0]?.[1] as Record<string, (...args: unknown[]) => unknown>;
    await api.recentFiles?.();
    await api.save?.('tok', 'text');
    expect(recorded.invoked.map((call) => call[0])).toEqual([CHANNELS.recent, CHANNELS.save]);
  });
});
