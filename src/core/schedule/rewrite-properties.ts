/**
 * Sets some front-matter properties of a note's text and keeps every other
 * byte: each named key's lines (the key line and its indented or list lines)
 * are replaced by the writer's lines, a missing key is added at the end of the block.
 */
import { propertyLines, type PropertyValue } from '../note/front-matter-writer';

const FENCE = /^---[ \t]*(\r?\n)/;

function keyOf(line: string): string | undefined {
  const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:'"-][^:]*?)[ \t]*:(?:[ \t]|$)/.exec(line);
  if (!m) return undefined;
  const raw = m[1];
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return undefined;
    }
  }
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** The text with `changes` written; undefined when it has no front matter to write into. */
export function rewriteProperties(text: string, changes: Readonly<Record<string, PropertyValue>>): string | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = text.slice(bom.length);
  const open = FENCE.exec(rest);
  if (!open) return undefined;
  const eol = open[1];
  const lines = rest.slice(open[0].length).split(eol);
  const close = lines.findIndex((l) => /^---[ \t]*$/.test(l));
  if (close < 0) return undefined;
  const head = lines.slice(0, close);
  const written = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const key = keyOf(head[i]);
    if (key === undefined || !Object.prototype.hasOwnProperty.call(changes, key)) {
      out.push(head[i]);
      continue;
    }
    // A repeated key is written once, where it first stood.
    if (!written.has(key)) out.push(...propertyLines({ [key]: changes[key] }));
    written.add(key);
    // The key's value lines: indented, or a block list's `- ` items.
    while (i + 1 < head.length && /^(?:[ \t]|-[ \t]|-$)/.test(head[i + 1])) i++;
  }
  out.push(...propertyLines(Object.fromEntries(Object.entries(changes).filter(([k]) => !written.has(k)))));
  return bom + open[0] + [...out, ...lines.slice(close)].join(eol);
}
