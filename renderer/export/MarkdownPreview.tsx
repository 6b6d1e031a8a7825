// A Markdown export shown rendered, with its text one click away.
import { useMemo } from 'react';
import { FileText } from './BundlePreview.tsx';
import { markdownHtml } from './markdown-html.ts';

export function MarkdownPreview({ path, text }: { path: string | null; text: string }) {
  const html = useMemo(() => markdownHtml(text), [text]);
  return (
    <div className="export-markdown-preview">
      <article
        className="export-markdown"
        aria-label={`Preview of ${path ?? 'the file'}`}
        tabIndex={0}
        // Sanitized by DOMPurify in markdownHtml.
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <details>
        <summary>Markdown text</summary>
        <FileText path={path} text={text} />
      </details>
    </div>
  );
}
