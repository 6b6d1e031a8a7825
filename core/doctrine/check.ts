// checkMap: every doctrine rule over a map, minus what nodes silence with a written reason.
// checkDocument: the same findings placed in the file, ordered by line, then rule; after an edit
// it re-checks only what the edit can change (incremental.ts).
import type { MapDocument } from '../format/parse.ts';
import {
  documentId,
  editFromParent,
  parentId,
  reversedEdit,
  type EditRecord,
  type TextSpan,
} from '../model/lineage.ts';
import type { Diagnostic, MapNode, WardleyMap } from '../model/types.ts';
import { eachEntry, IGNORE, wholeTables } from './columns.ts';
import { ruleContext } from './context.ts';
import type { Finding, RuleContext } from './finding.ts';
import { matchedFindings, noFindingChanges, type FindingChanges } from './finding-changes.ts';
import { changedNodes, contextAfterChange, findingsAfterChange, type NodeChange, type RuleRun } from './incremental.ts';
import { changedSlots, sameData } from './node-changes.ts';
import { placeAfterEdit, placeAll, type Placement } from './placement.ts';
import { DOCTRINE_RULE_IDS, DOCTRINE_RULES } from './registry.ts';

export interface CheckOptions {
  /** CI mode: a dependency cycle is an error, not a warning. */
  strict?: boolean;
}

export function checkMap(map: WardleyMap, options: CheckOptions = {}): Finding[] {
  return findingsOf(fullRun(map), options);
}

export function checkDocument(document: MapDocument, options: CheckOptions = {}): Diagnostic[] {
  const strict = options.strict === true;
  const run = documentRun(document);
  if (run.placement?.strict !== strict) run.placement = placement(document, run, strict);
  run.step = undefined;
  return [...run.placement.diagnostics];
}

function findingsOf(run: RuleRun, options: CheckOptions): Finding[] {
  const { context, byRule } = run;
  const findings = [...byRule.flat(), ...contextIgnores(context)]
    .filter((f) => !isSilenced(context, f))
    .map((f) => (options.strict && f.rule === 'chain/cycle' ? { ...f, severity: 'error' as const } : f));
  const rank = (f: Finding) => (f.node === undefined ? -1 : (context.positions.get(f.node) ?? -1));
  return findings.sort((a, b) => rank(a) - rank(b) || compareText(a.rule, b.rule) || compareText(a.message, b.message));
}

function fullRun(map: WardleyMap): RuleRun {
  const context = ruleContext(map);
  return { map, context, byRule: DOCTRINE_RULES.map((rule) => rule.check(context)) };
}

/** A checked document: its findings (placed once asked for), and how it follows the one before. */
interface DocumentRun extends RuleRun {
  readonly document: number;
  readonly parent: number | undefined;
  /** What the edit that made this document from its parent replaced. */
  readonly edit: EditRecord | undefined;
  /** Findings about `ignore` entries that name no rule. */
  readonly ignores: readonly Finding[];
  placement?: Placement;
  /** Set between the rule run and the placement, when this run followed the one before. */
  step?: Step | undefined;
}

interface Step {
  readonly from: DocumentRun;
  readonly changes: readonly NodeChange[];
  /** The ranges of the previous document's text that differ in this one. */
  readonly spans: readonly TextSpan[];
  readonly findings: FindingChanges;
}

// The last document checked, so a check of the document an edit made from it (or back) re-runs
// only what the edit can change. Documents are never changed in place, so the one before still
// reads as it did; a map given on its own (checkMap) is always checked in full.
let lastRun: DocumentRun | undefined;
let reusedRules = 0;

function documentRun(document: MapDocument): DocumentRun {
  const id = documentId(document);
  const parent = parentId(document);
  const last = lastRun;
  if (last?.document === id && last.map === document.map) return last;
  const edit = editFromParent(document);
  const between = last === undefined ? undefined : editBetween(last, id, parent, edit);
  const changes = last && between ? nodeChanges(last, document.map, between) : undefined;
  reusedRules = 0;
  let run: DocumentRun;
  if (last && between && changes) {
    last.step = undefined;
    const contexts = { before: last.context, after: contextAfterChange(last.context, document.map, changes) };
    const findings = noFindingChanges();
    const byRule = DOCTRINE_RULES.map((rule, i) => {
      const previous = last.byRule[i] ?? [];
      const after = findingsAfterChange(rule, previous, contexts, changes);
      if (after.reused) reusedRules++;
      return matchedFindings(previous, after.findings, findings);
    });
    const ignores = matchedFindings(last.ignores, ignoresAfterChange(last.ignores, contexts.after, changes), findings);
    const step = { from: last, changes, spans: between.spans, findings };
    run = { map: document.map, context: contexts.after, byRule, document: id, parent, edit, ignores, step };
  } else {
    const full = fullRun(document.map);
    run = { ...full, document: id, parent, edit, ignores: contextIgnores(full.context) };
  }
  lastRun = run;
  return run;
}

