/**
 * What the text before the cursor asks to complete: a topic tag (`#추천`), a
 * speaker after the trigger (`@상현`), or an item of the `topics:` or
 * `speakers:` list in the front matter. Pure, so the editor suggester stays thin.
 */

export interface CompletionContext {
  kind: 'topic' | 'speaker';
  /** Where the typed text starts on the line (the `#` or trigger included). */
  start: number;
  query: string;
  /** Inside front matter: the value goes into a YAML list. */
  inFrontMatter: boolean;
}

export interface ContextSettings {
  topicsKey: string;
  speakersKey: string;
  speakerTrigger: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `lines` are the note's lines up to and including the cursor's line; `ch` is the cursor column. */
export function completionAt(lines: readonly string[], ch: number, o: ContextSettings): CompletionContext | null {
  const lineNo = lines.length - 1;
  const before = lines[lineNo].slice(0, ch);
  const key = frontMatterKey(lines);
  if (key !== undefined) {
    const kind = key === o.topicsKey ? 'topic' : key === o.speakersKey ? 'speaker' : null;
    if (kind === null) return null;
    // `  - partial`, `key: [a, partial` or `key: partial`, quotes and link brackets allowed.
    const m = /(^\s*-\s*|[[,]\s*|^[^:]+:\s*)("?(?:\[\[)?)([^",[\]]*)$/.exec(before);
    if (!m) return null;
    return { kind, start: before.length - m[2].length - m[3].length, query: m[3], inFrontMatter: true };
  }
  const tag = /(^|[\s(])#([^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]*)$/u.exec(before);
  if (tag) return { kind: 'topic', start: before.length - tag[2].length - 1, query: tag[2], inFrontMatter: false };
  const trigger = escape(o.speakerTrigger);
  const speaker = new RegExp(`(^|\\s)${trigger}([^\\s${trigger}]*)$`, 'u').exec(before);
  if (speaker) return { kind: 'speaker', start: before.length - speaker[2].length - o.speakerTrigger.length, query: speaker[2], inFrontMatter: false };
  return null;
}

/** The front-matter key whose value the last line belongs to, or undefined outside front matter. */
function frontMatterKey(lines: readonly string[]): string | undefined | null {
  if (lines[0]?.trim() !== '---' || lines.length < 2) return undefined;
  for (let i = 1; i < lines.length - 1; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return undefined;
  for (let i = lines.length - 1; i >= 1; i--) {
    const m = /^([^\s-][^:]*):/.exec(lines[i]);
    if (m) return m[1].trim();
    if (i < lines.length - 1 && !/^\s*-/.test(lines[i])) return null;
  }
  return null;
}

/** The text to put in place of the typed part. */
export function completionText(ctx: CompletionContext, value: { label: string; tag: string }, topicPrefix: string): string {
  if (ctx.inFrontMatter) return JSON.stringify(ctx.kind === 'speaker' ? `[[${value.label}]]` : value.label);
  if (ctx.kind === 'topic') return `#${topicPrefix}/${value.tag} `;
  return `[[${value.label}]] `;
}
