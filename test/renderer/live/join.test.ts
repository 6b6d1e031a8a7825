// A guest joining a live session of 2,000 nodes: the session file's text and the room's state are
// read in the map worker, and the page parses neither (a 2,000-node parse is a task of 100-200 ms
// that held the guest's page as it joined). A real session (server/live) in this process; the
// worker's work runs here as the worker would run it, apart from the page's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { liveNodes } from '../../../core/live/live-doc.ts';
import { joinLiveSession } from '../../../renderer/live/join.ts';
import { startLiveSession, type LiveSession } from '../../../server/live/session.ts';
import { generatedMap } from '../../bench/generate.ts';

// What the page parses: the length of each text parseMap reads outside the worker's work.
const watch = vi.hoisted(() => ({ inWorker: false, pageParses: [] as number[] }));

vi.mock('../../../core/format/parse.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/format/parse.ts')>();
  const parseMap: typeof real.parseMap = (input, ...rest) => {
    if (!watch.inWorker) watch.pageParses.push(input.length);
    return real.parseMap(input, ...rest);
  };
  return { ...real, parseMap };
});

// The worker's work, done in a later task as its answer comes, copied as postMessage copies it.
vi.mock('../../../renderer/worker/map-worker-client.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../renderer/worker/map-worker-client.ts')>();
  const { doSharedWork } = await import('../../../renderer/worker/shared-work.ts');
  const sharedOffThread: typeof real.sharedOffThread = (text, live) =>
    new Promise((resolve) =>
      setTimeout(() => {
        watch.inWorker = true;
        try {
          resolve(structuredClone(doSharedWork({ kind: 'shared', text, live: structuredClone(live) })));
        } finally {
          watch.inWorker = false;
        }
      }, 0),
    );
  return { ...real, sharedOffThread };
});

const SIZE = 2000;
let session: LiveSession;
const left: (() => void)[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-join-'));
  const mapPath = join(dir, 'large.yaml');
  writeFileSync(mapPath, stringifyMap(generatedMap(SIZE)));
  // The session writes its file only when it ends: none of its own parses fall inside the join.
  session = await startLiveSession({ mapPath, host: '127.0.0.1', writeDelayMs: 600_000 });
  vi.stubGlobal('WebSocket', WebSocket);
});

afterAll(async () => {
  left.forEach((leave) => leave());
  vi.unstubAllGlobals();
  await session?.end();
});

/** The page a guest joins from: its link, fetch, and where it says it is leaving. */
function guestWindow(url: string): Window {
  const location = new URL(`${url}?name=Guest`);
  return {
    location,
    fetch: (input: URL | string, init?: RequestInit) => fetch(input, init),
    localStorage: { getItem: () => null },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'pagehide') left.push(listener);
    },
  } as unknown as Window;
}

describe('a guest joining a 2,000-node session', () => {
  it('reads the shared map in the worker: the page parses nothing, and gets the room’s map', async () => {
    // The room changed the map: the guest must get the room's state, not only the file's.
    session.ydoc.transact(() => liveNodes(session.ydoc).get('n5')?.set('name', 'Renamed in the room'));
    watch.pageParses.length = 0;
    const file = await joinLiveSession(guestWindow(session.joinUrl));
    expect(watch.pageParses).toEqual([]);
    const joined = parseMap(file.text);
    expect(joined.ok && Object.keys(joined.map.nodes)).toHaveLength(SIZE);
    expect(joined.ok && joined.map.nodes.n5?.name).toBe('Renamed in the room');
  });
});
