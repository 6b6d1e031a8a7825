// The options the CLI takes for the chosen export: `--phase`, `--env` and `--ingress` for Kubernetes,
// `--format` for the migration plan and the compliance report, `--theme` for the picture.
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

export function ExportOptions({ map, state }: { map: WardleyMap; state: ExportDialogState }) {
  if (state.kind === 'k8s') {
    const envs = environmentsOf(map);
    const phases = phasesOf(map);
    const phase = Math.min(state.phase, phases.at(-1)?.index ?? 0);
    return (
      <div className="export-options">
        <label>
          Migration phase{' '}
          <select value={phase} onChange={(e) => setExportOptions({ phase: Number(e.target.value) })}>
            {phases.map((p) => (
              <option key={p.index} value={p.index}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Environment{' '}
          <select
            value={state.env ?? ''}
            onChange={(e) => setExportOptions({ env: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">All environments</option>
            {envs.map((env) => (
              <option key={env} value={env}>
                {env}
              </option>
            ))}
          </select>
        </label>
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
  if (state.kind === 'plan') {
    return (
      <div className="export-options">
        <label>
          Format{' '}
          <select
            value={state.planFormat}
            onChange={(e) => setExportOptions({ planFormat: e.target.value as PlanFormat })}
          >
            {Object.entries(PLAN_FORMATS).map(([format, f]) => (
              <option key={format} value={format}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    );
  }
  if (state.kind === 'compliance') return <ReportOptions state={state} />;
  if (state.kind === 'svg') {
    return (
      <div className="export-options">
        <label>
          Theme{' '}
          <select value={state.theme} onChange={(e) => setExportOptions({ theme: e.target.value as ThemeName })}>
            {PICTURE_THEMES.map((t) => (
              <option key={t.theme} value={t.theme}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    );
  }
  return null;
}

/** `mapwright report compliance --format`. */
function ReportOptions({ state }: { state: ExportDialogState }) {
  return (
    <div className="export-options">
      <label>
        Format{' '}
        <select
          value={state.reportFormat}
          onChange={(e) => setExportOptions({ reportFormat: e.target.value as ReportFormat })}
        >
          <option value="md">Markdown</option>
          <option value="json">JSON</option>
        </select>
      </label>
    </div>
  );
}
