// Phase colours on the plan view: a sequential ramp (viridis) from dark to light, so the phases
// also differ in lightness (greyscale print, colour-vision deficiencies) and read as "earlier →
// later"; the phase number is drawn on every node as well, so colour is never the only cue.

/** Viridis, sampled at nine even stops (dark purple → yellow). */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The colour of phase `index` (1-based) among `count` phases. */
export function phaseColor(index: number, count: number): string {
  const t = count <= 1 ? 0 : Math.min(1, Math.max(0, (index - 1) / (count - 1)));
  const at = t * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(at));
  const a = rgb(VIRIDIS[i]!);
  const b = rgb(VIRIDIS[i + 1]!);
  const f = at - i;
  return hex(a.map((c, j) => c + (b[j]! - c) * f));
}

/** Relative luminance (WCAG), 0 = black … 1 = white: what a greyscale print keeps of a colour. */
export function luminance(color: string): number {
  const lin = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}

/** CIELAB lightness L* (0 … 100): what a greyscale print or a washed-out projector keeps. */
export function lightness(color: string): number {
  const y = luminance(color);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** Black or white, whichever reads better on `color`. */
export function inkOn(color: string): string {
  return luminance(color) > 0.22 ? '#1d1d1f' : '#ffffff';
}
