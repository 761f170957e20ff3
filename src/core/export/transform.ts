/**
 * One note's Obsidian Markdown made portable: comments and private callouts
 * gone, callouts as titled blockquotes, embeds inlined (with a guard against
 * cycles) or copied as attachments, wikilinks as text or published links,
 * highlights as <mark>, block ids removed, footnotes renumbered for merging.
 * Code and math are never touched.
 */
import { splitFrontMatter } from '../front-matter-block';
import { attachmentName } from './names';
import type { ExportOptions, ExportSource } from './options';
import { protect } from './protect';

export interface Attachment {
  /** Vault path of the file. */
  from: string;
  /** Its name beside the post. */
  name: string;
}

/** State shared by every note of one post: attachments and footnote numbers. */
export class ExportState {
  readonly attachments = new Map<string, Attachment>();
  private footnoteCount = 0;
  private readonly footnotes = new Map<string, number>();

  attach(path: string, ascii: boolean): string {
    const known = this.attachments.get(path);
    if (known) return known.name;
    let name = attachmentName(path, ascii);
    const taken = new Set([...this.attachments.values()].map((a) => a.name));
    for (let n = 2; taken.has(name); n++) name = name.replace(/(-\d+)?(\.\w+)?$/, (_, __, ext: string | undefined) => `-${n}${ext ?? ''}`);
    this.attachments.set(path, { from: path, name });
    return name;
  }

  /** The post-wide number of footnote `label` of note `path`. */
  footnote(path: string, label: string): number {
    const key = `${path}\n${label}`;
    let n = this.footnotes.get(key);
    if (n === undefined) this.footnotes.set(key, (n = ++this.footnoteCount));
    return n;
  }
}

export interface TransformContext {
  source: ExportSource;
  options: ExportOptions;
  state: ExportState;
  /** How links to attachments are written: `name`, `slug/name`, `/assets/…/name`. */
  attachmentUrl(name: string): string;
  /** The URL of a published note, or null. */
  publishedUrl(path: string): string | null;
}

const IMAGE = /\.(png|jpe?g|gif|webp|svg|avif|bmp)$/i;
const EMBED = /!\[\[([^\]|#^]+)([#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const WIKILINK = /\[\[([^\]|#^]*)([#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const MD_IMAGE = /!\[([^\]]*)\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g;
const TAG = /(^|[\s(])#[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]*[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\\d/][^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]*[ \t]*/gu;

/** A note without its title heading: the post (or the talk, or the embed's place) says it already. */
export function withoutTitle(text: string): string {
  return splitFrontMatter(text).body.replace(/^(\s*)# [^\n]*\n?/, '$1');
}

export function transformNote(text: string, path: string, ctx: TransformContext, demote = 0, seen: ReadonlySet<string> = new Set()): string {
  const guard = new Set(seen).add(path);
  const body = splitFrontMatter(text).body.replace(/\r\n/g, '\n');
  const p = protect(body);
  let t = p.text.replace(/%%[\s\S]*?%%/g, '');
  t = callouts(t);
  t = t.replace(EMBED, (whole: string, target: string, _sub: string | undefined, size: string | undefined) => embed(target.trim(), size, path, ctx, demote, guard) ?? whole);
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

/** `> [!note] Title` blocks as `> **Title**`; `> [!private]` blocks removed whole. */
function callouts(text: string): string {
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

function embed(target: string, size: string | undefined, from: string, ctx: TransformContext, demote: number, seen: ReadonlySet<string>): string | null {
  const path = ctx.source.resolve(target, from);
  if (!path) return '';
  if (!path.toLowerCase().endsWith('.md')) {
    const url = ctx.attachmentUrl(ctx.state.attach(path, ctx.options.asciiNames));
    if (!IMAGE.test(path)) return `[${target}](${url})`;
    // The file name is the best alt text an embed has.
    const alt = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    const width = size && /^\d+(x\d+)?$/.test(size) ? size.split('x')[0] : undefined;
    return width ? `<img src="${url}" alt="${alt.replace(/"/g, '&quot;')}" width="${width}">` : `![${alt}](${url})`;
  }
  // A note embeds another: inline it, unless that would loop or leak a private note.
  if (seen.has(path) || seen.size > 8 || ctx.source.isPrivate(path)) return '';
  const text = ctx.source.read(path);
  return text === null ? '' : transformNote(withoutTitle(text), path, ctx, demote, seen);
}

function link(target: string, sub: string | undefined, alias: string | undefined, from: string, ctx: TransformContext): string {
  const name = target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const heading = sub?.startsWith('#') ? sub.slice(1) : undefined;
  const text = alias?.trim() || (heading && name ? `${name} › ${heading}` : heading || name);
  const path = target === '' ? null : ctx.source.resolve(target, from);
  const url = path && !ctx.source.isPrivate(path) ? ctx.publishedUrl(path) : null;
  return url ? `[${text}](${url})` : text;
}
