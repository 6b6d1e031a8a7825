// What an outside change to the open map means for the user: nothing (it was our own save),
// a silent reload (nothing unsaved to lose) or a banner (they have edits; never overwrite either side).
import type { Fingerprint } from './fingerprint.ts';

export type ExternalReaction = 'ignore' | 'reload' | 'banner' | 'deleted';

export function reactionToDiskChange(
  baseline: Fingerprint | null,
  onDisk: Fingerprint | null,
  dirty: boolean,
): ExternalReaction {
  if (onDisk === null) return baseline === null ? 'ignore' : 'deleted';
  if (baseline !== null && onDisk.sha256 === baseline.sha256) return 'ignore';
  return dirty ? 'banner' : 'reload';
}
