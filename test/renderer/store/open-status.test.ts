// The status line speaks of the map on screen. Before, opening another map left the last map's
// "Saved x" (or any other word about it) on the status line, as if it were said of the new one.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapwrightHost, OpenResult, SaveResult } from '../../../core/host/contract.ts';
import { parseMap } from '../../../core/format/parse.ts';
import { setSourcing } from '../../../renderer/store/edits.ts';
import { openAnother, saveCurrent, showFile, useHost } from '../../../renderer/store/files.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';

const CONFERENCE = readFileSync('maps/conference.yaml', 'utf8');
const EHEALTH = readFileSync('maps/ehealth-platform.yaml', 'utf8');

const host = {
  kind: 'browser',
  save: async (token: string): Promise<SaveResult> => ({ ok: true, file: { token, name: 'conference.yaml' } }),
  discardDraft: async () => undefined,
} as unknown as MapwrightHost;

const status = () => useMapStore.getState().ui.status;
const opened = (name: string, text: string) => async (): Promise<OpenResult> => ({
  ok: true,
  file: { token: `tok-${name}`, name, text },
});

beforeEach(() => {
  useHost(host);
  const parsed = parseMap(CONFERENCE);
  if (!parsed.ok) throw new Error('conference map does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'conference.yaml', 'tok-conf') });
});

describe('the status line after opening another map', () => {
  it('no longer says the last map was saved: it names the map opened', async () => {
    setSourcing('schedule-management', 'buy');
    await saveCurrent();
    expect(status()).toBe('Saved conference.yaml');
    await openAnother(opened('ehealth-platform.yaml', EHEALTH), showFile);
    expect(useMapStore.getState().doc.fileName).toBe('ehealth-platform.yaml');
    expect(status()).toBe('Opened ehealth-platform.yaml');
  });

  it('says nothing of the last map when the one opened does not load (its errors are listed)', async () => {
    await saveCurrent();
    await openAnother(opened('broken.yaml', 'title: [unclosed\n'), showFile);
    expect(useMapStore.getState().doc.loadErrors?.length).toBeGreaterThan(0);
    expect(status()).toBe('');
  });
});
