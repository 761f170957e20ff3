/**
 * A talk's takeaways as short lines of text for a summary: the items of its
 * takeaways section (`## 후기`, `## Takeaways`) and of its `> [!takeaway]`
 * callouts. Private parts are gone before anything is read, and embeds are
 * dropped (a summary line never brings another note in).
 */
import { findSection, TAKEAWAY_HEADINGS } from '../note/sections';
import { plainText } from '../text/plain-text';
import { withoutPrivateParts } from './private-parts';
import { withoutTitle } from './without-title';

const FENCE = /^[ \t>]*(`{3,}|~{3,})/;
const CALLOUT = /^[ \t]*((?:>[ \t]?)+)\[!takeaway\][-+]?[ \t]*(.*)$/i;
const MARKS = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[.\][ \t]+)?/;
const EMBED = /!\[\[[^\]\n]*\]\]|!\[[^\]\n]*\]\([^)\n]*\)/g;
const HEADING = /^#{1,6}[ \t]/;

/** `text`: the whole note, front matter included. */
export function takeaways(text: string): string[] {
  const lines = withoutPrivateParts(withoutTitle(text)).split('\n');
  const found: string[] = [];
  const add = (line: string): void => {
    const words = plainText(line.replace(EMBED, '').replace(MARKS, ''));
    if (words !== '' && !found.includes(words)) found.push(words);
  };
  const section = findSection(lines, TAKEAWAY_HEADINGS);
  if (section) {
    let inCode = false;
    for (const line of lines.slice(section.heading + 1, section.end)) {
      if (FENCE.test(line)) inCode = !inCode;
      else if (!inCode && !HEADING.test(line) && !CALLOUT.test(line)) add(line);
    }
  }
  let inCode = false;
  lines.forEach((line, i) => {
    if (FENCE.test(line) && !/^[ \t]*>/.test(line)) inCode = !inCode;
    const head = inCode ? null : CALLOUT.exec(line);
    if (!head) return;
    if (head[2].trim() !== '') add(head[2]);
    // The callout's body: the following lines quoted at least as deep.
    const depth = head[1].replace(/[ \t]/g, '').length;
    for (let j = i + 1; j < lines.length && (/^[ \t]*((?:>[ \t]?)+)/.exec(lines[j])?.[1].replace(/[ \t]/g, '').length ?? 0) >= depth; j++) {
      const rest = lines[j].replace(/^[ \t]*/, '').replace(new RegExp(`^(?:>[ \\t]?){${depth}}`), '');
      if (!FENCE.test(rest) && !/^\[!/.test(rest.trim())) add(rest);
    }
  });
  return found;
}
