// One OWM line → one statement (a plain record), with no knowledge of the map being built.
// Keywords are case-sensitive and followed by a space, as in OnlineWardleyMaps' own parser.
import { NUMBER, readName } from './syntax.ts';

export type Decorator = 'build' | 'buy' | 'outsource' | 'market' | 'ecosystem';
export type ElementKeyword = 'component' | 'anchor' | 'market' | 'ecosystem' | 'submap';
export type Pair = [number, number];

export interface ElementStatement {
  type: 'element';
  keyword: ElementKeyword;
  name: string;
  /** [visibility, maturity], or [maturity] for a pipeline child; absent when the line has none. */
  coords?: number[];
  label?: Pair;
  inertia: boolean;
  decorators: Decorator[];
  evolve?: number;
  urlRef?: string;
}

export type Statement =
  | { type: 'title'; text: string }
  | ElementStatement
  | { type: 'evolve'; name: string; target?: string; maturity: number; label?: Pair; decorators: Decorator[] }
  | { type: 'link'; from: string; to: string; flow?: string; context?: string }
  | { type: 'pipeline'; name: string; range?: Pair; opensBlock: boolean }
  | { type: 'block-open' }
  | { type: 'block-close' }
  | { type: 'note'; text: string; coords: Pair }
  | { type: 'annotation'; number: number; points: Pair[]; text: string }
  | { type: 'annotations'; coords: Pair }
  | { type: 'url'; name: string; url: string }
  | { type: 'evolution'; labels: string[] }
  | { type: 'sourcing'; sourcing: 'build' | 'buy' | 'outsource'; name: string }
  | { type: 'accelerator'; kind: 'accelerator' | 'deaccelerator'; name: string; coords: Pair }
  | { type: 'pst'; kind: 'pioneers' | 'settlers' | 'townplanners'; box: number[] }
  | { type: 'setting'; key: 'style' | 'size' | 'valuechain' | 'y-axis'; value: string | number[] | string[] }
  | { type: 'unknown'; reason: string }
  | { type: 'error'; message: string };

const NUM = NUMBER;
const PAIR = new RegExp(String.raw`^\[\s*(${NUM})\s*,\s*(${NUM})\s*\]`);
const SINGLE = new RegExp(String.raw`^\[\s*(${NUM})\s*\]`);
const LABEL = new RegExp(String.raw`\blabel\s*\[\s*(${NUM})\s*,\s*(${NUM})\s*\]`);
const DECORATOR = /\((build|buy|outsource|market|ecosystem)\)/g;
const INLINE_EVOLVE = new RegExp(String.raw`\bevolve\s+(${NUM})`);
const LINK_OPERATOR = /->|\+<>|\+<|\+>|\+'[^']*'(?:<>|<|>)/;
const ELEMENT_KEYWORDS = new Set<string>(['component', 'anchor', 'market', 'ecosystem', 'submap']);
const SOURCING_KEYWORDS = new Set<string>(['build', 'buy', 'outsource']);

/** Statement of one comment-free, trimmed line. */
export function parseStatement(text: string): Statement {
  if (text === '{') return { type: 'block-open' };
  if (text === '}') return { type: 'block-close' };
  const m = /^([a-z][a-z-]*)\s+/.exec(text);
  const keyword = m?.[1];
  const rest = m ? text.slice(m[0].length) : text;
  if (keyword === undefined)
    return LINK_OPERATOR.test(text) ? parseLink(text) : { type: 'unknown', reason: 'not an OnlineWardleyMaps line' };
  if (keyword === 'title') return { type: 'title', text: rest.trim() };
  if (ELEMENT_KEYWORDS.has(keyword)) return parseElement(keyword as ElementKeyword, rest);
  if (SOURCING_KEYWORDS.has(keyword) && !LINK_OPERATOR.test(rest)) {
    return { type: 'sourcing', sourcing: keyword as 'build' | 'buy' | 'outsource', name: nameOnly(rest) };
  }
  const keywordStatement = parseKeyword(keyword, rest);
  if (keywordStatement) return keywordStatement;
  if (LINK_OPERATOR.test(text)) return parseLink(text);
  return { type: 'unknown', reason: `'${keyword}' is not an OnlineWardleyMaps keyword` };
}

