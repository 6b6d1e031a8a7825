// plainEqual decides equality of plain data without writing it out as text: wherever it decides,
// it agrees with comparing the canonical JSON text (keys sorted, undefined entries dropped), the
// definition diffMaps' sameValue had; and it decides the plain cases (so the text is not built).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameValue } from '../../../core/diff/diff.ts';
import { plainEqual } from '../../../core/diff/plain-equal.ts';

const byText = (a: unknown, b: unknown) => a === b || canonicalJson(a) === canonicalJson(b);

/** A copy of `value` with its objects' keys in reverse order and some undefined entries added. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = { extra: undefined };
  // Defined, not assigned: a "__proto__" key stays an own entry, as in the value.
  for (const key of Object.keys(value).reverse()) {
    const item = reordered((value as Record<string, unknown>)[key]);
    Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** JSON values of one kind at the top and, for arrays and objects, in every place both have. */
function sameKind(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, k) => sameKind(x, b[k]));
  if (typeof a !== typeof b) return false;
  if (typeof a !== 'object') return true;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return Object.keys(x).every((k) => !Object.hasOwn(y, k) || sameKind(x[k], y[k]));
}

const anything = fc.anything({
  withNullPrototype: true,
  withDate: true,
  withSparseArray: true,
  withBoxedValues: true,
  maxDepth: 3,
});
const plain = fc.jsonValue({ maxDepth: 3 });

describe('plainEqual', () => {
  it('agrees with the canonical text wherever it decides, on any values', () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        const decided = plainEqual(a, b);
        if (decided !== undefined) expect(decided).toBe(byText(a, b));
        expect(sameValue(a, b)).toBe(byText(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('decides plain data and its reordered copies, and data one change apart', () => {
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        const copy = reordered(a);
        expect(plainEqual(a, copy)).toBe(true);
        expect(sameValue(a, copy)).toBe(true);
        const wrapped = { list: [a, 1], note: 'x' };
        const changed = { note: 'x', list: [b, 1] };
        const decided = plainEqual(wrapped, changed);
        if (decided !== undefined) expect(decided).toBe(byText(wrapped, changed));
        // Values of one kind (both objects, both arrays of one length, both strings...) are decided.
        if (sameKind(a, b)) expect(decided).toBe(byText(wrapped, changed));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves NaN, holes and objects of other kinds to the text', () => {
    expect(plainEqual(Number.NaN, Number.NaN)).toBeUndefined();
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(plainEqual(Number.NaN, null)).toBeUndefined();
    expect(sameValue(Number.NaN, null)).toBe(true);
    const holed = [1, 2, 3];
    delete holed[1];
    expect(plainEqual(holed, [1, undefined, 3])).toBeUndefined();
    expect(sameValue(holed, [1, undefined, 3])).toBe(false);
    expect(plainEqual(new Date(0), new Date(1))).toBeUndefined();
    expect(plainEqual({ a: 0 }, { a: -0 })).toBe(true);
    // A "__proto__" key of parsed data is an entry like any other.
    expect(plainEqual(JSON.parse('{"__proto__":false}'), JSON.parse('{"__proto__":false}'))).toBe(true);
    expect(plainEqual(JSON.parse('{"__proto__":false}'), {})).toBe(false);
  });
});
