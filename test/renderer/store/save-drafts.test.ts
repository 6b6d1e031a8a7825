// A save says "Saved" only once the drafts of the work it saved are gone from the host. The drafts'
// requests queue behind any autosave still on its way (host/draft-sender.ts); when the status came
// first, a reload right after "Saved" (the keyboard-workshop e2e does exactly that) could reach the
// server before the untitled draft's discard, and the saved work was offered back as unsaved.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import type { FileToken, MapwrightHost, SaveResult } from '../../../core/host/contract.ts';
import { setSourcing } from '../../../renderer/store/edits.ts';
import { saveCurrent, useHost } from '../../../renderer/store/files.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, isDirty, useMapStore } from '../../../renderer/store/store.ts';

const TEXT = readFileSync('maps/conference.yaml', 'utf8');

/** A host whose draft discards wait until `release()`; `asked` lists them in the order asked. */
function holdingHost() {
  const asked: (FileToken | null)[] = [];
  const waiting: (() => void)[] = [];
  let failDiscard = false;
  const host = {
    kind: 'browser',
    save: async (token: string): Promise<SaveResult> => ({ ok: true, file: { token, name: 'conference.yaml' } }),
    saveAs: async (): Promise<SaveResult> => ({ ok: true, file: { token: 'tok-new', name: 'workshop.yaml' } }),
    discardDraft: (token: FileToken | null) => {
      asked.push(token);
      return new Promise<void>((resolve, reject) =>
        waiting.push(() => (failDiscard ? reject(new Error('gone')) : resolve())),
      );
    },
  } as unknown as MapwrightHost;
  const release = () => waiting.splice(0).forEach((go) => go());
  return { host, asked, release, failNext: () => (failDiscard = true) };
}

const status = () => useMapStore.getState().ui.status;

/** Lets every settled promise run its continuation. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function openMap(token: string | null): void {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('conference map does not parse');
  const doc = { ...loaded(parsed.document, 'conference.yaml', token), ...(token === null ? { saved: null } : {}) };
  useMapStore.setState({ ...initialState(), doc });
}

let fake: ReturnType<typeof holdingHost>;

beforeEach(() => {
  fake = holdingHost();
  useHost(fake.host);
});

describe('saving and the drafts of the saved work', () => {
  it('says "Saved" for untitled work only after its draft and the new file\'s draft are discarded', async () => {
    openMap(null);
    setSourcing('schedule-management', 'buy');
    const saving = saveCurrent();
    await settle();
    // The map is saved (clean), the first discard is on its way: no "Saved" yet.
    expect(isDirty(useMapStore.getState())).toBe(false);
    expect(fake.asked).toEqual(['tok-new']);
    expect(status()).not.toContain('Saved');
    fake.release();
    await settle();
    expect(fake.asked).toEqual(['tok-new', null]);
    expect(status()).not.toContain('Saved');
    fake.release();
    expect(await saving).toBe(true);
    expect(status()).toBe('Saved workshop.yaml');
  });

  it('says "Saved" for a file only after its draft is discarded', async () => {
    openMap('tok');
    setSourcing('schedule-management', 'buy');
    const saving = saveCurrent();
    await settle();
    expect(fake.asked).toEqual(['tok']);
    expect(status()).not.toContain('Saved');
    fake.release();
    expect(await saving).toBe(true);
    expect(status()).toBe('Saved conference.yaml');
  });

  it('still says the map was saved when the draft could not be discarded', async () => {
    openMap('tok');
    setSourcing('schedule-management', 'buy');
    fake.failNext();
    const saving = saveCurrent();
    await settle();
    fake.release();
    await expect(saving).rejects.toThrow('gone');
    expect(status()).toBe('Saved conference.yaml');
    expect(isDirty(useMapStore.getState())).toBe(false);
  });
});
