/** Inline Markdown as the words a reader sees: what a title taken from a heading should be. */
import MarkdownIt from 'markdown-it';

let parser: MarkdownIt | null = null;

/** `**Kafka** in [prod](u) with \`acks\`` → `Kafka in prod with acks`; wikilinks give their shown text. */
export function plainText(text: string): string {
  // Most headings are plain already: skip the parser for them.
  if (!/[[\]*_`~=<>\\!&]/.test(text)) return text.trim();
  const linked = text
    .replace(/!?\[\[([^\]|]*?)(?:\|([^\]]*))?\]\]/g, (_, target: string, alias: string | undefined) => alias ?? target.replace(/#\^?/g, ' › ').replace(/^ › /, ''))
    .replace(/==(?=\S)([^=\n]*?\S)==/g, '$1');
  parser ??= new MarkdownIt({ html: true });
  const words: string[] = [];
  const collect = (tokens: ReturnType<MarkdownIt['parseInline']>[number]['children']): void => {
    for (const t of tokens ?? []) {
      if (t.type === 'text' || t.type === 'code_inline') words.push(t.content);
      else if (t.type === 'softbreak' || t.type === 'hardbreak') words.push(' ');
      else if (t.type === 'image') collect(t.children);
    }
  };
  for (const block of parser.parseInline(linked, {})) collect(block.children);
  return words.join('').replace(/\s+/g, ' ').trim();
}
