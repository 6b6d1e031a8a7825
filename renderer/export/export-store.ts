// The Export dialog's own state: which export, its options, the file shown, and the outcome of
// the last write. Nothing here is map data, so it stays out of the document history.
import { create } from 'zustand';
import { DEFAULT_SECRET_STORE, type SecretsFlavour } from '../../core/export/k8s/model.ts';
import type { ThemeName } from '../../core/render/svg/theme.ts';
import type { ExportKind, PlanFormat, ReportFormat } from './export-preview.ts';

export type WriteOutcome =
  { kind: 'idle' } | { kind: 'writing' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

export interface ExportDialogState {
  open: boolean;
  kind: ExportKind;
  /** Kubernetes `--env`; null: every environment. */
  env: string | null;
  ingress: boolean;
  /** Kubernetes `--phase`: the migration phase whose system the bundle deploys (0 = today). */
  phase: number;
  /** Kubernetes `--secrets`: Secret files to fill, or ExternalSecrets read from `secretStore`. */
  secrets: SecretsFlavour;
  /** Kubernetes `--secret-store`: the ClusterSecretStore name, as typed (checked before export). */
  secretStore: string;
  planFormat: PlanFormat;
  reportFormat: ReportFormat;
  /** Picture colours (`mapwright render --theme`). */
  theme: ThemeName;
  /** The file whose text the preview shows. */
  selected: string | null;
  outcome: WriteOutcome;
}

const IDLE_OUTCOME: WriteOutcome = { kind: 'idle' };

export const useExportDialog = create<ExportDialogState>(() => ({
  open: false,
  kind: 'k8s',
  env: null,
  ingress: false,
  phase: 0,
  secrets: 'placeholder',
  secretStore: DEFAULT_SECRET_STORE,
  planFormat: 'md',
  reportFormat: 'md',
  theme: 'light',
  selected: null,
  outcome: IDLE_OUTCOME,
}));

export function openExport(kind: ExportKind): void {
  useExportDialog.setState({ open: true, kind, selected: null, outcome: IDLE_OUTCOME });
}

export function closeExport(): void {
  useExportDialog.setState({ open: false, outcome: IDLE_OUTCOME });
}

/** Changes options; the preview is recomputed, so the old outcome and selection no longer apply. */
export function setExportOptions(
  patch: Partial<
    Pick<
      ExportDialogState,
      'kind' | 'env' | 'ingress' | 'phase' | 'secrets' | 'secretStore' | 'planFormat' | 'reportFormat' | 'theme'
    >
  >,
): void {
  useExportDialog.setState({ ...patch, selected: null, outcome: IDLE_OUTCOME });
}

export function selectExportFile(path: string): void {
  useExportDialog.setState({ selected: path });
}

export function setWriteOutcome(outcome: WriteOutcome): void {
  useExportDialog.setState({ outcome });
}
