/**
 * Markdown links and images, and HTML `<img src>`, in an exported note. Files
 * beside the note (images, PDFs) are copied as attachments and linked there;
 * a link to a note becomes text (or its published URL), an image of a note
 * becomes a note embed, so the embed rules (privacy, cycles) decide what shows;
 * a note's bytes are never copied. URLs with a scheme are left alone.
 */
import { htmlAttribute } from './escape';
import { link } from './links';
import type { TransformContext } from './transform';

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const NOTE = /\.md$/i;
// `[text](dest "title")`: text with one level of nested brackets, dest in <…> or bare with balanced parentheses.
const MD_LINK = /(?<![[\\])(!?)\[(?!\[)((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\([ \t]*(<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)/g;
// Bounded, so that a stray `<img` with an unclosed quote cannot make the scan quadratic.
const IMG = /<img\b(?:[^>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,2000}>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
// Characters a wikilink target cannot hold.
const NOT_IN_WIKILINK = /[[\]|#^]/;

/** Every Markdown link and image and every `<img>` of `text` (code already protected), from note `from`. */
export function markdownLinks(text: string, from: string, ctx: TransformContext): string {
  return text.replace(MD_LINK, (whole: string, bang: string, label: string, dest: string) => markdownLink(whole, bang === '!', label, dest, from, ctx)).replace(IMG, (tag) => imageTag(tag, from, ctx));
}

function markdownLink(whole: string, image: boolean, label: string, dest: string, from: string, ctx: TransformContext): string {
  const target = unescape(dest.startsWith('<') ? dest.slice(1, -1) : dest).trim();
  // A link's text may hold an image (`[![logo](logo.png)](https://…)`).
  const text = image ? label : markdownLinks(label, from, ctx);
  const kept = (): string => whole.replace(`[${label}]`, () => `[${text}]`);
  if (target === '' || target.startsWith('#') || SCHEME.test(target)) return kept();
  const [, pathPart, fragment] = /^([^?#]*)(?:\?[^#]*)?(#.*)?$/.exec(target) ?? ['', target, undefined];
  const path = percentDecoded(pathPart);
  const file = resolveFile(path, from, ctx);
  const fallback = image ? label : text;
  if (file === null) return NOTE.test(path) || image ? fallback : kept();
  if (NOTE.test(file)) {
    const sub = fragment === undefined ? undefined : percentDecoded(fragment);
    if (!image) return link(file, sub, text.trim() || undefined, from, ctx);
    // An image of a note is an embed: the embed pass takes it from here.
    return NOT_IN_WIKILINK.test(file) || (sub !== undefined && /[[\]|]/.test(sub)) ? fallback : `![[${file}${sub ?? ''}]]`;
  }
  const url = ctx.attachmentUrl(ctx.state.attach(file, ctx.options.asciiNames)) + (fragment ?? '');
  const alt = label.trim() || file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return image ? `![${alt}](${url})` : `[${text}](${url})`;
}

/** `<img src>` pointing beside the note: the file copied, the attribute rewritten (escaped); an image of a note goes. */
function imageTag(tag: string, from: string, ctx: TransformContext): string {
  const inside = tag.slice(4);
  for (const m of inside.matchAll(ATTRIBUTE)) {
    if (m[1].toLowerCase() !== 'src' || m[2] === undefined || m.index === undefined) continue;
    const value = entitiesDecoded(/^["']/.test(m[2]) ? m[2].slice(1, -1) : m[2]).trim();
    if (value === '' || SCHEME.test(value)) return tag;
    const path = percentDecoded(value.replace(/[?#].*$/, ''));
    const file = resolveFile(path, from, ctx);
    if (file === null) return NOTE.test(path) ? '' : tag;
    if (NOTE.test(file)) return '';
    const url = ctx.attachmentUrl(ctx.state.attach(file, ctx.options.asciiNames));
    return `<img${inside.slice(0, m.index)}src="${htmlAttribute(url)}"${inside.slice(m.index + m[0].length)}`;
  }
  return tag;
}

/** A relative path from a note, as a vault path: beside the note first, then as Obsidian resolves link text. */
function resolveFile(path: string, from: string, ctx: TransformContext): string | null {
  if (path === '') return null;
  const folder = path.startsWith('/') ? '' : from.slice(0, from.lastIndexOf('/') + 1);
  const beside = normalized(folder + path);
  return (beside === null ? null : ctx.source.resolve(beside, from)) ?? ctx.source.resolve(path, from);
}

/** `a/./b/../c` as `a/c`; null when it climbs above the vault. */
function normalized(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** CommonMark backslash escapes and character references in a link destination. */
function unescape(text: string): string {
  return entitiesDecoded(text.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function entitiesDecoded(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(\w+));/gi, (whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}
