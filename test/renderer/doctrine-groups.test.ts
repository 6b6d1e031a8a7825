import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/model/types.ts';
import { countWords, groupFindings, sameGroupShown, type FindingGroup } from '../../renderer/panels/doctrine-groups.ts';

const finding = (rule: string, severity: Diagnostic['severity'], node?: string): Diagnostic => ({
  line: 0,
  column: 0,
  rule,
  severity,
  message: `${node ?? 'map'} ${rule}`,
  ...(node === undefined ? {} : { node }),
});

const findings = [
  finding('chain/unused', 'warning', 'a'),
  finding('chain/unused', 'warning', 'b'),
  finding('source/missing', 'warning', 'a'),
  finding('chain/no-user', 'error'),
  finding('move/method-change', 'info', 'b'),
];
const names: Record<string, string> = { a: 'Ticketing', b: 'Schedule' };

describe('doctrine groups', () => {
  it('groups by rule, the most severe group first, in finding order after that', () => {
    const groups = groupFindings(findings, 'rule', (id) => names[id] ?? id);
    expect(groups.map((g) => [g.title, g.findings.length, g.worst])).toEqual([
      ['chain/no-user', 1, 'error'],
      ['chain/unused', 2, 'warning'],
      ['source/missing', 1, 'warning'],
      ['move/method-change', 1, 'info'],
    ]);
  });

  it('groups by node under its name, findings about no node under the map', () => {
    const groups = groupFindings(findings, 'node', (id) => names[id] ?? id);
    expect(groups.map((g) => [g.title, g.findings.map((f) => f.rule)])).toEqual([
      ['The map', ['chain/no-user']],
      ['Ticketing', ['chain/unused', 'source/missing']],
      ['Schedule', ['chain/unused', 'move/method-change']],
    ]);
  });

  it('counts in words, most severe first', () => {
    expect(countWords(findings)).toBe('1 error, 3 warnings, 1 note');
    expect(countWords(findings.slice(0, 1))).toBe('1 warning');
  });

  it('knows a group reads the same after a new check moved its findings to other lines', () => {
    const groups = groupFindings(findings, 'rule', (id) => names[id] ?? id);
    // The next check of the map (after a drop): new objects, other lines, the same words.
    const again = groupFindings(
      findings.map((f) => ({ ...f, line: f.line + 3 })),
      'rule',
      (id) => names[id] ?? id,
    );
    expect(again.map((g, i) => sameGroupShown(groups[i] as FindingGroup, g))).toEqual([true, true, true, true]);
    const reworded = groupFindings(
      findings.map((f) => (f.node === 'b' && f.rule === 'chain/unused' ? { ...f, message: 'b is used now' } : f)),
      'rule',
      (id) => names[id] ?? id,
    );
    expect(reworded.map((g, i) => sameGroupShown(groups[i] as FindingGroup, g))).toEqual([true, false, true, true]);
    const renamed = groupFindings(findings, 'node', (id) => (id === 'a' ? 'Ticket sales' : (names[id] ?? id)));
    const byNode = groupFindings(findings, 'node', (id) => names[id] ?? id);
    expect(renamed.map((g, i) => sameGroupShown(byNode[i] as FindingGroup, g))).toEqual([true, false, true]);
  });
});
