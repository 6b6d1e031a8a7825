// The browser host bundles the default map with Vite's import.meta.glob.
/// <reference types="vite/client" />
// The picture export: the preview renders the theme the CLI's --theme would, and a PNG crosses the
// host as base64 and reaches the browser's download as the same bytes, typed image/png.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import { THEMES } from '../../core/render/svg/theme.ts';
import { exportPreview, PICTURE_THEMES } from '../../renderer/export/export-preview.ts';
import {
  base64ToBytes,
  binaryMediaTypeOf,
  pngBase64Of,
  pngNameFor,
  svgDataUrl,
} from '../../renderer/export/picture-bytes.ts';
import { createBrowserHost } from '../../renderer/host/browser.ts';

const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the default map does not parse');
const EHEALTH = parsed.map;

describe('the SVG picture preview', () => {
  it.each(PICTURE_THEMES.map((t) => t.theme))('with theme %s is what `mapwright render --theme` draws', (theme) => {
    const preview = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'svg', theme });
    expect(preview.paths).toEqual(['ehealth-platform.svg']);
    expect(preview.files['ehealth-platform.svg']).toBe(renderMapSvg(EHEALTH, { theme }));
  });

  it('is light without a theme, and the dark one paints the dark background', () => {
    const light = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'svg' }).files['ehealth-platform.svg'];
    const dark = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'svg', theme: 'dark' }).files[
      'ehealth-platform.svg'
    ];
    expect(light).toBe(renderMapSvg(EHEALTH));
    expect(dark).toContain(THEMES.dark.background);
    expect(light).not.toContain(THEMES.dark.background);
    expect(svgDataUrl(dark ?? '')).toContain(encodeURIComponent(THEMES.dark.background));
  });

  it('offers exactly the themes the renderer knows', () => {
    expect(PICTURE_THEMES.map((t) => t.theme).sort()).toEqual(Object.keys(THEMES).sort());
  });
});

describe('picture bytes', () => {
  it('base64 decodes to the bytes Node encoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('takes the payload of a PNG data URL and refuses anything else', () => {
    expect(pngBase64Of('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
    expect(() => pngBase64Of('data:,')).toThrow(/PNG/);
    expect(() => pngBase64Of('data:image/jpeg;base64,/9j/')).toThrow(/PNG/);
  });

  it('names the PNG after the SVG', () => {
    expect(pngNameFor('ehealth-platform.svg')).toBe('ehealth-platform.png');
    expect(pngNameFor('map.SVG')).toBe('map.png');
    expect(binaryMediaTypeOf('map.png')).toBe('image/png');
    expect(binaryMediaTypeOf('map.bin')).toBe('application/octet-stream');
  });
});

describe('the browser host', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  /** A window whose links record what they would download. */
  function fakeWindow(downloads: { name: string; url: string }[]): Window {
    const document = {
      createElement: () => {
        const a = { href: '', download: '', click: () => downloads.push({ name: a.download, url: a.href }) };
        return a;
      },
    };
    return { document } as unknown as Window;
  }

  it('downloads a base64 export as a Blob of its bytes, typed image/png', async () => {
    vi.useFakeTimers();
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: { name: string; url: string }[] = [];
    const host = createBrowserHost(fakeWindow(downloads));
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

    const result = await host.exportFile(Buffer.from(bytes).toString('base64'), 'map.png', 'base64');

    expect(result).toEqual({ ok: true, folder: '', written: ['map.png'] });
    expect(downloads.map((d) => d.name)).toEqual(['map.png']);
    const blob = blobs.get(downloads[0]?.url ?? '');
    expect(blob?.type).toBe('image/png');
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(bytes);
  });

  it('still downloads text exports as the text itself', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/text';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const host = createBrowserHost(fakeWindow([]));
    await host.exportFile('<svg>é</svg>', 'map.svg');
    expect(await blobs[0]?.text()).toBe('<svg>é</svg>');
  });
});
