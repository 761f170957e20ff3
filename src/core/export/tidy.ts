/** Line-level clean-up of an exported note: leftovers of templates gone, blank lines where Markdown readers want them. */

/**
 * Template leftovers: unvisited `{{cursor}}` / `{{cursor:N}}` stops, the
 * empty list items they leave, and empty parts of a `>` metadata line
 * (`>  · if(kakao) 2019 · ` when the speakers were never filled in).
 */
export function withoutLeftovers(text: string): string {
  return text
    .replace(/[ \t]*\{\{cursor(?::\d+)?\}\}/g, '')
    .split('\n')
    .filter((line) => !/^[ \t]*[-*+][ \t]*$/.test(line))
    .map((line) => {
      const quote = /^((?:[ \t]*>)+[ \t]?)(.*·.*)$/.exec(line);
      if (!quote) return line;
      const parts = quote[2].split('·').map((p) => p.trim());
      if (parts.every((p) => p !== '')) return line;
      const kept = parts.filter((p) => p !== '');
      return kept.length > 0 ? `${quote[1]}${kept.join(' · ')}` : null;
    })
    .filter((line): line is string => line !== null)
    .join('\n');
}

/**
 * Blank lines around headings and around lists, as CommonMark readers and
 * markdownlint expect; notes often write `## 메모` straight above a list.
 * Empty quote lines lose their trailing blanks, and none is left at the end.
 */
export function tidy(text: string): string {
  const lines = text
    .replace(/^([ \t]*>[ \t>]*?)[ \t]+$/gm, '$1')
    .replace(/(\n[ \t]*>[ \t>]*)+$/, '')
    .split('\n');
  const out: string[] = [];
  const isHeading = (l: string): boolean => /^#{1,6}[ \t]/.test(l);
  const isItem = (l: string): boolean => /^\s*([-*+]|\d+[.)])[ \t]/.test(l);
  const inList = (l: string): boolean => isItem(l) || /^\s+\S/.test(l);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = out.length > 0 ? out[out.length - 1] : '';
    const startsBlock = isHeading(line) || (isItem(line) && !inList(prev));
    if (startsBlock && prev.trim() !== '') out.push('');
    out.push(line);
    const next = lines[i + 1];
    if (next !== undefined && next.trim() !== '' && (isHeading(line) || (inList(line) && !inList(next)))) out.push('');
  }
  return out.join('\n');
}
