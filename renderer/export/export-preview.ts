// What an export would produce for the map on screen, computed with the very functions the CLI
// calls (core/export, core/plan, core/render), so the preview and `mapwright export` agree.
import { COMPLIANCE_FORMATS } from '../../core/compliance/index.ts';
import { exportBackstage } from '../../core/export/backstage/index.ts';
import { bundlePaths, type Bundle } from '../../core/export/bundle.ts';
import { COMPOSE_FILE, exportCompose } from '../../core/export/compose/index.ts';
import { exportKubernetes } from '../../core/export/k8s/index.ts';
import { isSecretStoreName, type SecretsFlavour } from '../../core/export/k8s/model.ts';
import { exportMermaid } from '../../core/export/mermaid/index.ts';
import { exportOwm } from '../../core/export/owm/export.ts';
import type { Diagnostic, WardleyMap } from '../../core/model/types.ts';
import { extractionPhases, lastPhaseIndex, PLAN_FORMATS, type PlanFormat } from '../../core/plan/index.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import type { ThemeName } from '../../core/render/svg/theme.ts';

export type ExportKind = 'k8s' | 'compose' | 'plan' | 'compliance' | 'owm' | 'mermaid' | 'backstage' | 'svg';

/** `mapwright report compliance --format`. */
export type ReportFormat = keyof typeof COMPLIANCE_FORMATS;

export const EXPORT_KINDS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'k8s', label: 'Kubernetes (Kustomize)' },
  { kind: 'compose', label: 'Compose' },
  { kind: 'plan', label: 'Migration plan' },
  { kind: 'compliance', label: 'Compliance report' },
  { kind: 'owm', label: 'OWM text' },
  { kind: 'mermaid', label: 'Mermaid (Markdown)' },
  { kind: 'backstage', label: 'Backstage catalog' },
  { kind: 'svg', label: 'SVG picture' },
];

export { PLAN_FORMATS, type PlanFormat };

export interface ExportRequest {
  kind: ExportKind;
  /** Kubernetes: only this environment (`--env`); undefined: every environment. */
  env?: string;
  /** Kubernetes: plain Ingress instead of HTTPRoute (`--ingress`). */
  ingress?: boolean;
  /** Kubernetes: the migration phase to deploy (`--phase`); 0 when absent, kept within the plan. */
  phase?: number;
  /** Kubernetes: how credentials arrive (`--secrets`); placeholder Secret files when absent. */
  secrets?: SecretsFlavour;
  /** Kubernetes, with external-secrets: the ClusterSecretStore (`--secret-store`). */
  secretStore?: string;
  planFormat?: PlanFormat;
  /** Compliance report: md (default) or json, as `mapwright report compliance --format`. */
  reportFormat?: ReportFormat;
  /** SVG picture: colours (`--theme`); light when absent. */
  theme?: ThemeName;
}

/** The themes `mapwright render --theme` takes, in the order the dialog offers them. */
export const PICTURE_THEMES: readonly { theme: ThemeName; label: string }[] = [
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
  { theme: 'print', label: 'Print (greyscale)' },
];

/** A message from the exporter, for the preview to show prominently. */
export interface ExportMessage {
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
  node?: string;
  line?: number;
}

export interface ExportPreview {
  /** Relative path → text. One entry for single-file exports. */
  files: Bundle;
  /** The paths in the order the CLI lists them. */
  paths: string[];
  messages: ExportMessage[];
  /** True when the exporter refused (an error message says why) and there is nothing to write. */
  blocked: boolean;
  /** Folder (bundles) or file name (single files) the save dialog proposes. */
  suggestedName: string;
  /** True when the export is a folder of files (host.writeExport), else one file (host.exportFile). */
  folder: boolean;
}

/** The base name of a map file without its extension, as a stem for exported names. */
export function exportStem(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|owm|txt)$/i, '');
  return base === '' ? 'map' : base;
}

