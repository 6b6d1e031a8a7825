// How much room a node's name takes, without a DOM: widths are estimated per character class
// from DejaVu Sans / Segoe UI metrics, rounded up, so a box is never smaller than the drawn text.
// Long names wrap to two lines and the second ends in an ellipsis; the full name stays in a
// tooltip. The canvas and the SVG export share these numbers, so both wrap the same way.

export interface LabelFont {
  size: number;
  bold: boolean;
}

export const LABEL_FONT: LabelFont = { size: 16, bold: false };
/** Presentation mode draws labels larger and bold (renderer/styles.css `.presentation .node-label`). */
export const PRESENTATION_FONT: LabelFont = { size: 18, bold: true };

/** The widest a label may run before it wraps, in em; WIDE_EM is the placer's second try. */
export const MAX_EM = 12;
export const WIDE_EM = 18;
const MAX_LINES = 2;
export const ELLIPSIS = '…';

/** Width of one character in em, by class; generous so estimates err on the large side. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.32;
  if ("iljI.,:;!|'`".includes(ch)) return 0.3;
  if ('frt()[]{}-/"'.includes(ch)) return 0.42;
  if ('mwMW@%'.includes(ch)) return 0.98;
  if (/[A-Z&#]/.test(ch)) return 0.76;
  if (/[0-9a-z?$_+=<>*~^]/.test(ch)) return 0.64;
  // Other scripts, symbols and emoji: as wide as a capital M.
  return 1;
}

const EM_CACHE = new Map<string, number>();

function textEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    let w = EM_CACHE.get(ch);
    if (w === undefined) {
      w = charEm(ch);
      EM_CACHE.set(ch, w);
    }
    em += w;
  }
  return em;
}

function pixels(em: number, font: LabelFont): number {
  return Math.ceil(em * font.size * (font.bold ? 1.08 : 1));
}

export function textWidth(text: string, font: LabelFont): number {
  return pixels(textEm(text), font);
}

export function lineHeight(font: LabelFont): number {
  return Math.round(font.size * 1.25);
}

export interface WrappedLabel {
  lines: string[];
  /** True when the name did not fit in two lines and was cut with an ellipsis. */
  truncated: boolean;
  width: number;
  height: number;
}

/** Breaks `name` at spaces into at most two lines of at most `maxEm`; cuts the rest with "…". */
export function wrapLabel(name: string, font: LabelFont, maxEm = MAX_EM): WrappedLabel {
  const max = maxEm * font.size;
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length && lines.length < MAX_LINES; index++) {
    const word = words[index] as string;
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, font) <= max) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = lines.length < MAX_LINES ? word : '';
    if (lines.length >= MAX_LINES) break;
  }
  if (line && lines.length < MAX_LINES) lines.push(line);
  const cut = index < words.length || lines.some((l) => textWidth(l, font) > max);
  const shown = cut ? ellipsize(lines, font, max) : lines;
  if (shown.length === 0) shown.push('');
  const width = Math.max(0, ...shown.map((l) => textWidth(l, font)));
  return { lines: shown, truncated: cut, width, height: shown.length * lineHeight(font) };
}

/** Fits every line into `max` and ends the last one with an ellipsis. */
function ellipsize(lines: readonly string[], font: LabelFont, max: number): string[] {
  const out = lines.map((l) => fitLine(l, font, max, false));
  const last = out.length - 1;
  out[last] = fitLine(lines[last] ?? '', font, max, true);
  return out;
}

function fitLine(line: string, font: LabelFont, max: number, ellipsis: boolean): string {
  if (!ellipsis && textWidth(line, font) <= max) return line;
  const chars = [...line];
  let em = textEm(line) + textEm(ELLIPSIS);
  let end = chars.length;
  while (end > 0 && pixels(em, font) > max) em -= textEm(chars[--end] as string);
  return chars.slice(0, end).join('').trimEnd() + ELLIPSIS;
}
