// Completion for the quick-entry line: keywords at the start of a statement, node names wherever
// a name goes (after a keyword, after `->`, after ` in `). Names that start with what was typed
// come first, then names that contain it.
import type { WardleyMap } from '../model/types.ts';
import { typeableNames } from './names.ts';
import { QUICK_KEYWORDS } from './statement.ts';

export interface QuickCompletion {
  /** Offset in the line where the completed word starts; the text from here to the cursor is replaced. */
  from: number;
  options: string[];
}

const NAME_KEYWORDS = /^(user|anchor|need|component|evolve|inertia|team|build|buy|outsource)\s+/;
const MAX_OPTIONS = 8;

export function quickCompletions(map: WardleyMap, line: string, cursor = line.length): QuickCompletion {
  const before = line.slice(0, cursor);
  const from = wordStart(before);
  const typed = before.slice(from);
  const atStatementStart = before.slice(0, from).trim() === '';
  const names = ranked(typeableNames(map), typed);
  if (!atStatementStart) return { from, options: names.slice(0, MAX_OPTIONS) };
  const keywords =
    typed === ''
      ? []
      : QUICK_KEYWORDS.filter((k) => k.startsWith(typed.toLowerCase()) && k !== typed).map((k) => `${k} `);
  return { from, options: [...keywords, ...names].slice(0, MAX_OPTIONS) };
}

// The name being typed starts after the last `->`, after ` in `, or after a leading keyword.
function wordStart(before: string): number {
  const arrow = before.lastIndexOf('->');
  if (arrow >= 0) return skipSpaces(before, arrow + 2);
  const inside = /^(.*\S)\s+in\s+/.exec(before);
  if (inside) return skipSpaces(before, inside[0].length);
  const keyword = NAME_KEYWORDS.exec(before);
  if (keyword) return keyword[0].length;
  return skipSpaces(before, 0);
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ') i++;
  return i;
}

function ranked(names: string[], typed: string): string[] {
  const t = typed.toLocaleLowerCase();
  const unique = [...new Set(names)].filter((n) => n !== typed);
  if (t === '') return unique;
  const starts = unique.filter((n) => n.toLocaleLowerCase().startsWith(t));
  const contains = unique.filter((n) => !n.toLocaleLowerCase().startsWith(t) && n.toLocaleLowerCase().includes(t));
  return [...starts, ...contains];
}
