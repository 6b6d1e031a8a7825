import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDraftPayload,
  checkExportPayload,
  checkSaveAsPayload,
  checkSavePayload,
  checkTokenPayload,
  checkWindowStatePayload,
  isSafeRelativePath,
} from '../../../core/host/payloads.ts';
import { isContained } from '../../../files/export-writer.ts';
import { reactionToDiskChange } from '../../../files/external-change.ts';

const validators = [
  checkTokenPayload,
  checkSavePayload,
  checkSaveAsPayload,
  checkDraftPayload,
  checkWindowStatePayload,
  checkExportPayload,
];

describe('payload validators', () => {
  it('never throw, whatever the renderer sends', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (payload) => {
        for (const check of validators) expect(typeof check(payload).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('accept what the preload sends', () => {
    expect(checkSavePayload({ token: 'abcdefgh12345678', text: 'x', overwriteNewer: false })).toEqual({
      ok: true,
      value: { token: 'abcdefgh12345678', text: 'x', overwriteNewer: false },
    });
    expect(checkDraftPayload({ token: null, text: '' }).ok).toBe(true);
  });

  it('export names that pass the validator stay inside the folder on POSIX and Windows', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._\\:-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
        const relative = parts.join('/');
        if (isSafeRelativePath(relative)) expect(isContained('/exports/k8s', relative)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(isSafeRelativePath('base/../../x.yaml')).toBe(false);
    expect(isSafeRelativePath('C:evil.yaml')).toBe(false);
    expect(isSafeRelativePath('aux.yaml')).toBe(false);
  });
});

describe('reaction to a change on disk', () => {
  const seen = { sha256: 'a', size: 1, mtimeMs: 1 };
  const other = { sha256: 'b', size: 1, mtimeMs: 1 };
  it('ignores our own save, reloads a clean document, shows a banner over unsaved edits', () => {
    expect(reactionToDiskChange(seen, seen, true)).toBe('ignore');
    expect(reactionToDiskChange(seen, other, false)).toBe('reload');
    expect(reactionToDiskChange(seen, other, true)).toBe('banner');
    expect(reactionToDiskChange(seen, null, false)).toBe('deleted');
  });
});
