// Turning file bytes into text we can parse, and back, without changing what git sees:
// strict UTF-8 (no silent U+FFFD), a size cap, and the file's BOM and line endings kept.
import type { Diagnostic } from '../model/types.ts';
import { firstInvalidUtf8 } from './utf8.ts';

/** Files above this size are refused before parsing (a map of 20,000 nodes is about 3 MB). */
export const MAX_MAP_BYTES = 10 * 1024 * 1024;

export type LineEnding = '\n' | '\r\n';

/** Map text normalised to LF without BOM, plus what is needed to write it back byte-identically. */
export interface SourceText {
  text: string;
  bom: boolean;
  eol: LineEnding;
}

export function sourceFromBytes(bytes: Uint8Array): SourceText | Diagnostic {
  if (bytes.byteLength > MAX_MAP_BYTES) return tooLarge(bytes.byteLength);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return sourceFromText(text);
  } catch {
    return invalidUtf8(bytes);
  }
}

export function sourceFromText(raw: string): SourceText | Diagnostic {
  if (raw.length > MAX_MAP_BYTES) return tooLarge(raw.length);
  const bom = raw.charCodeAt(0) === 0xfeff;
  const body = bom ? raw.slice(1) : raw;
  // Most files hold no CR at all: no need to count (an array of every match of a 10 MB file).
  if (!body.includes('\r')) return { text: body, bom, eol: '\n' };
  const crlf = (body.match(/\r\n/g) ?? []).length;
  const lf = (body.match(/\n/g) ?? []).length;
  const eol: LineEnding = crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
  // A run of CRs before a line end is one line end: with only CR LF replaced, CR CR LF read back
  // as CR LF, so every save of the file lost one CR (an edit changed lines it did not touch).
  return { text: body.replace(/\r+\n/g, '\n'), bom, eol };
}

/** The bytes-as-text to write for normalised `text`, with the original BOM and line endings. */
export function textForFile(text: string, source: Pick<SourceText, 'bom' | 'eol'>): string {
  const body = source.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
  return source.bom ? `\uFEFF${body}` : body;
}

export function isDiagnostic(value: SourceText | Diagnostic): value is Diagnostic {
  return 'rule' in value;
}

function tooLarge(size: number): Diagnostic {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    line: 0,
    column: 0,
    severity: 'error',
    rule: 'file/too-large',
    message: `file is ${mb(size)} MB; maps larger than ${mb(MAX_MAP_BYTES)} MB are refused`,
  };
}

function invalidUtf8(bytes: Uint8Array): Diagnostic {
  // Point at the first invalid byte; line and column count what an editor shows before it,
  // so a BOM is not a column (the default TextDecoder drops it) and CRLF is one line break.
  const at = firstInvalidUtf8(bytes);
  const valid = at < 0 ? bytes : bytes.subarray(0, at);
  const before = new TextDecoder('utf-8').decode(valid).replace(/\r\n/g, '\n');
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: countLineBreaks(before) + 1,
    column: before.length - lineStart + 1,
    severity: 'error',
    rule: 'file/encoding',
    message: 'file is not valid UTF-8; save it as UTF-8 and open it again',
  };
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
