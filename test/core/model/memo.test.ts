import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { objectMemo } from '../../../core/model/memo.ts';

type Collect = (options: { type: 'minor' | 'major' }) => void;

function collector(): Collect {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Collect;
}

describe('objectMemo', () => {
  it('keeps one value per object and makes it once', () => {
    const memo = objectMemo<object, number[]>('test');
    const [a, b] = [{ id: 'a' }, { id: 'b' }];
    let made = 0;
    const make = () => [++made];
    expect(memo.get(a)).toBeUndefined();
    expect(memo.of(a, make)).toEqual([1]);
    expect(memo.of(a, make)).toBe(memo.get(a));
    expect(memo.of(b, make)).toEqual([2]);
    expect(made).toBe(2);
    memo.set(a, [9]);
    expect(memo.get(a)).toEqual([9]);
  });

  it('is invisible to whatever reads the object', () => {
    const memo = objectMemo<Record<string, unknown>, string>('test');
    const kept = { id: 'a', nodes: { x: 1 } };
    const twin = { id: 'a', nodes: { x: 1 } };
    memo.set(kept, 'memo');
    expect(Object.keys(kept)).toEqual(['id', 'nodes']);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(twin));
    expect(Object.getOwnPropertySymbols({ ...kept })).toEqual([]);
    expect(memo.get({ ...kept })).toBeUndefined();
    expect(memo.get(structuredClone(kept))).toBeUndefined();
    expect(kept).toStrictEqual(twin);
  });

  it('is not inherited, and two memos of one object are apart', () => {
    const first = objectMemo<object, string>('first');
    const second = objectMemo<object, string>('second');
    const base = {};
    first.set(base, 'one');
    expect(first.get(Object.create(base) as object)).toBeUndefined();
    expect(second.get(base)).toBeUndefined();
    second.set(base, 'two');
    expect([first.get(base), second.get(base)]).toEqual(['one', 'two']);
  });

  it('works on objects that cannot take a property', () => {
    const memo = objectMemo<object, string>('test');
    const frozen = Object.freeze({ id: 'f' });
    const sealed = Object.preventExtensions({ id: 's' });
    memo.set(frozen, 'frozen');
    memo.set(sealed, 'sealed');
    expect([memo.get(frozen), memo.get(sealed)]).toEqual(['frozen', 'sealed']);
    expect(memo.of(frozen, () => 'again')).toBe('frozen');
  });

  // What it is for: a memo of an object made and dropped since the last young-generation
  // collection goes with that collection. A WeakMap keeps the value of a young key through it:
  // the same case with a WeakMap keeps all ~200 KB. The value is small and made right after a
  // collection, so no collection can run (and move it to the old generation) while it is made.
  it('lets a young collection take the value of a dropped object', () => {
    const collect = collector();
    const memo = objectMemo<object, object[]>('test');
    const drop = (): void => {
      const index: object[] = new Array<object>(5000);
      for (let i = 0; i < index.length; i++) index[i] = { i };
      memo.set({ id: 'dropped' }, index);
    };
    collect({ type: 'major' });
    collect({ type: 'minor' });
    const before = process.memoryUsage().heapUsed;
    drop();
    collect({ type: 'minor' });
    const keptKb = (process.memoryUsage().heapUsed - before) / 1024;
    expect(keptKb).toBeLessThan(50);
  });
});
