// The small steps of the named-operation tests: a document from a fixture's text, and an edit's
// result that must have succeeded and still load (or have been refused, with its reason).
import { expect } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import type { EditResult } from '../../../core/model/commit.ts';

export function documentOf(source: string): MapDocument {
  const r = parseMap(source);
  if (!r.ok) throw new Error(`fixture does not load: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.document;
}

/** The edited document; the edit must have succeeded and its text must load again. */
export function applied(r: EditResult): MapDocument {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  expect(parseMap(r.document.text).ok).toBe(true);
  return r.document;
}

/** Why the edit was refused; it must have been. */
export function refusal(r: EditResult): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.errors.map((e) => e.message).join('; ');
}
