// Hands a previewed export to the host (a folder for bundles, one file otherwise) and turns the
// host's answer into the line the dialog shows.
import type { ExportResult, MapwrightHost } from '../../core/host/contract.ts';
import type { ExportPreview } from './export-preview.ts';
import { setWriteOutcome, useExportDialog } from './export-store.ts';

/** "Wrote 31 files to /tmp/out: 3 replaced existing files, 28 new." */
export function describeWrite(result: Extract<ExportResult, { ok: true }>): string {
  const n = result.written.length;
  const where = result.folder === '' ? '' : ` to ${result.folder}`;
  const head = `Wrote ${n} ${n === 1 ? 'file' : 'files'}${where}`;
  if (result.overwritten === undefined) return `${head}.`;
  const replaced = result.overwritten.length;
  if (replaced === 0) return `${head}: all new.`;
  return `${head}: ${replaced} replaced existing ${replaced === 1 ? 'file' : 'files'}, ${n - replaced} new.`;
}

export async function writePreview(host: MapwrightHost, preview: ExportPreview): Promise<void> {
  if (preview.blocked || preview.paths.length === 0) return;
  const first = preview.paths[0] ?? '';
  await runWrite(() =>
    preview.folder
      ? host.writeExport(preview.files, preview.suggestedName)
      : host.exportFile(preview.files[first] ?? '', preview.suggestedName),
  );
}

/** Runs one write at a time and shows its outcome; a cancelled dialog (null) leaves no message. */
export async function runWrite(write: () => Promise<ExportResult | null>): Promise<void> {
  if (useExportDialog.getState().outcome.kind === 'writing') return;
  setWriteOutcome({ kind: 'writing' });
  try {
    const result = await write();
    if (result === null) setWriteOutcome({ kind: 'idle' });
    else if (result.ok) setWriteOutcome({ kind: 'done', message: describeWrite(result) });
    else setWriteOutcome({ kind: 'failed', message: `Export failed: ${result.message}` });
  } catch (e) {
    setWriteOutcome({ kind: 'failed', message: `Export failed: ${e instanceof Error ? e.message : String(e)}` });
  }
}
