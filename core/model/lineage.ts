// Which document an edit made from which, by number: the doctrine check reuses what it found on a
// document for the one an edit made from it (core/doctrine/incremental.ts), and must know the two
// are related without holding the older one (history drops documents; this must not keep them).
const ids = new WeakMap<object, number>();
const parents = new WeakMap<object, number>();
let nextId = 1;

export function documentId(document: object): number {
  let id = ids.get(document);
  if (id === undefined) {
    id = nextId++;
    ids.set(document, id);
  }
  return id;
}

/** Records that an edit made `child` from `parent`. */
export function recordEdit(parent: object, child: object): void {
  parents.set(child, documentId(parent));
}

/** The id of the document `document` was edited from, if an edit made it. */
export function parentId(document: object): number | undefined {
  return parents.get(document);
}
