// The lexical layer of the OnlineWardleyMaps text format: comments, quoted names, numbers.
// Its parser is line oriented, so everything here works on one line at a time and keeps the
// 1-based line number for warnings.

export interface SourceLine {
  line: number;
  text: string;
}

export interface SourceText {
  /** Non-empty lines with comments removed, trimmed. */
  lines: SourceLine[];
  /** Every comment, with its delimiters, in file order (kept so export can write them back). */
  comments: string[];
  /** Line of a `/*` that is never closed, or 0. */
  unclosedComment: number;
}

/** Splits OWM text into lines without comments. `//` inside a `url` line is part of the URL. */
export function sourceLines(text: string): SourceText {
  const out: SourceText = { lines: [], comments: [], unclosedComment: 0 };
  let block: { start: number; text: string } | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    let code = '';
    let rest = raw;
    const isUrl = /^\s*url\s/.test(raw);
    while (rest.length > 0) {
      if (block) {
        const end = rest.indexOf('*/');
        block.text += end < 0 ? rest : rest.slice(0, end + 2);
        rest = end < 0 ? '' : rest.slice(end + 2);
        if (end >= 0) {
          out.comments.push(block.text);
          block = undefined;
        }
        continue;
      }
      const cut = commentStart(rest, isUrl);
      if (cut < 0) {
        code += rest;
        break;
      }
      code += rest.slice(0, cut);
      if (rest.startsWith('//', cut)) {
        out.comments.push(rest.slice(cut).trimEnd());
        break;
      }
      block = { start: i + 1, text: '/*' };
      rest = rest.slice(cut + 2);
    }
    if (block) block.text += '\n';
    const trimmed = code.trim();
    if (trimmed !== '') out.lines.push({ line: i + 1, text: trimmed });
  });
  if (block) {
    out.unclosedComment = block.start;
    out.comments.push(`${block.text.trimEnd()} */`);
  }
  return out;
}

/** Index of the first `//` or `/*` outside a quoted name, or -1. */
function commentStart(s: string, isUrl: boolean): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (s.startsWith('/*', i)) return i;
    else if (!isUrl && s.startsWith('//', i)) return i;
  }
  return -1;
}

/** A number as OWM writes it; `\d+` alone is allowed where OWM allows it (coordinates). */
export const NUMBER = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)`;

export interface NamePart {
  name: string;
  rest: string;
  quoted: boolean;
}

/**
 * Reads a name at the start of `s`: a quoted name with `\n`, `\"` and `\\` escapes, or the text
 * up to the first match of `stop` (trimmed). Returns undefined for an unterminated quote.
 */
export function readName(s: string, stop: RegExp): NamePart | undefined {
  const text = s.trimStart();
  if (text.startsWith('"')) {
    let name = '';
    for (let i = 1; i < text.length; i++) {
      const c = text[i];
      if (c === '"') return { name, rest: text.slice(i + 1).trim(), quoted: true };
      if (c === '\\') {
        const next = text[++i];
        name += next === 'n' ? '\n' : (next ?? '');
      } else name += c;
    }
    return undefined;
  }
  const m = stop.exec(text);
  const end = m ? m.index : text.length;
  return { name: text.slice(0, end).trim(), rest: text.slice(end).trim(), quoted: false };
}

/** A name in quotes, escaped so readName gives it back. */
export function quoteName(name: string): string {
  return `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A coordinate with a decimal point and at most 3 decimals (`1` would be read as part of a name). */
export function owmNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  const text = String(rounded);
  return text.includes('.') ? text : `${text}.0`;
}

/** Words OWM treats as a keyword at the start of a line (a link starting with one is dropped). */
export const OWM_KEYWORDS = [
  'title',
  'component',
  'anchor',
  'market',
  'ecosystem',
  'submap',
  'evolve',
  'evolution',
  'pipeline',
  'note',
  'annotation',
  'url',
  'valuechain',
  'pioneers',
  'settlers',
  'townplanners',
  'accelerator',
  'deaccelerator',
  'style',
  'size',
  'y-axis',
  'build',
  'buy',
  'outsource',
] as const;
