// The Export dialog: what an export will write, before it is written. The preview comes from the
// same core functions as `mapwright export`, so the files listed are exactly the files the CLI writes.
import { useMemo } from 'react';
import type { MapwrightHost } from '../../core/host/contract.ts';
import type { Diagnostic, WardleyMap } from '../../core/model/types.ts';
import { Dialog } from '../panels/Dialog.tsx';
import { useMapStore } from '../store/store.ts';
import { BundlePreview, FileText } from './BundlePreview.tsx';
import { ExportOptions } from './ExportOptions.tsx';
import { MarkdownPreview } from './MarkdownPreview.tsx';
import { EXPORT_KINDS, exportPreview, type ExportPreview } from './export-preview.ts';
import { closeExport, setExportOptions, useExportDialog, type ExportDialogState } from './export-store.ts';
import { svgDataUrl } from './picture-bytes.ts';
import { PNG_SCALE, savePicturePng } from './picture-png.ts';
import { writePreview } from './write-export.ts';
import './export-import.css';

export function ExportDialog({ host }: { host: MapwrightHost }) {
  const open = useExportDialog((s) => s.open);
  return open ? <ExportDialogBody host={host} /> : null;
}

function ExportDialogBody({ host }: { host: MapwrightHost }) {
  const state = useExportDialog();
  const map = useMapStore((s) => s.doc.current?.map ?? null);
  const fileName = useMapStore((s) => s.doc.fileName);
  const loadErrors = useMapStore((s) => s.doc.loadErrors);
  const preview = usePreview(map, fileName, state);
  const label = EXPORT_KINDS.find((k) => k.kind === state.kind)?.label ?? state.kind;
  return (
    <Dialog onClose={closeExport} label={`Export ${label}`} className="export-dialog">
      <header>
        <h2>Export</h2>
        <div role="tablist" aria-label="Export format">
          {EXPORT_KINDS.map((k) => (
            <button
              key={k.kind}
              type="button"
              role="tab"
              aria-selected={k.kind === state.kind}
              onClick={() => setExportOptions({ kind: k.kind })}
            >
              {k.label}
            </button>
          ))}
        </div>
      </header>
      {map && preview ? (
        <>
          <ExportOptions map={map} state={state} />
          <Messages preview={preview} />
          <PreviewBody preview={preview} state={state} />
        </>
      ) : (
        <NothingToExport fileName={fileName} errors={loadErrors ?? []} />
      )}
      <footer>
        <Outcome state={state} />
        {preview && !preview.blocked && (
          <button
            type="button"
            className="primary"
            aria-busy={state.outcome.kind === 'writing'}
            onClick={() => void writePreview(host, preview)}
          >
            {preview.folder ? 'Write files…' : 'Save…'}
          </button>
        )}
        {preview && state.kind === 'svg' && (
          <button
            type="button"
            aria-busy={state.outcome.kind === 'writing'}
            title={`The same picture as PNG at ${PNG_SCALE}× its size`}
            onClick={() => void savePicturePng(host, preview)}
          >
            Save PNG…
          </button>
        )}
        <button type="button" onClick={closeExport}>
          Close
        </button>
      </footer>
    </Dialog>
  );
}

function usePreview(map: WardleyMap | null, fileName: string, state: ExportDialogState): ExportPreview | null {
  const { kind, env, ingress, phase, secrets, secretStore, planFormat, reportFormat, theme } = state;
  return useMemo(() => {
    if (!map) return null;
    return exportPreview(map, fileName, {
      kind,
      ingress,
      phase,
      secrets,
      secretStore,
      planFormat,
      reportFormat,
      theme,
      ...(env === null ? {} : { env }),
    });
  }, [map, fileName, kind, env, ingress, phase, secrets, secretStore, planFormat, reportFormat, theme]);
}

function Messages({ preview }: { preview: ExportPreview }) {
  if (preview.messages.length === 0) return null;
  return (
    <section
      className={`export-messages${preview.blocked ? ' blocked' : ''}`}
      role="alert"
      aria-label="Export messages"
      // A long list scrolls: keyboard users reach it with Tab.
      tabIndex={0}
    >
      {preview.blocked && <p>Nothing can be exported until these are fixed:</p>}
      <ul>
        {preview.messages.map((m, i) => (
          <li key={i} className={`finding finding-${m.severity}`}>
            <strong>{m.severity}</strong> {m.line === undefined ? '' : `line ${m.line}: `}
            {m.message} <span className="rule">({m.rule})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PreviewBody({ preview, state }: { preview: ExportPreview; state: ExportDialogState }) {
  if (preview.blocked) return null;
  if (preview.folder) {
    const n = preview.paths.length;
    return (
      <>
        <p className="export-count">
          {n} {n === 1 ? 'file' : 'files'} will be written into the folder you choose; nothing there is deleted.
        </p>
        <BundlePreview preview={preview} selected={state.selected} />
      </>
    );
  }
  const path = preview.paths[0] ?? null;
  const text = path === null ? '' : (preview.files[path] ?? '');
  if (state.kind === 'svg') {
    return (
      <figure className="export-picture">
        <img src={svgDataUrl(text)} alt={`Picture of the map (${path})`} />
        <figcaption>{path}</figcaption>
      </figure>
    );
  }
  if (
    (state.kind === 'plan' && state.planFormat === 'md') ||
    (state.kind === 'compliance' && state.reportFormat === 'md')
  )
    return <MarkdownPreview path={path} text={text} />;
  return <FileText path={path} text={text} />;
}

function NothingToExport({ fileName, errors }: { fileName: string; errors: Diagnostic[] }) {
  return (
    <section className="export-messages blocked" role="alert" aria-label="Export messages">
      <p>
        Nothing can be exported: {fileName} did not load as a map. Fix {errors.length === 1 ? 'this' : 'these'} in a
        text editor and open it again:
      </p>
      <ul>
        {errors.slice(0, 20).map((e, i) => (
          <li key={i} className="finding finding-error">
            line {e.line}:{e.column} {e.message} <span className="rule">({e.rule})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Outcome({ state }: { state: ExportDialogState }) {
  const { outcome } = state;
  if (outcome.kind === 'idle') return <span className="export-outcome" />;
  const text = outcome.kind === 'writing' ? 'Writing…' : outcome.message;
  return (
    <span className={`export-outcome ${outcome.kind}`} role="status">
      {text}
    </span>
  );
}