function parseKeyword(keyword: string, rest: string): Statement | undefined {
  switch (keyword) {
    case 'evolve':
      return parseEvolve(rest);
    case 'pipeline':
      return parsePipeline(rest);
    case 'note':
      return parseNote(rest);
    case 'annotation':
      return parseAnnotation(rest);
    case 'annotations':
      return pairOf(rest, (coords) => ({ type: 'annotations', coords }), 'annotations');
    case 'url':
      return parseUrl(rest);
    case 'evolution':
      return { type: 'evolution', labels: rest.split('->').map((l) => l.trim()) };
    case 'accelerator':
    case 'deaccelerator':
      return parseAccelerator(keyword, rest);
    case 'pioneers':
    case 'settlers':
    case 'townplanners':
      return parseBox(keyword, rest);
    default:
      return parseSetting(keyword, rest);
  }
}

function parseSetting(keyword: string, rest: string): Statement | undefined {
  switch (keyword) {
    case 'style':
    case 'valuechain':
      return { type: 'setting', key: keyword, value: rest.trim() };
    case 'size': {
      const nums = numbersIn(rest);
      return nums?.length === 2 ? { type: 'setting', key: 'size', value: nums } : error('size needs [width, height]');
    }
    case 'y-axis':
      return { type: 'setting', key: 'y-axis', value: rest.split('->').map((l) => l.trim()) };
    default:
      return undefined;
  }
}

