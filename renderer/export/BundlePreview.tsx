// A bundle's files grouped by folder, as they will land on disk, next to the selected file's text.
import { useMemo } from 'react';
import type { ExportPreview } from './export-preview.ts';
import { selectExportFile } from './export-store.ts';
import { fileNameOf, filesByFolder } from './file-groups.ts';

export function BundlePreview({ preview, selected }: { preview: ExportPreview; selected: string | null }) {
  const groups = useMemo(() => filesByFolder(preview.paths), [preview.paths]);
  const shown = selected !== null && selected in preview.files ? selected : (preview.paths[0] ?? null);
  return (
    <div className="bundle-preview">
      <nav className="export-files" aria-label="Files to write">
        {groups.map((g) => (
          <section key={g.folder} className="export-folder">
            <h3>{g.folder === '' ? './' : g.folder}</h3>
            <ul>
              {g.files.map((path) => (
                <li key={path}>
                  <button
                    type="button"
                    data-export-file={path}
                    aria-current={path === shown ? 'true' : undefined}
                    onClick={() => selectExportFile(path)}
                  >
                    {fileNameOf(path)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
      <FileText path={shown} text={shown === null ? '' : (preview.files[shown] ?? '')} />
    </div>
  );
}

export function FileText({ path, text }: { path: string | null; text: string }) {
  return (
    <figure className="export-file-text">
      <figcaption>{path}</figcaption>
      <pre aria-label={path === null ? 'File text' : `Text of ${path}`} tabIndex={0}>
        {text}
      </pre>
    </figure>
  );
}
