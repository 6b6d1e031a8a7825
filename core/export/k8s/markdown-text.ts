// Map-supplied text inside the bundle README: escaped so a name cannot break a table or inject a link.

/** Escapes characters that would change Markdown structure inside a table cell or a line. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
