/**
 * Obsidian callouts made portable: a titled blockquote, or nothing at all for
 * `[!private]`. Block quotes are found by a CommonMark parser, not by
 * patterns, so a private callout goes wherever a block quote can be: indented,
 * in a list item, nested, in a footnote, with lazy continuation lines. It runs
 * on the raw note body, so code is whatever CommonMark says is code.
 */
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';

type Token = ReturnType<MarkdownIt['parse']>[number];

// Raw HTML off: a block quote inside an HTML block is still found, as some renderers would show it.
let parser: MarkdownIt | null = null;
const HEAD = /^\[!([^\]\n]+)\]/;
const HEAD_IN_LINE = /\[![^\]\n]+\][-+]?[ \t]*(.*)$/;
const PRIVATE = /^\s*private\s*(\|.*)?$/i;

/** The note without its `> [!private]` callouts, each removed whole, wherever CommonMark reads a block quote. */
export function withoutPrivateCallouts(text: string): string {
  if (!/\[![ \t]*private/i.test(text)) return text;
  const lines = text.split('\n');
  const tokens = parse(text);
  // Past the parser's nesting limit it stops reading: everything from the first private mark goes.
  if (tokens === null) return lines.slice(0, lines.findIndex((l) => /\[![ \t]*private/i.test(l))).join('\n');
  const drop = new Set<number>();
  tokens.forEach((open, i) => {
    const head = calloutHead(tokens, i);
    if (head && open.map && PRIVATE.test(head.type)) for (let line = open.map[0]; line < open.map[1]; line++) drop.add(line);
  });
  return lines.filter((_, i) => !drop.has(i)).join('\n');
}

// A Korean post reads Korean titles for the callouts notes use most; other types keep their name.
const KOREAN_TITLES: Record<string, string> = {
  note: '노트', abstract: '요약', summary: '요약', tldr: '요약', info: '정보', todo: '할 일', tip: '팁', hint: '힌트', important: '중요',
  success: '성공', check: '확인', done: '완료', question: '질문', help: '도움말', warning: '주의', caution: '주의', attention: '주의',
  failure: '실패', fail: '실패', missing: '누락', danger: '위험', error: '오류', bug: '버그', example: '예시', quote: '인용', cite: '인용',
  takeaway: '핵심 정리',
};

/** `> [!note] Title` heads as `> **Title**`, the default title being the type's name (in Korean for a Korean post). */
export function calloutTitles(text: string, language: 'ko' | 'en' | 'auto'): string {
  if (!text.includes('[!')) return text;
  const lines = text.split('\n');
  const tokens = parse(text) ?? [];
  tokens.forEach((_, i) => {
    const head = calloutHead(tokens, i);
    if (head) lines[head.line] = lines[head.line].replace(HEAD_IN_LINE, (__, rest: string) => `**${rest.trim() || defaultTitle(head.type.trim(), language)}**`);
  });
  return lines.join('\n');
}

/** Block tokens of `text`, or null when it nests deeper than the parser reads. */
function parse(text: string): Token[] | null {
  const md = (parser ??= new MarkdownIt({ html: false }).use(footnotes));
  const tokens = md.parse(text, {});
  // The typings leave out markdown-it's nesting limit (100 in its default preset).
  const limit = (md.options as { maxNesting?: number }).maxNesting ?? 100;
  return tokens.some((t) => t.level >= limit - 1) ? null : tokens;
}

/** The callout type and head line when token `i` opens a block quote whose first paragraph starts with `[!type]`. */
function calloutHead(tokens: Token[], i: number): { type: string; line: number } | null {
  const [open, para, inline] = [tokens[i], tokens[i + 1], tokens[i + 2]] as (Token | undefined)[];
  if (open?.type !== 'blockquote_open' || para?.type !== 'paragraph_open' || !para.map || inline === undefined) return null;
  const m = HEAD.exec(inline.content);
  return m ? { type: m[1], line: para.map[0] } : null;
}

function defaultTitle(type: string, language: 'ko' | 'en' | 'auto'): string {
  return (language === 'ko' ? KOREAN_TITLES[type.toLowerCase()] : undefined) ?? capitalized(type);
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
