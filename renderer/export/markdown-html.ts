// Markdown exports (the migration plan, the compliance report) previewed as they read on a code
// host: rendered with marked (GitHub-flavoured: tables, task lists), sanitized with DOMPurify since
// the text carries names typed into the map. Headings move down two levels to sit under the
// dialog's own heading, and task boxes read as ☐ (a disabled checkbox would be an unlabelled control).
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth }) {
      const level = Math.min(6, depth + 2);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    checkbox({ checked }) {
      return checked ? '☑ ' : '☐ ';
    },
  },
});

export function markdownHtml(text: string): string {
  return DOMPurify.sanitize(marked.parse(text, { async: false }));
}
