/**
 * Where the items of one front-matter list property sit in the note's text, so
 * that a rename rewrites those bytes and no others (never re-serializing YAML).
 * Handles `key: [a, "b", '[[c]]']`, `key: a, b`, `key: [[c]]` and block lists
 * (`key:` then `  - a` lines).
 */

/** One item: its span in the whole text and what it says, unquoted. */
export interface ItemSpan {
  start: number;
  end: number;
  value: string;
  quote: '"' | "'" | '';
  /** Block-list items: the span of the whole line with its line end, for dropping it. */
  line?: { start: number; end: number };
}

export interface ListSpan {
  /** `flow` items sit on the key's line, separated by commas; `block` items on `-` lines. */
  form: 'flow' | 'block';
  items: ItemSpan[];
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;

/**
 * Front matter's lines as [start, end-without-line-end, end] offsets into `text`
 * and where the body starts, or null without a block.
 */
export function frontMatterLines(text: string): { lines: [number, number, number][]; body: number } | null {
  const lines: [number, number, number][] = [];
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  LINE.lastIndex = at;
  const first = LINE.exec(text);
  if (!first || !/^---[ \t]*(\r\n|\r|\n)$/.test(first[0])) return null;
  at += first[0].length;
  while (at < text.length) {
    LINE.lastIndex = at;
    const m = LINE.exec(text);
    if (!m || m[0] === '') return null;
    const bare = m[0].replace(/(\r\n|\r|\n)$/, '');
    if (/^---[ \t]*$/.test(bare)) return { lines, body: at + m[0].length };
    lines.push([at, at + bare.length, at + m[0].length]);
    at += m[0].length;
  }
  return null;
}

function unquote(raw: string): { value: string; quote: ItemSpan['quote'] } {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    try {
      return { value: JSON.parse(raw) as string, quote: '"' };
    } catch {
      return { value: raw.slice(1, -1), quote: '"' };
    }
  }
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) return { value: raw.slice(1, -1).replace(/''/g, "'"), quote: "'" };
  return { value: raw, quote: '' };
}

/** Comma-separated items of `text` (offset `base`), commas inside quotes and `[[…]]` kept. */
function splitItems(text: string, base: number): ItemSpan[] {
  const items: ItemSpan[] = [];
  let start = 0;
  let quote = '';
  let depth = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') items.push({ start: base + start + lead, end: base + start + lead + trimmed.length, ...unquote(trimmed) });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if ((ch === '"' || ch === "'") && text.slice(start, i).trim() === '') quote = ch;
    else if (text.startsWith('[[', i)) {
      depth++;
      i++;
    } else if (text.startsWith(']]', i) && depth > 0) {
      depth--;
      i++;
    } else if (ch === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return items;
}

/** A trailing ` # comment` on a flow line is not part of the value. */
function withoutComment(value: string): string {
  const m = /\s#/.exec(value);
  return m ? value.slice(0, m.index) : value;
}

/** The items of property `key`, or null when the note has no such property (or a shape this does not edit). */
export function listItems(text: string, key: string): ListSpan | null {
  const lines = frontMatterLines(text)?.lines;
  if (!lines) return null;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const head = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:(?=\\s|$)`);
  const index = lines.findIndex(([s, e]) => head.test(text.slice(s, e)));
  if (index < 0) return null;
  const [s, e] = lines[index];
  const line = text.slice(s, e);
  const colon = head.exec(line)![0].length;
  const rest = withoutComment(line.slice(colon));
  const valueStart = s + colon + (rest.length - rest.trimStart().length);
  const value = rest.trim();
  if (value !== '') {
    // `[[x]]` alone or first is a link, not a flow list; `[a, b]` is a flow list on one line.
    if (value.startsWith('[') && (!value.startsWith('[[') || value.startsWith('[[['))) {
      if (!value.endsWith(']')) return null;
      return { form: 'flow', items: splitItems(value.slice(1, -1), valueStart + 1) };
    }
    return { form: 'flow', items: splitItems(value, valueStart) };
  }
  const items: ItemSpan[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const [ls, le, lend] = lines[i];
    const m = /^([ \t]*)-[ \t]+(.*)$/.exec(text.slice(ls, le));
    if (!m) {
      if (/^[ \t]*(#.*)?$/.test(text.slice(ls, le))) continue;
      break;
    }
    const raw = withoutComment(m[2]).trim();
    if (raw === '') continue;
    const at = ls + m[1].length + text.slice(ls + m[1].length, le).indexOf(raw, 1);
    items.push({ start: at, end: at + raw.length, ...unquote(raw), line: { start: ls, end: lend } });
  }
  return { form: 'block', items };
}
