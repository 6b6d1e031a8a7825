// checkMap: every doctrine rule over a map, minus what nodes silence with a written reason.
// checkDocument: the same findings placed in the file, ordered by line, then rule; after an edit
// it re-checks only what the edit can change (incremental.ts).
import type { MapDocument } from '../format/parse.ts';
import { documentId, parentId } from '../model/lineage.ts';
import type { Diagnostic, WardleyMap } from '../model/types.ts';
import { ruleContext } from './context.ts';
import type { Finding, RuleContext } from './finding.ts';
import { changedNodes, contextAfterChange, findingsAfterChange, type RuleRun } from './incremental.ts';
import { findingLocator } from './locate.ts';
import { DOCTRINE_RULE_IDS, DOCTRINE_RULES } from './registry.ts';

export interface CheckOptions {
  /** CI mode: a dependency cycle is an error, not a warning. */
  strict?: boolean;
}

export function checkMap(map: WardleyMap, options: CheckOptions = {}): Finding[] {
  return findingsOf(fullRun(map), options);
}

export function checkDocument(document: MapDocument, options: CheckOptions = {}): Diagnostic[] {
  const locate = findingLocator(document);
  const diagnostics = findingsOf(documentRun(document), options).map((f): Diagnostic => {
    const { line, column } = locate(f.path);
    const d: Diagnostic = { line, column, severity: f.severity, rule: f.rule, message: f.message };
    if (f.node !== undefined) d.node = f.node;
    return d;
  });
  return diagnostics.sort((a, b) => a.line - b.line || compareText(a.rule, b.rule) || a.column - b.column);
}

function findingsOf(run: RuleRun, options: CheckOptions): Finding[] {
  const { context, byRule } = run;
  const findings = [...byRule.flat(), ...unknownIgnores(context)]
    .filter((f) => !isSilenced(context, f))
    .map((f) => (options.strict && f.rule === 'chain/cycle' ? { ...f, severity: 'error' as const } : f));
  const order = new Map(context.entries.map(([id], i) => [id, i]));
  const rank = (f: Finding) => (f.node === undefined ? -1 : (order.get(f.node) ?? -1));
  return findings.sort((a, b) => rank(a) - rank(b) || compareText(a.rule, b.rule) || compareText(a.message, b.message));
}

function fullRun(map: WardleyMap): RuleRun {
  const context = ruleContext(map);
  return { map, context, byRule: DOCTRINE_RULES.map((rule) => rule.check(context)) };
}

// The last document checked, so a check of the document an edit made from it (or back) re-runs
// only what the edit can change. Documents are never changed in place, so the one before still
// reads as it did; a map given on its own (checkMap) is always checked in full.
let lastRun: (RuleRun & { document: number; parent: number | undefined }) | undefined;
let reusedRules = 0;

function documentRun(document: MapDocument): RuleRun {
  const id = documentId(document);
  const parent = parentId(document);
  const last = lastRun;
  if (last?.document === id && last.map === document.map) return last;
  const related = last !== undefined && (last.document === parent || last.parent === id);
  const changes = last && related ? changedNodes(last.map, document.map) : undefined;
  reusedRules = 0;
  let run: RuleRun;
  if (last && changes) {
    const contexts = { before: last.context, after: contextAfterChange(last.context, document.map, changes) };
    const byRule = DOCTRINE_RULES.map((rule, i) => {
      const after = findingsAfterChange(rule, last.byRule[i] ?? [], contexts, changes);
      if (after.reused) reusedRules++;
      return after.findings;
    });
    run = { map: document.map, context: contexts.after, byRule };
  } else {
    run = fullRun(document.map);
  }
  lastRun = { ...run, document: id, parent };
  return run;
}

/** How many rules the last checkDocument took over from the document before (0 after a full run). */
export function rulesReusedByLastCheck(): number {
  return reusedRules;
}

function isSilenced(context: RuleContext, finding: Finding): boolean {
  if (finding.node === undefined || finding.rule === 'ignore/unknown') return false;
  const ignore = context.index.get(finding.node)?.ignore;
  return ignore !== undefined && Object.hasOwn(ignore, finding.rule);
}

/** An `ignore` naming no rule is a typo that would otherwise silence nothing, silently. */
function unknownIgnores(context: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [id, node] of context.entries) {
    for (const rule of Object.keys(node.ignore ?? {})) {
      if (DOCTRINE_RULE_IDS.has(rule)) continue;
      const message = `ignore names '${rule}', which is not a doctrine rule: it silences nothing`;
      out.push({ rule: 'ignore/unknown', severity: 'warning', node: id, path: ['nodes', id, 'ignore', rule], message });
    }
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
