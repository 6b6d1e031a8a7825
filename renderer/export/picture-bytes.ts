// Binary pictures cross the host boundary as base64 text (IPC and the preload bridge carry strings
// well); these convert both ways and name the file and its type.

const PNG_DATA_URL = 'data:image/png;base64,';

/** An SVG document as a URL an <img> (and so a canvas) can load. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The base64 payload of a `data:image/png;base64,…` URL (what canvas.toDataURL returns). */
export function pngBase64Of(dataUrl: string): string {
  if (!dataUrl.startsWith(PNG_DATA_URL)) throw new Error('the canvas did not produce a PNG');
  return dataUrl.slice(PNG_DATA_URL.length);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `ehealth-platform.svg` → `ehealth-platform.png`. */
export function pngNameFor(svgName: string): string {
  return `${svgName.replace(/\.svg$/i, '')}.png`;
}

/** The MIME type of a binary download, from the file's extension. */
export function binaryMediaTypeOf(name: string): string {
  return /\.png$/i.test(name) ? 'image/png' : 'application/octet-stream';
}
