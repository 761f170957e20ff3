/** Values put into a post (names, titles, file names) shown as the text they are, never as markup. */

/** For Markdown text: `A & B <b>` and `*NSYNC` come out as written, in Markdown and in the HTML made from it. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** For an HTML attribute value in double quotes. */
export function htmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
