// Names as Mermaid's `wardley-beta` parser must see them. Links and evolve lines refer to nodes
// by name and its database keys nodes by name, so every exported name is unique; a name is left
// bare only when Mermaid's lexer reads it back whole, else it is quoted.
import type { Diagnostic, WardleyMap } from '../../model/types.ts';
import { nodeEntries } from '../../model/types.ts';

/**
 * Words the `wardley-beta` lexer takes as keywords when a token starts with them (its keyword
 * rules come before names and are not whole-word), plus words that end a bare name.
 */
const KEYWORD_PREFIXES = [
  'wardley-beta',
  'title',
  'accTitle',
  'accDescr',
  'size',
  'evolution',
  'evolve',
  'anchor',
  'component',
  'label',
  'inertia',
  'pipeline',
  'note',
  'annotation',
  'accelerator',
  'deaccelerator',
  'build',
  'buy',
  'outsource',
  'market',
  'true',
  'false',
];

/** Plain words separated by single spaces: what the lexer reads as one bare name. */
const BARE = /^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*$/;

/** The name as it goes on a Mermaid line: bare when safe, else a quoted string with escapes. */
export function mermaidName(name: string): string {
  const words = name.split(' ');
  const bare = BARE.test(name) && !words.some((w) => KEYWORD_PREFIXES.some((k) => w.startsWith(k)));
  return bare ? name : quoted(name);
}

/** A double-quoted string: backslash and quote escaped, line breaks folded to spaces. */
export function quoted(text: string): string {
  return `"${text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')}"`;
}

/** Node id → the name to write (unquoted), unique across the map; renames reported. */
export function exportNames(map: WardleyMap, warnings: Diagnostic[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const [id, node] of nodeEntries(map)) {
    let name = node.name;
    if (name.trim() === '') {
      warnings.push(mermaidWarning('renamed', `a blank name would be lost in Mermaid; exported as '${id}'`, id));
      name = id;
    }
    if (used.has(name)) {
      let n = 2;
      while (used.has(`${name} ${n}`)) n++;
      warnings.push(
        mermaidWarning(
          'renamed',
          `another node is also named '${name}'; Mermaid keys nodes by name, so this one is exported as '${name} ${n}'`,
          id,
        ),
      );
      name = `${name} ${n}`;
    }
    used.add(name);
    names.set(id, name);
  }
  return names;
}

export function mermaidWarning(rule: string, message: string, node?: string): Diagnostic {
  const d: Diagnostic = { line: 0, column: 0, severity: 'warning', rule: `mermaid/${rule}`, message };
  if (node !== undefined) d.node = node;
  return d;
}

/** A coordinate with a decimal point, in 0…1 (the grammar's numbers need one; Mermaid refuses values outside). */
export function mermaidNumber(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  const text = String(Math.round(clamped * 1000) / 1000);
  return text.includes('.') ? text : `${text}.0`;
}
