// "Never write what would not load back" (RELIABILITY.md §2): the text about to replace a map file
// must parse as a map, and parsing it must give back exactly the same text (BOM and line ends kept).
import { fileText, parseMap } from '../core/format/parse.ts';

export type LoadBackCheck = { ok: true } | { ok: false; message: string };

export function checkLoadsBack(text: string): LoadBackCheck {
  const parsed = parseMap(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const where = first && first.line > 0 ? `line ${first.line}, column ${first.column}: ` : '';
    return {
      ok: false,
      message: `the map would not load back (${where}${first?.message ?? 'unknown error'}); nothing was written`,
    };
  }
  if (fileText(parsed.document) !== text) {
    return {
      ok: false,
      message: 'the map would not read back identically (line endings or encoding); nothing was written',
    };
  }
  return { ok: true };
}
