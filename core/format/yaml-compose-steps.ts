// yaml's composer turns a document's syntax tree into a Document in one call: at 2,000 nodes that
// is one task of tens to hundreds of ms. A map file is one mapping whose `nodes` mapping holds
// nearly all of it, so for the build spread over idle time (parseYamlSafelyInSteps) `nodes`' items
// are composed a slice per step, each slice in a document holding only `nodes` with those items
// (an item's composition reads its own tokens and where the item before it ended), and the last
// slice in the whole document; the earlier slices' pairs are then put before it. Anything unusual
// (another shape, an error or a warning in any slice, a comment-only item before the last) is
// composed in one go instead.
import { Composer, isMap, isPair, isScalar, type CST, type Document, type YAMLMap } from 'yaml';

type Token = Parameters<Composer['next']>[0];

const OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

function composeAll(tokens: readonly Token[]): Document.Parsed[] {
  return Array.from(new Composer(OPTIONS).compose(tokens, true));
}

interface Plan {
  at: number;
  doc: CST.Document;
  top: CST.BlockMap;
  entry: number;
  nodes: CST.BlockMap;
}

/** Where the `nodes` block mapping sits, if the tokens are one plain document shaped like a map file. */
function planOf(tokens: readonly Token[], itemsPerStep: number): Plan | null {
  const docs = tokens.filter((t) => t.type === 'document');
  const doc = docs[0];
  if (docs.length !== 1 || !doc || doc.type !== 'document' || doc.value?.type !== 'block-map') return null;
  const top = doc.value;
  const entry = top.items.findIndex((item) => item.key?.type === 'scalar' && item.key.source === 'nodes');
  const nodes = top.items[entry]?.value;
  if (nodes?.type !== 'block-map' || nodes.items.length <= itemsPerStep) return null;
  // A comment-only item ends a mapping (its trailing comment); anywhere else, one go.
  if (nodes.items.slice(0, -1).some((item) => !item.key && !item.sep)) return null;
  return { at: tokens.indexOf(doc), doc, top, entry, nodes };
}

/**
 * The document token with `nodes` holding `items` (the first at `offset`, where the item before
 * them ended) and, when `alone`, no other top-level entry.
 */
function withItems(plan: Plan, items: CST.BlockMap['items'], offset: number, alone: boolean): CST.Document {
  const entry = plan.top.items[plan.entry] as CST.BlockMap['items'][number];
  const sliced = { ...entry, value: { ...plan.nodes, offset, items } } as CST.BlockMap['items'][number];
  const topItems = alone ? [sliced] : plan.top.items.map((item, i) => (i === plan.entry ? sliced : item));
  return { ...plan.doc, value: { ...plan.top, items: topItems } };
}

export function nodesMapOf(doc: Document.Parsed | undefined): YAMLMap | null {
  const top = doc?.contents;
  if (!isMap(top)) return null;
  const pair = top.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'nodes');
  return pair && isMap(pair.value) && pair.value.range ? (pair.value as YAMLMap) : null;
}

function clean(docs: readonly Document.Parsed[]): boolean {
  return docs.length === 1 && docs.every((d) => d.errors.length === 0 && d.warnings.length === 0);
}

/**
 * The composer's documents for `tokens`, as `new Composer().compose(tokens, true)` gives them,
 * composed `itemsPerStep` items of `nodes` per step.
 */
export function* composedInSteps(tokens: readonly Token[], itemsPerStep: number): Generator<void, Document.Parsed[]> {
  const plan = planOf(tokens, itemsPerStep);
  if (!plan) return composeAll(tokens);
  const items = plan.nodes.items;
  const last = Math.floor((items.length - 1) / itemsPerStep) * itemsPerStep;
  const before: unknown[] = [];
  let offset = plan.nodes.offset;
  for (let from = 0; from < last; from += itemsPerStep) {
    const part = composeAll([withItems(plan, items.slice(from, from + itemsPerStep), offset, true)]);
    const slice = nodesMapOf(part[0]);
    if (!slice?.range || !clean(part)) return composeAll(tokens);
    before.push(...slice.items);
    offset = slice.range[1];
    yield;
  }
  const docs = composeAll(
    tokens.map((t, i) => (i === plan.at ? withItems(plan, items.slice(last), offset, false) : t)),
  );
  const nodes = nodesMapOf(docs[0]);
  if (!nodes?.range || !clean(docs)) return composeAll(tokens);
  nodes.items.unshift(...(before as YAMLMap['items']));
  nodes.range = [plan.nodes.offset, nodes.range[1], nodes.range[2]];
  return docs;
}
