// One quick-entry line → one statement, in the words practitioners already type in
// OnlineWardleyMaps (`component Ticketing [0.55, 0.62] (buy)`, `Attendee->Buy ticket`,
// `evolve Scheduling 0.7`) plus two of ours (`Scheduling in Monolith`, `team Scheduling Events`).
// Parsing knows nothing of the map: names are resolved when the statement is applied.
import { NUMBER, readName } from '../export/owm/syntax.ts';
import type { NodeKind, Sourcing } from '../model/types.ts';

/** OWM's order: visibility first (1 = seen by the user), evolution second. */
export interface QuickPosition {
  visibility: number;
  evolution: number;
}

export type QuickStatement =
  | {
      type: 'add';
      kind: NodeKind;
      name: string;
      at?: QuickPosition;
      sourcing?: Sourcing;
      inertia?: boolean;
      evolve?: number;
    }
  | { type: 'link'; names: string[] }
  | { type: 'evolve'; name: string; evolution: number }
  | { type: 'sourcing'; name: string; sourcing: Sourcing }
  | { type: 'inertia'; name: string }
  | { type: 'note'; text: string; at?: QuickPosition }
  | { type: 'title'; text: string }
  /** `A in B`: where the split falls is decided against the map's names. */
  | { type: 'inside'; text: string }
  /** `team Node Team`: the node's name is the longest leading run of words that names a node. */
  | { type: 'team'; text: string };

export type QuickParse = { ok: true; statement: QuickStatement } | { ok: false; reason: string };

/** Statement keywords, for completion and for telling a keyword from a name. */
export const QUICK_KEYWORDS = [
  'user',
  'need',
  'component',
  'anchor',
  'evolve',
  'inertia',
  'note',
  'team',
  'title',
  'build',
  'buy',
  'outsource',
] as const;

const KINDS: Record<string, NodeKind> = { user: 'user', anchor: 'user', need: 'need', component: 'component' };
const SOURCINGS = new Set<string>(['build', 'buy', 'outsource']);
const POSITION = new RegExp(String.raw`^\[\s*(${NUMBER})\s*,\s*(${NUMBER})\s*\]`);
const TRAILING_POSITION = new RegExp(String.raw`\s*\[\s*(${NUMBER})\s*,\s*(${NUMBER})\s*\]\s*$`);
const TRAILING_SOURCING = /^(.*?)\s*\((build|buy|outsource)\)\s*$/;
const IN = /\s+in\s+/;

export const QUICK_EXAMPLES =
  'try `component Name [visibility, evolution]`, `A->B`, `evolve Name 0.7`, `Name (build)`, `Name in Monolith`';

/** The statement of one line; blank lines and `//` comments are not statements (see isQuickBlank). */
export function parseQuickStatement(line: string): QuickParse {
  const text = line.trim();
  if (text === '') return fail('the line is empty');
  const m = /^([a-z]+)\s+(.*)$/.exec(text);
  const keyword = m?.[1] ?? '';
  const rest = m?.[2]?.trim() ?? '';
  if (keyword in KINDS && !hasArrow(text)) return parseAdd(KINDS[keyword] as NodeKind, rest);
  const keywordStatement = m ? parseKeyword(keyword, rest) : undefined;
  if (keywordStatement) return keywordStatement;
  if (hasArrow(text)) return parseLink(text);
  const sourced = TRAILING_SOURCING.exec(text);
  if (sourced) return named(sourced[1] ?? '', (name) => ({ type: 'sourcing', name, sourcing: sourced[2] as Sourcing }));
  if (IN.test(text)) return ok({ type: 'inside', text });
  return fail(`'${text}' is not a statement: ${QUICK_EXAMPLES}`);
}

export function isQuickBlank(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('//');
}

function parseKeyword(keyword: string, rest: string): QuickParse | undefined {
  switch (keyword) {
    case 'evolve':
      return parseEvolve(rest);
    case 'inertia':
      return named(unquoted(rest), (name) => ({ type: 'inertia', name }));
    case 'note':
      return parseNote(rest);
    case 'title':
      return rest === '' ? fail('title needs some text') : ok({ type: 'title', text: rest });
    case 'team':
      return rest === ''
        ? fail('team needs a node and a team: team Scheduling Events')
        : ok({ type: 'team', text: rest });
    default:
      // OWM's older `build X` / `buy X` / `outsource X` lines: a sourcing decision.
      if (SOURCINGS.has(keyword) && !hasArrow(rest)) {
        return named(unquoted(rest), (name) => ({ type: 'sourcing', name, sourcing: keyword as Sourcing }));
      }
      return undefined;
  }
}

