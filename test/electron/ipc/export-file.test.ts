// `exportFile` carries text as before, or a binary picture as base64: the payload checker refuses
// anything that is not strict base64 or is too large, and the handler writes the decoded bytes.
import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, MAX_EXPORT_LENGTH, MAX_TEXT_LENGTH } from '../../../core/host/contract.ts';
import { checkExportFilePayload } from '../../../core/host/payloads.ts';
import { FileService } from '../../../files/file-service.ts';
import { createHostHandlers, type HostDialogs } from '../../../electron/ipc/handlers.ts';

const APP = { senderUrl: 'app://mapwright/index.html' };
// The first bytes of a PNG, with a 0 and bytes above 0x7f that a UTF-8 round trip would mangle.
const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]);
const PNG_BASE64 = Buffer.from(PNG_BYTES).toString('base64');

describe('checkExportFilePayload', () => {
  it('accepts the payload the preload sent before encodings existed, as UTF-8 text', () => {
    expect(checkExportFilePayload({ text: '<svg/>', suggestedName: 'map.svg' })).toEqual({
      ok: true,
      value: { text: '<svg/>', suggestedName: 'map.svg', encoding: 'utf8' },
    });
    expect(checkExportFilePayload({ text: '', suggestedName: 'map.owm', encoding: 'utf8' }).ok).toBe(true);
  });

  it('accepts base64 of any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(checkExportFilePayload({ text, suggestedName: 'map.png', encoding: 'base64' })).toEqual({
          ok: true,
          value: { text, suggestedName: 'map.png', encoding: 'base64' },
        });
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['an empty string', ''],
    ['a length that is not a multiple of 4', 'iVBORw0'],
    ['characters outside the alphabet', 'iVBO Rw0K'],
    ['URL-safe characters', 'iVB-Rw0_'],
    ['padding in the middle', 'iV==Rw0K'],
    ['three padding characters', 'iV==='],
    ['a data URL', `data:image/png;base64,${PNG_BASE64}`],
  ])('refuses base64 that is %s', (_label, text) => {
    expect(checkExportFilePayload({ text, suggestedName: 'map.png', encoding: 'base64' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/base64/),
    });
  });

  it('refuses an unknown encoding, a missing name and extra fields', () => {
    const base = { text: PNG_BASE64, suggestedName: 'map.png' };
    for (const encoding of ['binary', 'hex', null, 1, true]) {
      expect(checkExportFilePayload({ ...base, encoding }).ok).toBe(false);
    }
    expect(checkExportFilePayload({ text: PNG_BASE64, encoding: 'base64' }).ok).toBe(false);
    expect(checkExportFilePayload({ ...base, encoding: 'base64', path: '/tmp/x.png' }).ok).toBe(false);
  });

  it('caps base64 at MAX_EXPORT_LENGTH and text at MAX_TEXT_LENGTH, without a stack overflow', () => {
    const atCap = 'A'.repeat(MAX_EXPORT_LENGTH);
    expect(checkExportFilePayload({ text: atCap, suggestedName: 'big.png', encoding: 'base64' }).ok).toBe(true);
    expect(
      checkExportFilePayload({ text: `${atCap}AAAA`, suggestedName: 'big.png', encoding: 'base64' }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
    const bigText = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    expect(checkExportFilePayload({ text: bigText, suggestedName: 'big.svg' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
  });

  it('never throws, whatever the renderer sends', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (payload) => {
        expect(typeof checkExportFilePayload(payload).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the export:file handler', () => {
  let dir: string;
  let files: FileService;
  let chosen: string | null;
  let offered: string[];

  function handlers() {
    const dialogs: HostDialogs = {
      chooseMapToOpen: async () => null,
      chooseMapSaveTarget: async () => null,
      chooseExportFolder: async () => null,
      chooseExportFile: async (name) => {
        offered.push(name);
        return chosen;
      },
      confirmUnsaved: async () => 'cancel',
    };
    return createHostHandlers(files, dialogs, { setState: () => undefined, close: () => undefined });
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mapwright-export-file-'));
    files = new FileService({
      dataFolder: join(dir, 'data'),
      defaultMap: join(dir, 'none.yaml'),
      watch: false,
      onExternalChange: () => undefined,
    });
    chosen = null;
    offered = [];
  });
  afterEach(async () => {
    await files.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes base64 as the bytes it encodes', async () => {
    chosen = join(dir, 'map.png');
    const result = await handlers()[CHANNELS.exportFile](APP, {
      text: PNG_BASE64,
      suggestedName: 'map.png',
      encoding: 'base64',
    });
    expect(result).toEqual({ ok: true, folder: dir, written: ['map.png'] });
    expect(offered).toEqual(['map.png']);
    expect(new Uint8Array(await readFile(chosen))).toEqual(PNG_BYTES);
  });

  it('still writes text as UTF-8 when no encoding is given', async () => {
    chosen = join(dir, 'map.svg');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Évolution →</text></svg>\n';
    await handlers()[CHANNELS.exportFile](APP, { text: svg, suggestedName: 'map.svg' });
    expect(await readFile(chosen, 'utf8')).toBe(svg);
  });

  it('offers only the base name of the suggested file in the dialog', async () => {
    await handlers()[CHANNELS.exportFile](APP, {
      text: PNG_BASE64,
      suggestedName: '../../elsewhere/map.png',
      encoding: 'base64',
    });
    expect(offered).toEqual(['map.png']);
  });

  it('refuses invalid base64 before showing a dialog, and writes nothing', async () => {
    chosen = join(dir, 'map.png');
    await expect(
      handlers()[CHANNELS.exportFile](APP, { text: 'not base64!', suggestedName: 'map.png', encoding: 'base64' }),
    ).rejects.toThrow(/refused: text must be non-empty base64/);
    expect(offered).toEqual([]);
    expect(await readdir(dir)).not.toContain('map.png');
  });

  it('refuses a sender that is not the app', async () => {
    await expect(
      handlers()[CHANNELS.exportFile](
        { senderUrl: 'https://evil.example/' },
        { text: PNG_BASE64, suggestedName: 'map.png', encoding: 'base64' },
      ),
    ).rejects.toThrow(/did not come from the app/);
  });

  it('a cancelled dialog is null', async () => {
    expect(
      await handlers()[CHANNELS.exportFile](APP, { text: PNG_BASE64, suggestedName: 'map.png', encoding: 'base64' }),
    ).toBeNull();
  });
});
