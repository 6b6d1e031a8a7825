// Escaping of user text (map names, paths) for the Markdown and Mermaid renderings.

/** Backslash-escapes what would break a table or turn into a link, HTML or code. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\|[\]<>`*_]/g, (c) => `\\${c}`);
}

/** Inline code that survives any backquotes inside (a longer fence than the text holds). */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Mermaid quoted label: every character that could end the label or start markup as an entity code. */
export function escapeMermaid(text: string): string {
  return text.replace(/[^\p{L}\p{N} .,/()+-]/gu, (c) => `#${c.codePointAt(0)};`);
}

/** Gantt task and section names take no entity codes; keep only characters the syntax cannot misread. */
export function ganttText(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N} .,/()+'-]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'unnamed'
  );
}

/** Mermaid node ids: slugs with the hyphen (an edge token) replaced. */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/-/g, '_')}`;
}