function parseAdd(kind: NodeKind, rest: string): QuickParse {
  const part = readName(rest, /\[|\(|\s+inertia\b|\s+evolve\s/);
  if (!part) return fail('the quoted name is not closed');
  if (part.name === '') return fail(`${kind} needs a name, e.g. ${kind} Ticketing [0.55, 0.62]`);
  const statement: QuickStatement = { type: 'add', kind, name: part.name };
  let tail = part.rest;
  if (tail.startsWith('[')) {
    const pos = POSITION.exec(tail);
    if (!pos) return fail('coordinates are [visibility, evolution], two numbers from 0 to 1');
    const at = positionOf(pos[1], pos[2]);
    if (typeof at === 'string') return fail(at);
    statement.at = at;
    tail = tail.slice(pos[0].length).trim();
  }
  const decorators = parseDecorators(tail);
  if (typeof decorators === 'string') return fail(decorators);
  return ok({ ...statement, ...decorators });
}

type Decorators = { sourcing?: Sourcing; inertia?: boolean; evolve?: number };

function parseDecorators(tail: string): Decorators | string {
  const out: Decorators = {};
  let rest = tail;
  while (rest !== '') {
    const sourcing = /^\((build|buy|outsource)\)/.exec(rest);
    const inertia = /^inertia\b/.exec(rest);
    const evolve = new RegExp(String.raw`^evolve\s+(${NUMBER})`).exec(rest);
    const found = sourcing ?? inertia ?? evolve;
    if (!found)
      return `'${rest}' is not understood here: after the name come [visibility, evolution], (build|buy|outsource), inertia or evolve 0.8`;
    if (sourcing) out.sourcing = sourcing[1] as Sourcing;
    if (inertia) out.inertia = true;
    if (evolve) {
      const value = Number(evolve[1]);
      if (!inUnit(value)) return `evolve ${value} is outside 0 … 1`;
      out.evolve = value;
    }
    rest = rest.slice(found[0].length).trim();
  }
  return out;
}

function parseEvolve(rest: string): QuickParse {
  const m = new RegExp(String.raw`^(.*?)\s+(${NUMBER})$`).exec(rest);
  if (!m) return fail('evolve needs a name and where it is heading: evolve Scheduling 0.7');
  const evolution = Number(m[2]);
  if (!inUnit(evolution)) return fail(`evolution ${m[2]} is outside 0 (genesis) … 1 (commodity)`);
  return named(unquoted(m[1] ?? ''), (name) => ({ type: 'evolve', name, evolution }));
}

function parseNote(rest: string): QuickParse {
  const m = TRAILING_POSITION.exec(rest);
  const text = unquoted(m ? rest.slice(0, m.index) : rest);
  if (text === '') return fail('note needs some text: note Chosen in the workshop [0.3, 0.4]');
  if (!m) return ok({ type: 'note', text });
  const at = positionOf(m[1], m[2]);
  return typeof at === 'string' ? fail(at) : ok({ type: 'note', text, at });
}

function parseLink(text: string): QuickParse {
  const names = splitOutsideQuotes(text, '->').map((n) => unquoted(n));
  if (names.some((n) => n === '')) return fail('a link needs a name on both sides of ->: Attendee->Buy ticket');
  return ok({ type: 'link', names });
}

function hasArrow(text: string): boolean {
  return splitOutsideQuotes(text, '->').length > 1;
}

/** `text` split at every `separator` that is not inside a quoted name. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i));
      from = i + separator.length;
      i = from - 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function positionOf(visibility: string | undefined, evolution: string | undefined): QuickPosition | string {
  const at = { visibility: Number(visibility), evolution: Number(evolution) };
  if (!inUnit(at.visibility)) return `visibility ${visibility} is outside 0 … 1 (the first number is visibility)`;
  if (!inUnit(at.evolution)) return `evolution ${evolution} is outside 0 … 1 (the second number is evolution)`;
  return at;
}

function named(raw: string, make: (name: string) => QuickStatement): QuickParse {
  const name = unquoted(raw);
  return name === '' ? fail('a name is missing') : ok(make(name));
}

/** A name as typed, or the text of a quoted name (with OWM's escapes). */
export function unquoted(raw: string): string {
  const t = raw.trim();
  if (!t.startsWith('"')) return t;
  const part = readName(t, /$/);
  return part && part.rest === '' ? part.name : t;
}

function inUnit(v: number): boolean {
  return Number.isFinite(v) && v >= 0 && v <= 1;
}

function ok(statement: QuickStatement): QuickParse {
  return { ok: true, statement };
}

function fail(reason: string): QuickParse {
  return { ok: false, reason };
}
