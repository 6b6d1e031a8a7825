// Parses YAML text into a Document the safe way for files someone else wrote (RELIABILITY.md §1):
// a non-recursive CST parse with a depth limit before the recursive composer runs, our own O(n)
// duplicate-key check, and no aliases, tags, complex keys, directives or extra documents.
import {
  Composer,
  Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  visit,
  type visitor as Visitor,
} from 'yaml';
import type { Diagnostic } from '../model/types.ts';
import { jsKeyOf } from './yaml-paths.ts';
import { neverClosedMessage } from './unclosed-quote.ts';
import { composedInSteps, nodesMapOf } from './yaml-compose-steps.ts';
import { scanTokens, scanTokensInSteps } from './yaml-tokens.ts';

/** Deeper nesting than this is refused before the composer (which recurses) sees it. */
export const MAX_DEPTH = 64;

/**
 * How much of the work after parsing one step of parseYamlSafelyInSteps does: a few ms each at
 * 2,000 nodes on a quiet machine, where each of the scan, the compose and the checks was a task
 * of 50-400 ms in one piece.
 */
const STEP = { tokens: 4000, nodes: 100 } as const;

/** Keys that change how a plain JavaScript object behaves when code assigns or merges them. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor']);

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /**
   * `__proto__` / `constructor` keys. The loaded data holds them as plain own properties (yaml
   * defines them, it does not assign), so the schema may report them better; see parse.ts.
   */
  reservedKeys: Diagnostic[];
}

export type SafeYamlResult = { ok: true; value: ParsedYaml } | { ok: false; errors: Diagnostic[] };

/** `maxDepth` is lower for a piece of a file (one map node) that sits deeper in the whole. */
export function parseYamlSafely(text: string, maxDepth = MAX_DEPTH): SafeYamlResult {
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  return finished(checkedDocument(text, tokens, lineCounter, maxDepth, false));
}

/**
 * parseYamlSafely's answer in steps a caller can spread over idle time (a large map's Document is
 * built while the page is idle; in one go it was a task of most of a second at 2,000 nodes): yaml's
 * parser is fed `linesPerStep` lines at a time, then the same checks run, a step each.
 */
export function* parseYamlSafelyInSteps(text: string, linesPerStep = 200): Generator<void, SafeYamlResult> {
  const lineCounter = new LineCounter();
  // The parser tells the file's first line start on every call until it has read something (a
  // quoted scalar spanning the first slices): counted once, as in one go.
  const parser = new Parser((offset) => {
    if (offset > 0 || lineCounter.lineStarts.length === 0) lineCounter.addNewLine(offset);
  });
  const tokens: Token[] = text.length === 0 ? Array.from(parser.parse('')) : [];
  for (let start = 0; start < text.length;) {
    const end = afterLines(text, start, linesPerStep);
    for (const token of parser.parse(text.slice(start, end), end < text.length)) tokens.push(token);
    start = end;
    yield;
  }
  return yield* checkedDocument(text, tokens, lineCounter, MAX_DEPTH, true);
}

type Token = Parameters<Composer['next']>[0];

/** The offset just after `count` more lines from `start` (the text's end when fewer are left). */
function afterLines(text: string, start: number, count: number): number {
  let at = start;
  for (let i = 0; i < count; i++) {
    const end = text.indexOf('\n', at);
    if (end < 0) return text.length;
    at = end + 1;
  }
  return at;
}

function finished<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* checkedDocument(
  text: string,
  tokens: Token[],
  lineCounter: LineCounter,
  maxDepth: number,
  stepped: boolean,
): Generator<void, SafeYamlResult> {
  const at = (offset: number) => lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
  const error = (offset: number, rule: string, message: string): Diagnostic => {
    const { line, col } = at(offset);
    return { line, column: col, severity: 'error', rule, message };
  };

  const facts = stepped ? yield* scanTokensInSteps(tokens, maxDepth, STEP.tokens) : scanTokens(tokens, maxDepth);
  if (facts.tooDeepAt !== undefined) {
    return { ok: false, errors: [error(facts.tooDeepAt, 'yaml/too-deep', `nesting deeper than ${MAX_DEPTH} levels`)] };
  }
  yield;
  const docs = stepped
    ? yield* composedInSteps(tokens, STEP.nodes)
    : Array.from(new Composer({ uniqueKeys: false, prettyErrors: false }).compose(tokens, true));
  yield;
  const first = docs[0];
  if (!first)
    return { ok: false, errors: [error(0, 'yaml/empty', 'file is empty: a map needs version, title and nodes')] };
  if (docs.length > 1) {
    const second = docs[1]?.range[0] ?? 0;
    return { ok: false, errors: [error(second, 'yaml/multiple-documents', 'a map file holds one YAML document')] };
  }
  const errors: Diagnostic[] = [];
  for (const e of first.errors) {
    // yaml notices a missing closing quote at the end of the file; the mistake is where it opens.
    const opened = e.code === 'MISSING_CHAR' ? facts.quoteOpenedAt.get(e.pos[0]) : undefined;
    if (opened === undefined) errors.push(error(e.pos[0], 'yaml/syntax', firstLine(e.message)));
    else {
      const { line, col } = at(opened);
      errors.push(error(opened, 'yaml/syntax', neverClosedMessage(text.charAt(opened), line, col)));
    }
  }
  for (const w of first.warnings) errors.push(error(w.pos[0], 'yaml/unsupported', firstLine(w.message)));
  const version = first.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    errors.push(error(0, 'yaml/version', `%YAML ${version.version} is not supported; maps are YAML 1.2`));
  }
  const reservedKeys: Diagnostic[] = [];
  if (errors.length === 0) {
    errors.push(
      ...(stepped ? yield* unsafeNodesInSteps(first, error, reservedKeys) : unsafeNodes(first, error, reservedKeys)),
    );
  }
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  return { ok: true, value: { doc: first, lineCounter, reservedKeys } };
}

