// The options the CLI takes for the chosen export: `--phase`, `--env`, `--secrets` (and
// `--secret-store`) and `--ingress` for Kubernetes, `--format` for the migration plan and the
// compliance report, `--theme` for the picture. Every choice is one labelled select row
// (OptionRow), so they look and read the same; the store name is the one typed value.
import { isSecretStoreName, type SecretsFlavour } from '../../core/export/k8s/model.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import type { ThemeName } from '../../core/render/svg/theme.ts';
import {
  environmentsOf,
  phasesOf,
  PICTURE_THEMES,
  PLAN_FORMATS,
  type PlanFormat,
  type ReportFormat,
} from './export-preview.ts';
import { setExportOptions, type ExportDialogState } from './export-store.ts';

interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/** One option of an export: its label and a select of its choices. */
function OptionRow<T extends string | number>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select
        value={String(value)}
        onChange={(e) => {
          const chosen = choices.find((c) => String(c.value) === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((c) => (
          <option key={String(c.value)} value={String(c.value)}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const REPORT_FORMATS: readonly Choice<ReportFormat>[] = [
  { value: 'md', label: 'Markdown' },
  { value: 'json', label: 'JSON' },
];

export function ExportOptions({ map, state }: { map: WardleyMap; state: ExportDialogState }) {
  switch (state.kind) {
    case 'k8s':
      return <KubernetesOptions map={map} state={state} />;
    case 'plan':
      return (
        <div className="export-options">
          <OptionRow
            label="Format"
            value={state.planFormat}
            choices={Object.entries(PLAN_FORMATS).map(([format, f]) => ({
              value: format as PlanFormat,
              label: f.label,
            }))}
            onChange={(planFormat) => setExportOptions({ planFormat })}
          />
        </div>
      );
    case 'compliance':
      return (
        <div className="export-options">
          <OptionRow
            label="Format"
            value={state.reportFormat}
            choices={REPORT_FORMATS}
            onChange={(reportFormat) => setExportOptions({ reportFormat })}
          />
        </div>
      );
    case 'svg':
      return (
        <div className="export-options">
          <OptionRow
            label="Theme"
            value={state.theme}
            choices={PICTURE_THEMES.map((t) => ({ value: t.theme as ThemeName, label: t.label }))}
            onChange={(theme) => setExportOptions({ theme })}
          />
        </div>
      );
    default:
      return null;
  }
}

/** `--phase`, `--env` (all environments when none is chosen), `--secrets` and `--ingress`. */
function KubernetesOptions({ map, state }: { map: WardleyMap; state: ExportDialogState }) {
  const phases = phasesOf(map);
  const phase = Math.min(state.phase, phases.at(-1)?.index ?? 0);
  const ALL = '';
  return (
    <div className="export-options">
      <OptionRow
        label="Migration phase"
        value={phase}
        choices={phases.map((p) => ({ value: p.index, label: p.label }))}
        onChange={(index) => setExportOptions({ phase: index })}
      />
      <OptionRow
        label="Environment"
        value={state.env ?? ALL}
        choices={[
          { value: ALL, label: 'All environments' },
          ...environmentsOf(map).map((env) => ({ value: env, label: env })),
        ]}
        onChange={(env) => setExportOptions({ env: env === ALL ? null : env })}
      />
      <OptionRow
        label="Secrets"
        value={state.secrets}
        choices={SECRETS_CHOICES}
        onChange={(secrets) => setExportOptions({ secrets })}
      />
      {state.secrets === 'external-secrets' && (
        <label>
          Secret store{' '}
          <input
            type="text"
            value={state.secretStore}
            spellCheck={false}
            size={18}
            aria-invalid={!isSecretStoreName(state.secretStore)}
            title="The ClusterSecretStore the ExternalSecrets read from (a Kubernetes object name)"
            onChange={(e) => setExportOptions({ secretStore: e.target.value })}
          />
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={state.ingress}
          onChange={(e) => setExportOptions({ ingress: e.target.checked })}
        />{' '}
        Plain Ingress instead of Gateway API HTTPRoute
      </label>
    </div>
  );
}

/** `--secrets`: Secret files the platform team fills, or ExternalSecrets (External Secrets Operator). */
const SECRETS_CHOICES: readonly Choice<SecretsFlavour>[] = [
  { value: 'placeholder', label: 'Placeholder Secret files to fill' },
  { value: 'external-secrets', label: 'ExternalSecret (External Secrets Operator)' },
];
