// A page whose Content-Security-Policy refuses the map worker (a host that forbids workers; before
// the worker was a script file of its own, the desktop app's and a live session's pages refused its
// inline blob) gets a Worker object that never runs: the browser only fires `error` at it. Requests
// made before and after must still be answered, on the main thread: before, an open waiting on the
// worker showed "Loading map…" for ever.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { generatedMap } from '../../bench/generate.ts';

const TEXT = stringifyMap(generatedMap(12));

/** What Chromium gives when the CSP refuses the worker's script: an object that only fails. */
class RefusedWorker extends EventTarget {
  readonly posted: unknown[] = [];
  terminated = false;
  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(new Event('error')), 5);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('map worker client when the worker is refused', () => {
  it('answers the waiting request and later ones on the main thread, and drops the worker', async () => {
    const made: RefusedWorker[] = [];
    vi.stubGlobal(
      'Worker',
      class extends RefusedWorker {
        constructor() {
          super();
          made.push(this);
        }
      },
    );
    vi.resetModules();
    const client = await import('../../../renderer/worker/map-worker-client.ts');
    const want = parseMap(TEXT);
    if (!want.ok) throw new Error('fixture does not parse');
    const first = await client.parseOffThread(TEXT, { withMap: true });
    expect(made).toHaveLength(1);
    expect(made[0]!.posted).toHaveLength(1);
    expect(made[0]!.terminated).toBe(true);
    expect(first.ok && first.map).toEqual(want.map);
    // Later work goes straight to the main thread: no second worker, nothing posted to the first.
    const second = await client.parseOffThread(TEXT, { withMap: true });
    expect(second.ok && second.map).toEqual(want.map);
    expect(made).toHaveLength(1);
    expect(made[0]!.posted).toHaveLength(1);
  });
});
