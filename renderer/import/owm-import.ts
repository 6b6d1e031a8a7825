// OnlineWardleyMaps text → a new, untitled map document. The OWM file itself is never the target
// of a save: the document has no file token, so Save asks Save As for a .yaml. The importer's
// warnings (each with its OWM line) stay on screen until dismissed or another map is loaded.
import { create } from 'zustand';
import { importOwm } from '../../core/export/owm/import.ts';
import { parseMap, type MapDocument } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { failedToLoad, loaded } from '../store/history.ts';
import { IDLE, useMapStore } from '../store/store.ts';

export interface ImportReport {
  /** Where the text came from: the file name, or "pasted text". */
  source: string;
  warnings: Diagnostic[];
  /** True when the text was not imported: `warnings` are then its errors, and nothing changed. */
  failed?: boolean;
  /** The document on screen after the import; the report goes away when another map is loaded. */
  origin: MapDocument | null;
}

export const useImportReport = create<{ report: ImportReport | null }>(() => ({ report: null }));

export function dismissImportReport(): void {
  useImportReport.setState({ report: null });
}

/** `tea-shop.owm` → `tea-shop.yaml`; pasted text is named after its title. */
export function importedFileName(source: string | null, title: string): string {
  const stem = source === null ? slug(title) : source.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return `${stem === '' ? 'untitled' : stem}.yaml`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Imports `text` and shows the result as a new untitled map, or the importer's errors (with line
 * numbers) in place of the map. `name` is the file name, null for pasted text.
 */
export function showImportedOwm(name: string | null, text: string): boolean {
  const result = importOwm(text);
  const label = name ?? 'pasted text';
  if (!result.ok) {
    showErrors(label, result.errors);
    return false;
  }
  const parsed = parseMap(stringifyMap(result.map));
  if (!parsed.ok) {
    showErrors(label, parsed.errors);
    return false;
  }
  // Never saved, so dirty from the start: closing or opening another map asks first.
  const doc = { ...loaded(parsed.document, importedFileName(name, result.map.title), null), saved: null };
  useMapStore.setState({ doc, selection: { ids: new Set() }, gesture: IDLE });
  useImportReport.setState({ report: { source: label, warnings: result.warnings, origin: parsed.document } });
  return true;
}

/**
 * Whether `text` imports as OWM. When it does not, its errors (each with its line) are reported
 * over the map on screen, which stays as it was: a bad line never costs the map being drawn.
 */
export function owmImports(name: string | null, text: string): boolean {
  const result = importOwm(text);
  if (result.ok) return true;
  const origin = useMapStore.getState().doc.current;
  useImportReport.setState({
    report: { source: name ?? 'pasted text', warnings: result.errors, failed: true, origin },
  });
  return false;
}

function showErrors(label: string, errors: Diagnostic[]): void {
  useImportReport.setState({ report: null });
  useMapStore.setState({ doc: failedToLoad(label, errors), selection: { ids: new Set() }, gesture: IDLE });
}

/** Drops the report once a different map is loaded (a load starts a fresh history). */
export function clearReportOnOtherMap(): () => void {
  return useMapStore.subscribe((s) => {
    const report = useImportReport.getState().report;
    if (!report) return;
    const other = s.doc.current === null || (s.doc.past.length === 0 && s.doc.current !== report.origin);
    if (other) dismissImportReport();
  });
}
