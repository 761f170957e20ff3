/** Obsidian callouts made portable: a titled blockquote, or nothing at all for `[!private]`. */

/** `> [!note] Title` blocks as `> **Title**`; `> [!private]` blocks removed whole. */
export function callouts(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^((?:>\s*)+)\[!([\w-]+)\][-+]?[ \t]*(.*)$/.exec(lines[i]);
    if (!head) {
      out.push(lines[i]);
      continue;
    }
    const depth = (head[1].match(/>/g) ?? []).length;
    const inside = (line: string): boolean => ((/^(?:>\s*)+/.exec(line)?.[0] ?? '').match(/>/g) ?? []).length >= depth;
    if (head[2].toLowerCase() === 'private') {
      while (i + 1 < lines.length && inside(lines[i + 1])) i++;
      continue;
    }
    const title = head[3].trim() || head[2].charAt(0).toUpperCase() + head[2].slice(1).toLowerCase();
    out.push(`${head[1]}**${title}**`);
  }
  return out.join('\n');
}
