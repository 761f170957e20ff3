/**
 * The part of a note that `![[Note#Heading]]` or `![[Note#^id]]` shows, as
 * Obsidian does: a heading with everything under it up to the next heading of
 * the same or a higher level, or the one block (paragraph, list item with its
 * children, or the block above a lone `^id` line) that carries the id.
 */
import { plainText } from '../text/plain-text';
import { protect } from '../note/protect';

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const ITEM = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]/;

/** Heading text as links to it match it: plain, case and punctuation folded. */
function headingKey(text: string): string {
  return plainText(text)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The part of `body` that subpath `sub` (`#A`, `#A#B`, `#^id`) names, or null when the note has no such part. */
export function notePart(body: string, sub: string): string | null {
  const p = protect(body.replace(/\r\n?/g, '\n'));
  const lines = p.text.split('\n');
  const block = /^#\^([A-Za-z0-9-]+)$/.exec(sub.trim());
  const range = block ? blockRange(lines, block[1]) : sectionRange(lines, sub.split('#').filter((s) => s.trim() !== ''));
  return range ? p.restore(lines.slice(range[0], range[1]).join('\n')) : null;
}

/** Lines [from, to) of the section the heading path names; each heading is looked for after the one before it. */
function sectionRange(lines: string[], path: string[]): [number, number] | null {
  if (path.length === 0) return null;
  let at = -1;
  let level = 0;
  for (const name of path) {
    const key = headingKey(name);
    const found = lines.findIndex((l, i) => {
      const h = i > at ? HEADING.exec(l) : null;
      return h !== null && headingKey(h[2]) === key;
    });
    if (found < 0) return null;
    at = found;
    level = HEADING.exec(lines[found])?.[1].length ?? 0;
  }
  let end = at + 1;
  while (end < lines.length && !((HEADING.exec(lines[end])?.[1].length ?? 7) <= level)) end++;
  return [at, end];
}

/** Lines [from, to) of the block carrying `^id`. */
function blockRange(lines: string[], id: string): [number, number] | null {
  const marked = new RegExp(`(^|[ \\t])\\^${id}[ \\t]*$`);
  const at = lines.findIndex((l) => marked.test(l));
  if (at < 0) return null;
  const blank = (i: number): boolean => lines[i].trim() === '';
  if (/^\^/.test(lines[at].trim())) {
    // A lone `^id` line names the block just above it (a table, a quote, a list).
    let start = at;
    while (start > 0 && !blank(start - 1)) start--;
    return start < at ? [start, at] : null;
  }
  const item = ITEM.exec(lines[at]);
  if (item) {
    // A list item with what is indented under it.
    const indent = item[1].length;
    let end = at + 1;
    while (end < lines.length && !blank(end) && lines[end].length - lines[end].trimStart().length > indent) end++;
    return [at, end];
  }
  let start = at;
  while (start > 0 && !blank(start - 1) && !HEADING.test(lines[start - 1])) start--;
  let end = at + 1;
  while (end < lines.length && !blank(end) && !HEADING.test(lines[end])) end++;
  return [start, end];
}