type ErrorAt = (offset: number, rule: string, message: string) => Diagnostic;

function unsafeNodes(doc: Document.Parsed, error: ErrorAt, reservedKeys: Diagnostic[]): Diagnostic[] {
  const errors: Diagnostic[] = [];
  visit(doc, unsafeVisitor(error, errors, reservedKeys));
  return errors;
}

/**
 * unsafeNodes's answer, the entries of `nodes` a slice per step. A file with findings (never one
 * that loaded: its Document is built only after the loader accepted it) is checked again in one
 * go, so they come in the one-go order.
 */
function* unsafeNodesInSteps(
  doc: Document.Parsed,
  error: ErrorAt,
  reservedKeys: Diagnostic[],
): Generator<void, Diagnostic[]> {
  const nodes = nodesMapOf(doc);
  if (!nodes) return unsafeNodes(doc, error, reservedKeys);
  const errors: Diagnostic[] = [];
  const reserved: Diagnostic[] = [];
  const visitor = unsafeVisitor(error, errors, reserved);
  visit(doc, { ...visitor, Map: (key, node) => (visitor.Map(key, node), node === nodes ? visit.SKIP : undefined) });
  for (let from = 0; from < nodes.items.length; from += STEP.nodes) {
    yield;
    for (const pair of nodes.items.slice(from, from + STEP.nodes)) {
      if (isNode(pair.key)) visit(pair.key, visitor);
      if (isNode(pair.value)) visit(pair.value, visitor);
    }
  }
  return errors.length + reserved.length > 0 ? unsafeNodes(doc, error, reservedKeys) : [];
}

function unsafeVisitor(error: ErrorAt, errors: Diagnostic[], reservedKeys: Diagnostic[]) {
  return {
    Alias(_key, node) {
      errors.push(error(node.range?.[0] ?? 0, 'yaml/alias', 'aliases (*name) are not allowed in a map file'));
    },
    Scalar(_key, node) {
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        errors.push(error(node.range?.[0] ?? 0, 'yaml/tag', `tag ${node.tag} is not allowed in a map file`));
      } else if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
        errors.push(error(node.range?.[0] ?? 0, 'yaml/non-finite', `${node.source ?? 'value'} is not a finite number`));
      }
    },
    Map(_key, node) {
      if (node.tag && node.tag !== 'tag:yaml.org,2002:map') {
        errors.push(error(node.range?.[0] ?? 0, 'yaml/tag', `tag ${node.tag} is not allowed in a map file`));
      }
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || isAlias(key)) {
          const offset = (isMap(key) || isSeq(key) ? key.range?.[0] : undefined) ?? node.range?.[0] ?? 0;
          errors.push(error(offset, 'yaml/complex-key', 'keys must be plain text'));
          continue;
        }
        // Compare keys as they load: `~`, `null` and '' are different in YAML, but ~ loads as ''.
        const name = jsKeyOf(key);
        const at = key.range?.[0] ?? 0;
        if (seen.has(name)) errors.push(error(at, 'yaml/duplicate-key', `duplicate key '${name}'`));
        seen.add(name);
        if (RESERVED_KEYS.has(name)) {
          reservedKeys.push(error(at, 'yaml/reserved-key', `'${name}' is reserved in JavaScript and cannot be a key`));
        }
      }
    },
    Seq(_key, node) {
      if (node.tag && node.tag !== 'tag:yaml.org,2002:seq') {
        errors.push(error(node.range?.[0] ?? 0, 'yaml/tag', `tag ${node.tag} is not allowed in a map file`));
      }
    },
  } satisfies Visitor;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

function dedupe(errors: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.rule}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
