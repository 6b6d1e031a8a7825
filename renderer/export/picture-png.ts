// PNG from the app: the SVG the preview shows, drawn by the browser's own renderer onto a canvas at
// twice its size (crisp on slides and high-density screens, like `mapwright render --scale 2`).
import type { MapwrightHost } from '../../core/host/contract.ts';
import type { ExportPreview } from './export-preview.ts';
import { pngBase64Of, pngNameFor, svgDataUrl } from './picture-bytes.ts';
import { runWrite } from './write-export.ts';

export const PNG_SCALE = 2;

/** The SVG rasterised at `scale`, as PNG bytes in base64. */
export async function rasteriseSvg(svg: string, scale: number = PNG_SCALE): Promise<string> {
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  // The SVG's width/height attributes are its natural size.
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return pngBase64Of(canvas.toDataURL('image/png'));
}

/** Rasterises the previewed SVG picture and saves it through the host next to where the SVG would go. */
export async function savePicturePng(host: MapwrightHost, preview: ExportPreview): Promise<void> {
  const svgName = preview.paths[0];
  if (svgName === undefined) return;
  const svg = preview.files[svgName] ?? '';
  await runWrite(async () => host.exportFile(await rasteriseSvg(svg), pngNameFor(svgName), 'base64'));
}
