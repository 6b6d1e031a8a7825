// The compliance report as data: per data class where it is held and every edge it flows along,
// each supplier's agreements, the safeguards (controls the exports generate, and what is still
// open) and the findings. The Markdown and JSON renderers only format this.
import type { Finding } from '../doctrine/finding.ts';
import { checkMap } from '../doctrine/check.ts';
import type { Agreement, DataClass, MapNode, Sourcing, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import { classesHeld, DATA_CLASS_NAMES, DATA_CLASSES, hasSupplier, REQUIRED_AGREEMENT } from './classes.ts';
import { classesReaching, dataFlows, type DataFlow } from './flows.ts';
import { safeguardsFor, type Safeguard } from './safeguards.ts';

export interface Holder {
  id: string;
  name: string;
  sourcing: Sourcing | null;
  team: string | null;
  residency: string[];
}

export interface ClassSection {
  dataClass: DataClass;
  description: string;
  agreement: Agreement;
  heldBy: Holder[];
  flows: { from: string; to: string }[];
}

export interface SupplierRow {
  id: string;
  name: string;
  sourcing: Sourcing;
  provider: string | null;
  classes: DataClass[];
  agreements: Agreement[];
  missing: Agreement[];
}

export interface AcceptedRisk {
  node: string;
  rule: string;
  reason: string;
}

export interface ComplianceReport {
  title: string;
  classes: ClassSection[];
  suppliers: SupplierRow[];
  safeguards: Safeguard[];
  findings: Finding[];
  accepted: AcceptedRisk[];
}

export const COMPLIANCE_PREFIX = 'compliance/';

export function complianceReport(map: WardleyMap): ComplianceReport {
  const entries = nodeEntries(map);
  const flows = dataFlows(map);
  const findings = checkMap(map).filter((f) => f.rule.startsWith(COMPLIANCE_PREFIX));
  return {
    title: map.title,
    classes: classSections(entries, flows),
    suppliers: supplierRows(entries, flows),
    safeguards: safeguardsFor(map, findings),
    findings,
    accepted: acceptedRisks(entries),
  };
}

function classSections(entries: readonly [string, MapNode][], flows: readonly DataFlow[]): ClassSection[] {
  return DATA_CLASSES.map((dataClass): ClassSection => {
    const heldBy = entries
      .filter(([, n]) => n.kind === 'component' && classesHeld(n).includes(dataClass))
      .map(([id, n]) => holder(id, n));
    const carried = flows.filter((f) => f.classes.includes(dataClass)).map(({ from, to }) => ({ from, to }));
    const description = DATA_CLASS_NAMES[dataClass];
    return { dataClass, description, agreement: REQUIRED_AGREEMENT[dataClass], heldBy, flows: carried };
  }).filter((s) => s.heldBy.length > 0);
}

function holder(id: string, n: MapNode): Holder {
  const residency = n.data?.residency ?? [];
  return { id, name: n.name, sourcing: n.sourcing ?? null, team: n.team ?? null, residency: [...residency] };
}

function supplierRows(entries: readonly [string, MapNode][], flows: readonly DataFlow[]): SupplierRow[] {
  const reaching = classesReaching(flows);
  const out: SupplierRow[] = [];
  for (const [id, n] of entries) {
    if (!hasSupplier(n) || n.sourcing === undefined) continue;
    const classes = DATA_CLASSES.filter((c) => classesHeld(n).includes(c) || (reaching.get(id) ?? []).includes(c));
    const agreements = [...(n.agreements ?? [])];
    if (classes.length === 0 && agreements.length === 0) continue;
    const missing = [...new Set(classes.map((c) => REQUIRED_AGREEMENT[c]))].filter((a) => !agreements.includes(a));
    const provider = n.deploy?.service?.provider ?? n.deploy?.chart?.name ?? null;
    out.push({ id, name: n.name, sourcing: n.sourcing, provider, classes, agreements, missing });
  }
  return out;
}

function acceptedRisks(entries: readonly [string, MapNode][]): AcceptedRisk[] {
  const out: AcceptedRisk[] = [];
  for (const [node, n] of entries) {
    for (const [rule, reason] of Object.entries(n.ignore ?? {})) {
      if (rule.startsWith(COMPLIANCE_PREFIX) && reason !== undefined) out.push({ node, rule, reason });
    }
  }
  return out;
}
