// Parses YAML text into a Document the safe way for files someone else wrote (RELIABILITY.md §1):
// a non-recursive CST parse with a depth limit before the recursive composer runs, our own O(n)
// duplicate-key check, and no aliases, tags, complex keys, directives or extra documents.
import { Composer, Document, isAlias, isMap, isScalar, isSeq, LineCounter, Parser, visit } from 'yaml';
import type { Diagnostic } from '../model/types.ts';

/** Deeper nesting than this is refused before the composer (which recurses) sees it. */
export const MAX_DEPTH = 64;

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type SafeYamlResult = { ok: true; value: ParsedYaml } | { ok: false; errors: Diagnostic[] };

export function parseYamlSafely(text: string): SafeYamlResult {
  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
  const error = (offset: number, rule: string, message: string): Diagnostic => {
    const { line, col } = at(offset);
    return { line, column: col, severity: 'error', rule, message };
  };

  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const deep = firstTooDeep(tokens);
  if (deep !== undefined) {
    return { ok: false, errors: [error(deep, 'yaml/too-deep', `nesting deeper than ${MAX_DEPTH} levels`)] };
  }
  const docs = Array.from(new Composer({ uniqueKeys: false, prettyErrors: false }).compose(tokens, true));
  const first = docs[0];
  if (!first)
    return { ok: false, errors: [error(0, 'yaml/empty', 'file is empty: a map needs version, title and nodes')] };
  if (docs.length > 1) {
    const second = docs[1]?.range[0] ?? 0;
    return { ok: false, errors: [error(second, 'yaml/multiple-documents', 'a map file holds one YAML document')] };
  }
  const errors: Diagnostic[] = [];
  for (const e of first.errors) errors.push(error(e.pos[0], 'yaml/syntax', firstLine(e.message)));
  for (const w of first.warnings) errors.push(error(w.pos[0], 'yaml/unsupported', firstLine(w.message)));
  const version = first.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    errors.push(error(0, 'yaml/version', `%YAML ${version.version} is not supported; maps are YAML 1.2`));
  }
  if (errors.length === 0) errors.push(...unsafeNodes(first, error));
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  return { ok: true, value: { doc: first, lineCounter } };
}

type ErrorAt = (offset: number, rule: string, message: string) => Diagnostic;

function unsafeNodes(doc: Document.Parsed, error: ErrorAt): Diagnostic[] {
  const errors: Diagnostic[] = [];
  visit(doc, {
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
        const name = String(key.value);
        if (seen.has(name)) {
          errors.push(error(key.range?.[0] ?? 0, 'yaml/duplicate-key', `duplicate key '${name}'`));
        }
        seen.add(name);
      }
    },
    Seq(_key, node) {
      if (node.tag && node.tag !== 'tag:yaml.org,2002:seq') {
        errors.push(error(node.range?.[0] ?? 0, 'yaml/tag', `tag ${node.tag} is not allowed in a map file`));
      }
    },
  });
  return errors;
}

/** Offset of the first token nested deeper than MAX_DEPTH, found without recursion. */
function firstTooDeep(tokens: readonly unknown[]): number | undefined {
  const stack: { token: unknown; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: unknown; depth: number };
    if (typeof token !== 'object' || token === null) continue;
    const t = token as Record<string, unknown>;
    const nested = t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
    const d = nested ? depth + 1 : depth;
    if (d > MAX_DEPTH) return typeof t.offset === 'number' ? t.offset : 0;
    for (const child of childTokens(t)) stack.push({ token: child, depth: d });
  }
  return undefined;
}

function childTokens(t: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  if (t.value) out.push(t.value);
  const items = Array.isArray(t.items) ? (t.items as Record<string, unknown>[]) : [];
  for (const item of items) {
    if (item.key) out.push(item.key);
    if (item.value) out.push(item.value);
    if (item.type) out.push(item);
  }
  return out;
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
