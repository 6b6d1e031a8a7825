// The picture export in the browser build: choosing a theme changes the preview, Save… downloads
// exactly what `mapwright render --theme dark` writes, and Save PNG… downloads that picture
// rasterised at twice its size.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import { THEMES } from '../../core/render/svg/theme.ts';
import { pngSizeOf } from '../support/png-size.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the default map does not parse');
const DARK_SVG = renderMapSvg(parsed.map, { theme: 'dark' });
const DARK_BACKGROUND = encodeURIComponent(THEMES.dark.background);

/** The SVG's own width and height attributes (the size a picture of scale 1 has). */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(root)?.[1]);
  return { width: attribute('width'), height: attribute('height') };
}

/** The colour of the PNG's top-left pixel as `#rrggbb`, decoded by the browser. */
function cornerColourOf(pngBase64: string): Promise<string> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d');
    context?.drawImage(image, 0, 0);
    const [r = 0, g = 0, b = 0] = context?.getImageData(0, 0, 1, 1).data ?? [];
    return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }, pngBase64);
}

let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

async function downloadFrom(buttonName: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: buttonName, exact: true }).click();
  return download;
}

describe('exporting the default map as a picture', () => {
  it('shows the chosen theme in the preview', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'SVG picture…' }).click();
    const dialog = page.getByRole('dialog');
    const picture = dialog.getByRole('img', { name: /Picture of the map/ });
    await picture.waitFor();
    expect(await dialog.getByLabel('Theme').inputValue()).toBe('light');
    expect(await picture.getAttribute('src')).not.toContain(DARK_BACKGROUND);

    await dialog.getByLabel('Theme').selectOption('dark');
    expect(await picture.getAttribute('src')).toContain(DARK_BACKGROUND);
    await picture.evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `${SCREENSHOTS}/picture-export.png` });
  });

  it('saves the SVG that `mapwright render --theme dark` writes', async () => {
    const file = await downloadFrom('Save…');
    expect(file.suggestedFilename()).toBe('ehealth-platform.svg');
    expect(readFileSync(await file.path(), 'utf8')).toBe(DARK_SVG);
  });

  it('saves a PNG twice the size of the SVG', async () => {
    const file = await downloadFrom('Save PNG…');
    expect(file.suggestedFilename()).toBe('ehealth-platform.png');
    const bytes = new Uint8Array(readFileSync(await file.path()));
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const svg = svgSize(DARK_SVG);
    expect(svg.width).toBeGreaterThan(0);
    expect(pngSizeOf(bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
    expect(await cornerColourOf(Buffer.from(bytes).toString('base64'))).toBe(THEMES.dark.background);
    expect(await page.getByRole('dialog').getByRole('status').textContent()).toBe('Wrote 1 file.');
  });
});
