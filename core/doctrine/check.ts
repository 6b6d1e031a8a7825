// checkMap: every doctrine rule over a map, minus what nodes silence with a written reason.
// checkDocument: the same findings placed in the file, ordered by line, then rule.
import type { MapDocument } from '../format/parse.ts';
import type { Diagnostic, WardleyMap } from '../model/types.ts';
import { ruleContext } from './context.ts';
import type { Finding, RuleContext } from './finding.ts';
import { findingLocator } from './locate.ts';
import { DOCTRINE_RULE_IDS, DOCTRINE_RULES } from './registry.ts';

export interface CheckOptions {
  /** CI mode: a dependency cycle is an error, not a warning. */
  strict?: boolean;
}

export function checkMap(map: WardleyMap, options: CheckOptions = {}): Finding[] {
  const context = ruleContext(map);
  const findings = [...DOCTRINE_RULES.flatMap((rule) => rule.check(context)), ...unknownIgnores(context)]
    .filter((f) => !isSilenced(context, f))
    .map((f) => (options.strict && f.rule === 'chain/cycle' ? { ...f, severity: 'error' as const } : f));
  const order = new Map(context.entries.map(([id], i) => [id, i]));
  const rank = (f: Finding) => (f.node === undefined ? -1 : (order.get(f.node) ?? -1));
  return findings.sort((a, b) => rank(a) - rank(b) || compareText(a.rule, b.rule) || compareText(a.message, b.message));
}

export function checkDocument(document: MapDocument, options: CheckOptions = {}): Diagnostic[] {
  const locate = findingLocator(document);
  const diagnostics = checkMap(document.map, options).map((f): Diagnostic => {
    const { line, column } = locate(f.path);
    const d: Diagnostic = { line, column, severity: f.severity, rule: f.rule, message: f.message };
    if (f.node !== undefined) d.node = f.node;
    return d;
  });
  return diagnostics.sort((a, b) => a.line - b.line || compareText(a.rule, b.rule) || a.column - b.column);
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