/** The edit between the last document checked and this one, seen from the last one. */
function editBetween(
  last: DocumentRun,
  id: number,
  parent: number | undefined,
  edit: EditRecord | undefined,
): EditRecord | undefined {
  if (edit !== undefined && last.document === parent) return edit;
  if (last.edit !== undefined && last.parent === id) return reversedEdit(last.edit);
  return undefined;
}

function nodeChanges(last: DocumentRun, map: WardleyMap, edit: EditRecord): NodeChange[] | undefined {
  if (edit.nodes === undefined) return changedNodes(last.map, map);
  return changedSlots(last.map, map, edit.nodes, (at) => last.context.ids[at]);
}

function placement(document: MapDocument, run: DocumentRun, strict: boolean): Placement {
  const { context, step } = run;
  const rank = (node: string | undefined) => (node === undefined ? -1 : (context.positions.get(node) ?? -1));
  const previous = step?.from.placement;
  if (step && previous?.strict === strict && !ignoreChanged(step.from.context, context, step.changes)) {
    const added = step.findings.added.filter((f) => !isSilenced(context, f));
    const dirty = new Set(step.changes.flatMap((c) => [c.before, c.after]));
    const change = { spans: step.spans, removed: step.findings.removed, added, dirty };
    return placeAfterEdit(document, previous, change, rank);
  }
  return placeAll(document, shownFindings(run), strict, rank);
}

/**
 * The findings of a run not silenced, rule by rule, then the unknown ignores: one list made at
 * the length of all of them (not grown push by push), cut to those shown.
 */
function shownFindings(run: DocumentRun): Finding[] {
  const lists = [...run.byRule, run.ignores];
  const shown = new Array<Finding>(lists.reduce((sum, found) => sum + found.length, 0));
  let n = 0;
  for (const found of lists) {
    for (let i = 0; i < found.length; i++) {
      const finding = found[i] as Finding;
      if (!isSilenced(run.context, finding)) shown[n++] = finding;
    }
  }
  shown.length = n;
  return shown;
}

// A changed `ignore` shows or hides findings that did not change themselves: placed afresh.
function ignoreChanged(before: RuleContext, after: RuleContext, changes: readonly NodeChange[]): boolean {
  return changes.some((c) =>
    c.fields === 'all'
      ? !sameData(before.index.get(c.before)?.ignore, after.index.get(c.after)?.ignore)
      : c.fields.has('ignore'),
  );
}

/** The unknown-ignore findings after `changes`: those of the changed nodes found again. */
function ignoresAfterChange(
  previous: readonly Finding[],
  after: RuleContext,
  changes: readonly NodeChange[],
): readonly Finding[] {
  const dirty = new Set(changes.flatMap((c) => [c.before, c.after]));
  const found: Finding[] = [];
  for (const { after: id } of changes) {
    const node = after.index.get(id);
    if (node) unknownIgnoresOf(id, node, found);
  }
  return [...previous.filter((f) => f.node === undefined || !dirty.has(f.node)), ...found];
}

/** How many rules the last checkDocument took over from the document before (0 after a full run). */
export function rulesReusedByLastCheck(): number {
  return reusedRules;
}

function isSilenced(context: RuleContext, finding: Finding): boolean {
  if (finding.node === undefined || finding.rule === 'ignore/unknown') return false;
  // In a whole context a node without `ignore` is known by its flags, without opening it.
  const flags = wholeTables(context)?.columns.flags;
  const at = flags === undefined ? undefined : context.positions.get(finding.node);
  if (flags !== undefined && at !== undefined && ((flags[at] as number) & IGNORE) === 0) return false;
  const ignore = context.index.get(finding.node)?.ignore;
  return ignore !== undefined && Object.hasOwn(ignore, finding.rule);
}

/**
 * An `ignore` naming no rule is a typo that would otherwise silence nothing, silently: the
 * findings of a whole context, where only the nodes whose flags say they have `ignore` are opened.
 */
function contextIgnores(context: RuleContext): Finding[] {
  const out: Finding[] = [];
  eachEntry(context, { all: IGNORE }, (id, node) => unknownIgnoresOf(id, node, out));
  return out;
}

/** Adds to `out` the findings about the `ignore` entries of one node that name no rule. */
function unknownIgnoresOf(id: string, node: MapNode, out: Finding[]): void {
  if (node.ignore === undefined) return;
  for (const rule of Object.keys(node.ignore)) {
    if (DOCTRINE_RULE_IDS.has(rule)) continue;
    const message = `ignore names '${rule}', which is not a doctrine rule: it silences nothing`;
    out.push({ rule: 'ignore/unknown', severity: 'warning', node: id, path: ['nodes', id, 'ignore', rule], message });
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
