// Names as OWM must see them: links and evolve lines refer to components by name, so every
// exported name is unique, and written so that OWM's parser reads back exactly that name.
import type { Diagnostic, WardleyMap } from '../../model/types.ts';
import { nodeEntries } from '../../model/types.ts';
import { NODE_X } from './extensions.ts';
import { OWM_KEYWORDS, quoteName } from './syntax.ts';

/**
 * A name OWM cannot carry: its parser takes decorators from the first `(…)` of the line,
 * coordinates from `[…]`, and sets inertia on any line containing `inertia`.
 */
export function isUnwritable(name: string): boolean {
  return /[()[\]]|inertia/.test(name);
}

/** The closest name OWM can carry. */
export function writableName(name: string): string {
  const fitted = name
    .replace(/[()[\]]/g, ' ')
    .replace(/inertia/g, 'Inertia')
    .replace(/\s+/g, ' ')
    .trim();
  return fitted === '' ? 'Unnamed' : fitted;
}

/** The name as it goes on an OWM line: quoted when OWM would misread it bare. */
export function nameToken(name: string): string {
  const needsQuotes =
    OWM_KEYWORDS.some((k) => name.startsWith(k)) ||
    /->|;|\/\/|\/\*|\+[<>']|["\\\n{}]|^\s|\s$/.test(name) ||
    name === '';
  return needsQuotes ? quoteName(name) : name;
}

/** Node id → the OWM name to write (unquoted), unique across the map; renames reported. */
export function exportNames(map: WardleyMap, warnings: Diagnostic[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const [id, node] of nodeEntries(map)) {
    let name = owmNameOf(node.name, node[NODE_X.name]);
    if (isUnwritable(name)) {
      const fitted = writableName(name);
      warnings.push(
        exportWarning(
          'renamed',
          `'${node.name}' cannot be written in OWM (parentheses, brackets or 'inertia'); exported as '${fitted}'`,
          id,
        ),
      );
      name = fitted;
    }
    if (used.has(name)) {
      let n = 2;
      while (used.has(`${name} ${n}`)) n++;
      warnings.push(
        exportWarning(
          'renamed',
          `another node is also named '${name}'; OWM links by name, so this one is exported as '${name} ${n}'`,
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

/** The OWM name kept by import when it had a line break, if it still matches the node's name. */
function owmNameOf(name: string, raw: unknown): string {
  if (typeof raw !== 'string') return name;
  return raw.replace(/\s+/g, ' ').trim() === name ? raw : name;
}

export function exportWarning(rule: string, message: string, node?: string): Diagnostic {
  const d: Diagnostic = { line: 0, column: 0, severity: 'warning', rule: `owm/${rule}`, message };
  if (node !== undefined) d.node = node;
  return d;
}