export function exportPreview(map: WardleyMap, fileName: string, request: ExportRequest): ExportPreview {
  const stem = exportStem(fileName);
  switch (request.kind) {
    case 'k8s':
      return kubernetesPreview(map, stem, request);
    case 'compose': {
      const result = exportCompose(map);
      return single(result.files[COMPOSE_FILE] ?? '', COMPOSE_FILE, result.warnings);
    }
    case 'plan': {
      const format = PLAN_FORMATS[request.planFormat ?? 'md'];
      const plan = extractionPhases(map);
      const messages = plan.warnings.map((w) => ({ severity: 'warning' as const, rule: w.rule, message: w.message }));
      return single(format.render(plan), `${stem}-plan.${format.extension}`, messages);
    }
    case 'compliance': {
      const format = COMPLIANCE_FORMATS[request.reportFormat ?? 'md'];
      return single(format.render(map), `${stem}-compliance.${format.extension}`, []);
    }
    case 'owm': {
      const result = exportOwm(map);
      return single(result.text, `${stem}.owm`, result.warnings.map(messageOf));
    }
    case 'mermaid': {
      const result = exportMermaid(map);
      return single(result.text, `${stem}.mmd`, result.warnings.map(messageOf));
    }
    case 'backstage': {
      // The catalog is written into a folder the user picks; the map is named as beside it.
      const mapLocation = fileName.replace(/^.*[\\/]/, '');
      const result = exportBackstage(map, mapLocation === '' ? {} : { mapLocation });
      return {
        files: result.files,
        paths: bundlePaths(result.files),
        messages: result.warnings.map(messageOf),
        blocked: false,
        suggestedName: `${stem}-catalog`,
        folder: true,
      };
    }
    case 'svg':
      return single(renderMapSvg(map, { theme: request.theme ?? 'light' }), `${stem}.svg`, []);
  }
}

function kubernetesPreview(map: WardleyMap, stem: string, request: ExportRequest): ExportPreview {
  // An edit may drop phases: a phase past the plan's end deploys the end state.
  const last = lastPhaseIndex(extractionPhases(map));
  const store = request.secrets === 'external-secrets' ? request.secretStore : undefined;
  if (store !== undefined && !isSecretStoreName(store)) return badSecretStore(store, stem);
  const result = exportKubernetes(map, {
    ...(request.env === undefined ? {} : { env: request.env }),
    ingress: request.ingress === true,
    phase: Math.min(request.phase ?? 0, last),
    ...(request.secrets === undefined ? {} : { secrets: request.secrets }),
    ...(store === undefined ? {} : { secretStore: store }),
  });
  const blocked = result.warnings.some((w) => w.severity === 'error');
  return {
    files: blocked ? {} : result.files,
    paths: blocked ? [] : bundlePaths(result.files),
    messages: result.warnings.map(messageOf),
    blocked,
    suggestedName: `${stem}-k8s`,
    folder: true,
  };
}

/** The CLI refuses such a `--secret-store`; the dialog says why and writes nothing. */
function badSecretStore(store: string, stem: string): ExportPreview {
  const message: ExportMessage = {
    severity: 'error',
    rule: 'export/secret-store',
    message: `secret store "${store}" is not a Kubernetes object name (lowercase letters, digits and "-", at most 63)`,
  };
  return { files: {}, paths: [], messages: [message], blocked: true, suggestedName: `${stem}-k8s`, folder: true };
}

function single(text: string, name: string, messages: readonly ExportMessage[]): ExportPreview {
  return {
    files: { [name]: text },
    paths: [name],
    messages: messages.map(messageOf),
    blocked: false,
    suggestedName: name,
    folder: false,
  };
}

function messageOf(m: ExportMessage): ExportMessage {
  return {
    severity: m.severity,
    rule: m.rule,
    message: m.message,
    ...(m.node === undefined ? {} : { node: m.node }),
    ...(m.line === undefined || m.line === 0 ? {} : { line: m.line }),
  };
}

/** The phases `--phase` accepts for this map: 0 (today, behind the facade) to the last. */
export function phasesOf(map: WardleyMap): { index: number; label: string }[] {
  const plan = extractionPhases(map);
  if (plan.phases.length === 0) return [{ index: 0, label: 'Phase 0: today (nothing to migrate)' }];
  const last = lastPhaseIndex(plan);
  return plan.phases.map((p) => ({
    index: p.index,
    label: `Phase ${p.index}${p.index === 0 ? ' (today)' : p.index === last ? ' (end state)' : ''}: ${p.title}`,
  }));
}

/** The environments `--env` accepts for this map, sorted as the exporter sorts them. */
export function environmentsOf(map: WardleyMap): string[] {
  return Object.entries(map.deployment?.environments ?? {})
    .filter(([, e]) => e !== undefined)
    .map(([name]) => name)
    .sort();
}
