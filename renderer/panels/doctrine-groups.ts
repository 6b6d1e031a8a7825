// The doctrine panel's findings in groups, by rule or by node: a drafting map has many findings
// of a few kinds on a few nodes, and a group per kind or per node keeps the panel short.
import type { Diagnostic, Severity } from '../../core/model/types.ts';

export type GroupBy = 'rule' | 'node';

export interface FindingGroup {
  key: string;
  /** The rule id, or the node's name (the map itself for findings about no node). */
  title: string;
  findings: Diagnostic[];
  /** The most severe finding in the group. */
  worst: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** How a severity reads in the panel. */
export const SEVERITY_WORDS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** Groups in order of their worst severity, then of their first finding. */
export function groupFindings(
  findings: readonly Diagnostic[],
  by: GroupBy,
  nameOf: (id: string) => string,
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = by === 'rule' ? f.rule : (f.node ?? '');
    const title = by === 'rule' ? f.rule : f.node === undefined ? 'The map' : nameOf(f.node);
    const group = groups.get(key) ?? { key, title, findings: [], worst: f.severity };
    group.findings.push(f);
    if (RANK[f.severity] < RANK[group.worst]) group.worst = f.severity;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => RANK[a.worst] - RANK[b.worst]);
}

/** "2 errors, 1 warning": the counts of a list, most severe first, leaving out what is absent. */
export function countWords(findings: readonly Diagnostic[]): string {
  const parts = (['error', 'warning', 'info'] as const).flatMap((sev) => {
    const n = findings.filter((f) => f.severity === sev).length;
    const word = SEVERITY_WORDS[sev].toLowerCase();
    return n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`];
  });
  return parts.join(', ');
}

/** Whether two findings read the same in the panel (it shows neither line nor column). */
export function sameShown(a: Diagnostic, b: Diagnostic): boolean {
  return a === b || (a.severity === b.severity && a.rule === b.rule && a.message === b.message && a.node === b.node);
}

/**
 * Whether a group reads the same as another: each check after an edit brings new finding objects,
 * and on a large map one group holds thousands of findings that a drop seldom changes.
 */
export function sameGroupShown(a: FindingGroup, b: FindingGroup): boolean {
  if (a === b) return true;
  if (a.key !== b.key || a.title !== b.title || a.worst !== b.worst || a.findings.length !== b.findings.length) {
    return false;
  }
  return a.findings.every((f, i) => sameShown(f, b.findings[i] as Diagnostic));
}