function parseElement(keyword: ElementKeyword, rest: string): Statement {
  // Unquoted names end at the coordinates, so `Auth (OAuth) [0.5, 0.5]` keeps its parentheses.
  const part = readName(rest, rest.includes('[') ? /\[/ : /\(/);
  if (!part) return error('unterminated quoted name');
  // An unquoted name without coordinates may still carry a trailing `inertia`.
  const name = part.quoted ? part.name : part.name.replace(/\s+inertia$/, '');
  if (name === '') return error(`${keyword} without a name`);
  const st: ElementStatement = { type: 'element', keyword, name, inertia: false, decorators: [] };
  let tail = part.rest;
  if (tail.startsWith('[')) {
    const pair = PAIR.exec(tail) ?? SINGLE.exec(tail);
    if (!pair)
      return error(
        `malformed coordinates '${tail.slice(0, tail.indexOf(']') + 1 || tail.length)}': expected [visibility, maturity]`,
      );
    st.coords = pair
      .slice(1)
      .filter((g) => g !== undefined)
      .map(Number);
    tail = tail.slice(pair[0].length);
  }
  if (!part.quoted && part.name !== name) st.inertia = true;
  const label = LABEL.exec(tail);
  if (label) st.label = [Number(label[1]), Number(label[2])];
  if (/\binertia\b/.test(tail)) st.inertia = true;
  st.decorators = [...tail.matchAll(DECORATOR)].map((d) => d[1] as Decorator);
  const evolve = INLINE_EVOLVE.exec(tail);
  if (evolve) st.evolve = Number(evolve[1]);
  const url = /url\(([^)]*)\)/.exec(tail);
  if (url?.[1] !== undefined) st.urlRef = url[1].trim();
  return st;
}

function parseEvolve(rest: string): Statement {
  const tail = new RegExp(String.raw`\s+(-?\d*\.\d+)((?:\s*label\s*\[[^\]]*\])?(?:\s*\([a-z]+\))?)\s*$`).exec(rest);
  if (!tail) return error('evolve needs a maturity with a decimal point, e.g. evolve Kettle 0.62');
  const head = rest.slice(0, tail.index);
  const first = readName(head, /->/);
  if (!first || first.name === '') return error('evolve without a name');
  const st: Statement = { type: 'evolve', name: first.name, maturity: Number(tail[1]), decorators: [] };
  if (first.rest.startsWith('->')) {
    const target = readName(first.rest.slice(2), /$/);
    if (target && target.name !== '') st.target = target.name;
  }
  const extras = tail[2] ?? '';
  const label = LABEL.exec(extras);
  if (label) st.label = [Number(label[1]), Number(label[2])];
  st.decorators = [...extras.matchAll(DECORATOR)].map((d) => d[1] as Decorator);
  return st;
}

function parseLink(text: string): Statement {
  const from = readName(text, LINK_OPERATOR);
  if (!from || from.name === '') return { type: 'unknown', reason: 'a link needs a name on both sides' };
  const op = LINK_OPERATOR.exec(from.rest);
  if (!op || op.index !== 0) return { type: 'unknown', reason: 'not an OnlineWardleyMaps line' };
  const to = readName(from.rest.slice(op[0].length), /;/);
  if (!to || to.name === '') return { type: 'unknown', reason: 'a link needs a name on both sides' };
  const st: Statement = { type: 'link', from: from.name, to: to.name };
  if (op[0] !== '->') st.flow = op[0];
  if (to.rest.startsWith(';')) st.context = to.rest.slice(1).trim();
  return st;
}

function parsePipeline(rest: string): Statement {
  const opensBlock = /\{\s*$/.test(rest);
  const part = readName(rest.replace(/\{\s*$/, ''), /\[/);
  if (!part || part.name === '') return error('pipeline without a name');
  if (part.rest === '') return { type: 'pipeline', name: part.name, opensBlock };
  const pair = PAIR.exec(part.rest);
  if (!pair) return error('pipeline needs [maturity1, maturity2] or a { … } block');
  return { type: 'pipeline', name: part.name, range: [Number(pair[1]), Number(pair[2])], opensBlock };
}

function parseNote(rest: string): Statement {
  const m = new RegExp(String.raw`\[\s*(${NUM})\s*,\s*(${NUM})\s*\]\s*$`).exec(rest);
  if (!m) return error('note needs [visibility, maturity] at the end');
  const part = readName(rest.slice(0, m.index), /$/);
  if (!part) return error('unterminated quoted note');
  return { type: 'note', text: part.name, coords: [Number(m[1]), Number(m[2])] };
}

function parseAnnotation(rest: string): Statement {
  const m = /^(\d+)\s*(\[\s*\[.*?\]\s*\]|\[[^\]]*\])\s*(.*)$/.exec(rest);
  if (!m) return error('annotation needs a number and [visibility, maturity]');
  const nums = numbersIn(m[2] ?? '');
  if (!nums || nums.length < 2 || nums.length % 2 !== 0) return error('malformed annotation coordinates');
  const points: Pair[] = [];
  for (let i = 0; i < nums.length; i += 2) points.push([nums[i] ?? 0, nums[i + 1] ?? 0]);
  return { type: 'annotation', number: Number(m[1]), points, text: (m[3] ?? '').trim() };
}

function parseUrl(rest: string): Statement {
  const m = /^(.*?)\s*\[\s*(.*?)\s*\]\s*$/.exec(rest);
  if (!m || !m[1]) return error('url needs a name and [address]');
  return { type: 'url', name: m[1], url: m[2] ?? '' };
}

function parseAccelerator(kind: 'accelerator' | 'deaccelerator', rest: string): Statement {
  const part = readName(rest, /\[/);
  if (!part || part.name === '') return error(`${kind} without a name`);
  return pairOf(part.rest, (coords) => ({ type: 'accelerator', kind, name: part.name, coords }), kind);
}

function parseBox(kind: 'pioneers' | 'settlers' | 'townplanners', rest: string): Statement {
  const box = numbersIn(rest);
  return box?.length === 4
    ? { type: 'pst', kind, box }
    : error(`${kind} needs [visibility1, maturity1, visibility2, maturity2]`);
}

function pairOf(text: string, make: (p: Pair) => Statement, what: string): Statement {
  const pair = PAIR.exec(text.trim());
  return pair ? make([Number(pair[1]), Number(pair[2])]) : error(`${what} needs [visibility, maturity]`);
}

/** The numbers of a bracketed list such as `[1, 2]` or `[[1,2],[3,4]]`, or undefined. */
function numbersIn(text: string): number[] | undefined {
  const t = text.trim();
  if (!/^\[[\d\s.,[\]-]*\]$/.test(t)) return undefined;
  const nums = t.match(new RegExp(NUM, 'g'))?.map(Number) ?? [];
  return nums.every(Number.isFinite) ? nums : undefined;
}

function nameOnly(rest: string): string {
  return readName(rest, /$/)?.name ?? rest.trim();
}

function error(message: string): Statement {
  return { type: 'error', message };
}
