/**
 * One note's Obsidian Markdown made portable: comments and private callouts
 * gone, callouts as titled blockquotes, embeds inlined (with a guard against
 * cycles) or copied as attachments, wikilinks as text or published links,
 * highlights as <mark>, block ids removed, footnotes renumbered for merging.
 * Code and math are never touched.
 */
import { splitFrontMatter } from '../front-matter-block';
import { callouts } from './callouts';
import { embed } from './embeds';
import type { ExportState } from './export-state';
import { link } from './links';
import type { ExportOptions, ExportSource } from './options';
import { protect } from './protect';

export interface TransformContext {
  source: ExportSource;
  options: ExportOptions;
  state: ExportState;
  /** How links to attachments are written: `name`, `slug/name`, `/assets/…/name`. */
  attachmentUrl(name: string): string;
  /** The URL of a published note, or null. */
  publishedUrl(path: string): string | null;
}

const EMBED = /!\[\[([^\]|#^]+)([#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const WIKILINK = /\[\[([^\]|#^]*)([#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const MD_IMAGE = /!\[([^\]]*)\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g;
const TAG = /(^|[\s(])#[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]*[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\\d/][^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]*[ \t]*/gu;

export function transformNote(text: string, path: string, ctx: TransformContext, demote = 0, seen: ReadonlySet<string> = new Set()): string {
  const guard = new Set(seen).add(path);
  const body = splitFrontMatter(text).body.replace(/\r\n/g, '\n');
  const p = protect(body);
  let t = p.text.replace(/%%[\s\S]*?%%/g, '');
  t = callouts(t);
  t = t.replace(EMBED, (whole: string, target: string, _sub: string | undefined, size: string | undefined) => embed(target.trim(), size, path, ctx, guard, (inner, innerPath) => transformNote(inner, innerPath, ctx, demote, guard)) ?? whole);
  t = t.replace(MD_IMAGE, (whole: string, alt: string, src: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return whole;
    const file = ctx.source.resolve(decodeURI(src), path);
    const text = alt || (file ?? src).slice((file ?? src).lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    return file ? `![${text}](${ctx.attachmentUrl(ctx.state.attach(file, ctx.options.asciiNames))})` : alt;
  });
  t = t.replace(WIKILINK, (_: string, target: string, sub: string | undefined, alias: string | undefined) => link(target.trim(), sub, alias, path, ctx));
  t = t.replace(/==(?=\S)([^=\n]*?\S)==/g, '<mark>$1</mark>');
  // Bare URLs as autolinks, so every Markdown reader makes them links (markdownlint MD034).
  t = t.replace(/(^|[ \t])(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/gm, '$1<$2>');
  t = t.replace(/[ \t]+\^[A-Za-z0-9-]+[ \t]*$/gm, '').replace(/^\^[A-Za-z0-9-]+[ \t]*\n?/gm, '');
  if (ctx.options.tags === 'remove') t = t.replace(TAG, '$1').replace(/[ \t]+$/gm, '');
  t = t.replace(/\[\^([^\]\s]+)\]/g, (_, label: string) => `[^${ctx.state.footnote(path, label)}]`);
  if (demote > 0) t = t.replace(/^(#{1,6})(?=[ \t])/gm, (h: string) => '#'.repeat(Math.min(6, h.length + demote)));
  return p.restore(tidy(t)).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Blank lines around headings and around lists, as CommonMark readers and
 * markdownlint expect; notes often write `## 메모` straight above a list.
 */
function tidy(text: string): string {
  const lines = text.split('\n');
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
