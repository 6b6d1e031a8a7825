// Which document an edit made from which, by number, and what the edit replaced: the doctrine
// check reuses what it found on a document for the one an edit made from it (or back), moving the
// places of findings by the edit's spans and looking only at the nodes it names
// (core/doctrine/check.ts). It must know the two are related without holding the older one
// (history drops documents; this must not keep them).
const ids = new WeakMap<object, number>();
const parents = new WeakMap<object, number>();
const records = new WeakMap<object, EditRecord>();
let nextId = 1;

/** A range [start, end) of a document's text that an edit replaced by `length` characters. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly length: number;
}

/** A node an edit wrote again, at the same place in the node order, under its id before and after. */
export interface NodeSlot {
  readonly at: number;
  readonly before: string;
  readonly after: string;
}

export interface EditRecord {
  /** The ranges of the parent's text the edit replaced, in text order, apart. */
  readonly spans: readonly TextSpan[];
  /**
   * Every node whose object differs between the two maps (every other node is the same object in
   * both); undefined when the edit added or removed nodes.
   */
  readonly nodes: readonly NodeSlot[] | undefined;
}

export function documentId(document: object): number {
  let id = ids.get(document);
  if (id === undefined) {
    id = nextId++;
    ids.set(document, id);
  }
  return id;
}

/** Records that an edit made `child` from `parent` (and, when known, what it replaced). */
export function recordEdit(parent: object, child: object, record?: EditRecord): void {
  parents.set(child, documentId(parent));
  if (record) records.set(child, record);
}

/** The id of the document `document` was edited from, if an edit made it. */
export function parentId(document: object): number | undefined {
  return parents.get(document);
}

/** What the edit that made `document` from its parent replaced, when that was recorded. */
export function editFromParent(document: object): EditRecord | undefined {
  return records.get(document);
}

/** The same edit seen from the child: what going back to the parent replaces in the child. */
export function reversedEdit(forward: EditRecord): EditRecord {
  let delta = 0;
  const spans = forward.spans.map((span) => {
    const start = span.start + delta;
    delta += span.length - (span.end - span.start);
    return { start, end: start + span.length, length: span.end - span.start };
  });
  const nodes = forward.nodes?.map((slot) => ({ at: slot.at, before: slot.after, after: slot.before }));
  return { spans, nodes };
}
