// Equality of plain YAML data (strings, finite numbers, booleans, null, arrays, plain objects)
// without writing it out as text. Two files of a map hold equal deploy hints, notes and x- fields
// in objects of their own: comparing them as canonical JSON built two strings per field of every
// node (most of a diff of two parsed files). Anything else (NaN, an array with holes, a Date,
// values of different types) is left undecided, for the caller's canonical comparison.

/** Whether `a` and `b` are equal plain data (object key order and undefined entries aside); undefined when not plain. */
export function plainEqual(a: unknown, b: unknown): boolean | undefined {
  if (a === b) return true;
  if (typeof a !== typeof b) return undefined;
  switch (typeof a) {
    case 'string':
    case 'boolean':
      return false;
    case 'number':
      return Number.isFinite(a) && Number.isFinite(b) ? false : undefined;
    case 'object':
      if (Array.isArray(a)) return Array.isArray(b) ? sameItems(a, b) : undefined;
      return isPlainObject(a) && isPlainObject(b) ? sameEntries(a, b) : undefined;
    default:
      return undefined;
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean | undefined {
  if (a.length !== b.length) return undefined;
  let equal = true;
  for (let k = 0; k < a.length; k++) {
    if (!(k in a) || !(k in b)) return undefined;
    const same = plainEqual(a[k], b[k]);
    if (same === undefined) return undefined;
    equal &&= same;
  }
  return equal;
}

function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean | undefined {
  const keys = definedKeys(a);
  if (keys.length !== definedKeys(b).length) return false;
  let equal = true;
  for (const key of keys) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key) || b[key] === undefined) return false;
    const same = plainEqual(a[key], b[key]);
    if (same === undefined) return undefined;
    equal &&= same;
  }
  return equal;
}

/** The own enumerable keys of `record` whose values are not undefined (the entries JSON keeps). */
function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
