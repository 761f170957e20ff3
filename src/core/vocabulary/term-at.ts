/** The tag or word around a cursor position in a line of text: what "Sessions on this topic" looks up. */

const TERM_CHAR = /[\p{L}\p{N}\p{M}_\-/.+#]/u;

export function termAt(line: string, ch: number): string {
  let start = Math.min(ch, line.length);
  let end = start;
  while (start > 0 && TERM_CHAR.test(line[start - 1])) start--;
  while (end < line.length && TERM_CHAR.test(line[end])) end++;
  // A tag's prefix (`#topic/`) and trailing dots are not part of the term.
  return line
    .slice(start, end)
    .replace(/^#+/, '')
    .replace(/[./]+$/, '');
}
