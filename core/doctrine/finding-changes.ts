// Which findings an edit added and which it took away, rule by rule. A rule that kept its findings
// gives the same objects; a rule that looked again gives new ones, matched here with the old ones
// by what they say, so a finding that reads the same keeps its object and, in the file, its place.
import type { Finding } from './finding.ts';

export interface FindingChanges {
  readonly removed: Set<Finding>;
  readonly added: Finding[];
}

export function noFindingChanges(): FindingChanges {
  return { removed: new Set(), added: [] };
}

/**
 * A rule's findings after an edit, with each one that reads as before replaced by the object it
 * had before; what is new goes to `into.added`, what is gone to `into.removed`.
 */
export function matchedFindings(
  previous: readonly Finding[],
  next: readonly Finding[],
  into: FindingChanges,
): readonly Finding[] {
  if (previous === next) return next;
  const before = new Set(previous);
  let fresh = 0;
  for (const f of next) if (!before.has(f)) fresh++;
  if (fresh === 0 && next.length === previous.length) return next;
  const after = new Set(next);
  const gone = new Map<string, Finding[]>();
  for (const f of previous) {
    if (after.has(f)) continue;
    const key = keyOf(f);
    const list = gone.get(key);
    if (list) list.push(f);
    else gone.set(key, [f]);
  }
  const out =
    fresh === 0
      ? next
      : next.map((f) => {
          if (before.has(f)) return f;
          const same = gone.get(keyOf(f))?.pop();
          if (same) return same;
          into.added.push(f);
          return f;
        });
  for (const list of gone.values()) for (const f of list) into.removed.add(f);
  return out;
}

function keyOf(f: Finding): string {
  return `${f.rule}\u0000${f.severity}\u0000${f.node ?? '\u0001'}\u0000${f.message}\u0000${JSON.stringify(f.path)}`;
}
