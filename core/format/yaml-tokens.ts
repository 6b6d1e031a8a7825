// What the loader needs from yaml's concrete syntax tree before the composer (which recurses)
// sees it, gathered in one pass without recursion: how deep the nesting goes, and where each
// quoted scalar opens, so "missing closing quote" can point at the quote and not at the file's end.

export interface TokenFacts {
  /** Offset of the first token nested deeper than the limit, if any. */
  tooDeepAt: number | undefined;
  /** For each quoted scalar: the offset where its source ends → the offset of its opening quote. */
  quoteOpenedAt: Map<number, number>;
}

const NESTING = new Set(['block-map', 'block-seq', 'flow-collection']);
const QUOTED = new Set(['double-quoted-scalar', 'single-quoted-scalar']);

export function scanTokens(tokens: readonly unknown[], maxDepth: number): TokenFacts {
  const steps = scanTokensInSteps(tokens, maxDepth, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** scanTokens's answer, `tokensPerStep` tokens a step (the same walk, so the same answer). */
export function* scanTokensInSteps(
  tokens: readonly unknown[],
  maxDepth: number,
  tokensPerStep: number,
): Generator<void, TokenFacts> {
  const quoteOpenedAt = new Map<number, number>();
  const stack: { token: unknown; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  for (let walked = 1; stack.length > 0; walked++) {
    if (walked % tokensPerStep === 0) yield;
    const { token, depth } = stack.pop() as { token: unknown; depth: number };
    if (typeof token !== 'object' || token === null) continue;
    const t = token as Record<string, unknown>;
    const offset = typeof t.offset === 'number' ? t.offset : 0;
    const d = NESTING.has(String(t.type)) ? depth + 1 : depth;
    if (d > maxDepth) return { tooDeepAt: offset, quoteOpenedAt };
    if (QUOTED.has(String(t.type)) && typeof t.source === 'string') {
      quoteOpenedAt.set(offset + t.source.length, offset);
    }
    for (const child of childTokens(t)) stack.push({ token: child, depth: d });
  }
  return { tooDeepAt: undefined, quoteOpenedAt };
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
