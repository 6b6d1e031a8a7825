// A comment holding a lone CR, U+2028 or U+2029 made `fmt` grow: yaml keeps those characters in
// the comment's text (they are not line breaks to its lexer) but writes the comment with a
// multiline regular expression, whose `^` also matches after them, so every run added a `#`.
// Turning each into a real line break keeps every character of the comment and is stable; lines
// left empty are dropped (yaml writes an empty comment line as a blank line, which reads back
// differently). A comment of breaks alone settles to a bare `#` (yaml holds that as " "), however
// many breaks it had: reading a file turns one CR LF into LF, so the count can change between
// saves while the comment must not.
import { isNode, visit, type Document } from 'yaml';

const ODD_BREAK = /[\r\u2028\u2029]/;
const ANY_BREAK = /\r\n?|[\u2028\u2029]|\n/;

interface Commented {
  commentBefore?: string | null;
  comment?: string | null;
}

function settled(comment: string): string {
  if (!ODD_BREAK.test(comment)) return comment;
  const lines = comment.split(ANY_BREAK).filter((line) => line.trim() !== '');
  return lines.length > 0 ? lines.join('\n') : ' ';
}

function settle(holder: Commented): void {
  if (typeof holder.commentBefore === 'string') holder.commentBefore = settled(holder.commentBefore);
  if (typeof holder.comment === 'string') holder.comment = settled(holder.comment);
}

/** Rewrites CR, CRLF, U+2028 and U+2029 inside every comment of `doc` as `\n`. */
export function settleCommentBreaks(doc: Document): void {
  settle(doc);
  visit(doc, (_key, node) => {
    if (isNode(node)) settle(node);
  });
}
