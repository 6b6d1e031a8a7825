// dup/name groups names in an Int32Array hash table, hashing an ASCII name's key as it reads it:
// the table must read exactly as the Map of nameKey -> ids the rule built before (values, order,
// size), for ASCII, non-ASCII and mixed names, empty keys, and keys whose hashes are equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, NameGroupTable } from '../../../core/doctrine/name-table.ts';
import type { MapNode } from '../../../core/model/types.ts';

function entriesOf(names: readonly string[]): [string, MapNode][] {
  return names.map((name, i) => [`n${i}`, { kind: 'component', name, evolution: 0.5, visibility: 0.5 }]);
}

/** The groups as the rule made them before: a Map in order of first appearance. */
function plainGroups(entries: readonly (readonly [string, MapNode])[]): Map<string, string | string[]> {
  const groups = new Map<string, string | string[]>();
  for (const [id, node] of entries) {
    const key = nameKey(node.name);
    if (key === '') continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, id);
    else if (typeof group === 'string') groups.set(key, [group, id]);
    else group.push(id);
  }
  return groups;
}

function expectSame(names: readonly string[], probes: readonly string[]): void {
  const entries = entriesOf(names);
  const table = new NameGroupTable(
    entries.map(([id]) => id),
    entries.map(([, node]) => node),
  );
  const plain = plainGroups(entries);
  expect([...table]).toEqual([...plain]);
  expect(table.size).toBe(plain.size);
  expect(table.clashes()).toEqual([...plain.values()].filter((g) => typeof g !== 'string'));
  for (const key of [...plain.keys(), ...probes.map(nameKey), '']) {
    expect(table.get(key)).toEqual(plain.get(key));
    expect(table.has(key)).toBe(plain.has(key));
  }
}

// Letters, digits, punctuation and spaces in both cases, and characters NFKC or lowercasing change.
const PIECES = ['a', 'B', 'z', 'Z', '0', '9', ' ', '-', '!', '_', 'É', 'é', 'Ａ', 'ﬁ', 'İ', 'ß', '٣', '\u0301', '🙂'];
const name = fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((parts) => parts.join(''));

describe('NameGroupTable', () => {
  it('reads as the Map of name keys to ids, for any names', () => {
    fc.assert(fc.property(fc.array(name, { maxLength: 60 }), fc.array(name, { maxLength: 10 }), expectSame), {
      numRuns: 400,
    });
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), (names) => expectSame(names, [])));
  });

  it('groups an ASCII name with a non-ASCII one of the same key', () => {
    expectSame(['Patient Record', 'ＰＡＴＩＥＮＴ-record', 'patient_record!', 'Café', 'CAFÉ'], ['cafe']);
  });

  it('keeps apart names whose keys hash alike (the keys decide, not the hashes)', () => {
    // 'name139599' and 'name322382' have the same 31-bit FNV-1a hash.
    expectSame(['Name 139599', 'name-322382', 'NAME139599'], ['name322382', 'name139599x']);
    expect(
      new NameGroupTable(
        ['n0', 'n1'],
        entriesOf(['name139599', 'name322382']).map(([, node]) => node),
      ).clashes(),
    ).toEqual([]);
  });
});
