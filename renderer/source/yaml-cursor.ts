// Where the cursor is in a map's YAML, read from indentation alone so that it works on the
// half-typed text that completion sees (the YAML parser gives up on exactly those lines):
// the path of keys above the line, and whether a key or a value is being typed.
export type CursorPath = (string | number)[];

export type CursorSpot =
  /** Typing a key of the object at `path`; `from` is where the typed word starts. */
  | { at: 'key'; path: CursorPath; from: number; typed: string }
  /** Typing the value of `path` (the last segment is the key, or 0 for a list item). */
  | { at: 'value'; path: CursorPath; from: number; typed: string };

interface Line {
  indent: number;
  /** `key` of a `key:` line. */
  key?: string;
  /** The line starts a list item (`- `). */
  dash: boolean;
}

const KEY_LINE = /^(\s*)(- +)?([A-Za-z0-9_$.-]+)\s*:(\s|$)/;
const DASH_LINE = /^(\s*)- /;

function lineShape(text: string): Line | undefined {
  if (text.trim() === '' || /^\s*#/.test(text)) return undefined;
  const key = KEY_LINE.exec(text);
  if (key) return { indent: (key[1] ?? '').length + (key[2] ?? '').length, key: key[3] ?? '', dash: !!key[2] };
  const dash = DASH_LINE.exec(text);
  if (dash) return { indent: (dash[1] ?? '').length + 2, dash: true };
  return { indent: (/^\s*/.exec(text)?.[0] ?? '').length, dash: false };
}

/** Line `index` (from 0) of the text, read where it is kept: the editor's lines are not split again. */
export type LineAt = (index: number) => string;

/** The keys (and list items, as 0) enclosing a line indented by `indent`, walking up from `lineIndex`. */
export function pathAbove(lineAt: LineAt, lineIndex: number, indent: number): CursorPath {
  const path: CursorPath = [];
  let limit = indent;
  for (let i = lineIndex - 1; i >= 0 && limit > 0; i--) {
    const text = lineAt(i);
    // Indented to the limit or deeper (or blank): neither a parent nor a list item of the line. Most
    // lines above a node's field are other nodes' fields; they are skipped without a regex each.
    const spaces = text.search(/\S/);
    if (spaces < 0 || spaces >= limit) continue;
    const shape = lineShape(text);
    if (!shape) continue;
    if (shape.indent < limit) {
      if (shape.key !== undefined) path.unshift(shape.key);
      limit = shape.indent;
    }
    // The key of a `- key:` line sits in a list item: the item's own indent is 2 less.
    if (shape.dash && shape.indent <= limit) {
      path.unshift(0);
      limit = shape.indent - 2;
    }
  }
  return path;
}

function indentOf(spaces: string | undefined, dash: string | undefined): number {
  return (spaces ?? '').length + (dash ?? '').length;
}

export function cursorSpot(text: string, offset: number): CursorSpot {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  return spotOnLine((i) => lines[i] ?? '', lines.length, text.slice(lineStart, offset), offset);
}

/**
 * Where the cursor is, from the text of its line before it (`before`, ending at `offset`) and the
 * lines above (`here` of them, read through `lineAt`).
 */
export function spotOnLine(lineAt: LineAt, here: number, before: string, offset: number): CursorSpot {
  const itemPath = (spaces: string | undefined, dash: string | undefined): CursorPath =>
    dash ? [...pathAbove(lineAt, here, (spaces ?? '').length), 0] : pathAbove(lineAt, here, indentOf(spaces, dash));
  const flow = /^(\s*)(- +)?([A-Za-z0-9_$.-]+)\s*:\s*\[([^\]]*)$/.exec(before);
  if (flow) {
    const typed = /[^,\s]*$/.exec(flow[4] ?? '')?.[0] ?? '';
    return { at: 'value', path: [...itemPath(flow[1], flow[2]), flow[3] ?? '', 0], from: offset - typed.length, typed };
  }
  const keyed = /^(\s*)(- +)?([A-Za-z0-9_$.-]+)\s*:\s*(\S*)$/.exec(before);
  if (keyed) {
    const typed = keyed[4] ?? '';
    return { at: 'value', path: [...itemPath(keyed[1], keyed[2]), keyed[3] ?? ''], from: offset - typed.length, typed };
  }
  const item = /^(\s*)- +([A-Za-z0-9_$.-]*)$/.exec(before);
  if (item) {
    const typed = item[2] ?? '';
    return {
      at: 'value',
      path: [...pathAbove(lineAt, here, (item[1] ?? '').length), 0],
      from: offset - typed.length,
      typed,
    };
  }
  const key = /^(\s*)([A-Za-z0-9_$.-]*)$/.exec(before);
  const typed = key?.[2] ?? '';
  const indent = key ? (key[1] ?? '').length : before.length - before.trimStart().length;
  return { at: 'key', path: pathAbove(lineAt, here, indent), from: offset - typed.length, typed };
}
