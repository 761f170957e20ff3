/**
 * Writes front matter that reads back to exactly the values given, whatever
 * they hold (`: # " ' [[ ]] - null yes 2020-11-16`, Korean, NFD, newlines):
 * every string is double-quoted with JSON escapes, which YAML reads the same.
 * Lists are written in block style, as Obsidian's property editor does.
 */

export type PropertyValue = string | number | boolean | null | readonly string[];

const PLAIN_KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u;
const SPECIAL_KEY = /^(?:true|false|null|yes|no|on|off|~|[-+]?\d[\d._]*)$/i;

function key(name: string): string {
  return PLAIN_KEY.test(name) && !SPECIAL_KEY.test(name) && !name.endsWith(' ') ? name : JSON.stringify(name);
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  return String(value);
}

export function propertyLines(props: Readonly<Record<string, PropertyValue | undefined>>): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${key(name)}: []`);
      else lines.push(`${key(name)}:`, ...value.map((item: string) => `  - ${JSON.stringify(item)}`));
    } else lines.push(`${key(name)}: ${scalar(value as string | number | boolean | null)}`);
  }
  return lines;
}

/** A whole front-matter block, fences included, ending in a newline. */
export function frontMatter(props: Readonly<Record<string, PropertyValue | undefined>>): string {
  return `---\n${propertyLines(props).join('\n')}\n---\n`;
}
