/**
 * Builds a note's metadata from its text the way Obsidian's metadata cache
 * does: front matter, headings, tags (letters of any script, digits, `_ - /`,
 * not only digits), wikilinks, Markdown links and embeds; nothing inside code
 * blocks, inline code, math blocks or `%%` comments.
 */
import type { HeadingRef, LinkRef, NoteMeta, Pos, TagRef } from '../core/note/note-meta';
import { cutFrontmatter, parseFrontmatter } from './frontmatter';
import { own } from './own-string';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = /[#[`~$%]/g;
const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** A tag's name after `#`: anything but white space and these punctuation marks. */
const TAG_NAME = /[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]+/uy;
const TAG_BEFORE = /[\s(]/u;
const WIKILINK = /(!?)\[\[([^\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[([^\]\n]*)\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function extractMeta(note: string): NoteMeta {
  // Obsidian decodes files with a BOM-stripping decoder, so its offsets and its front matter never see one.
  const text = note.charCodeAt(0) === 0xfeff ? note.slice(1) : note;
  const block = cutFrontmatter(text);
  const meta = frontMatterOf(block);
  const line = block ? block.endLine + 1 : 0;
  const offset = block ? block.bodyOffset : 0;
  return scanBody(text, meta, line, offset);
}

/** Only the front matter's part of the metadata (all that privacy and `publish` read), without scanning the body. */
export function extractFrontMatterMeta(note: string): NoteMeta {
  return frontMatterOf(cutFrontmatter(note.charCodeAt(0) === 0xfeff ? note.slice(1) : note));
}

function frontMatterOf(block: ReturnType<typeof cutFrontmatter>): NoteMeta {
  const meta: NoteMeta = {};
  if (!block) return meta;
  const parsed = parseFrontmatter(block.yaml);
  if ('error' in parsed) meta.frontmatterError = parsed.error;
  else meta.frontmatter = parsed.value;
  if ('warnings' in parsed && parsed.warnings.length > 0) meta.frontmatterWarnings = parsed.warnings;
  if ('repeated' in parsed && parsed.repeated.length > 0) meta.frontmatterRepeated = parsed.repeated;
  meta.frontmatterPosition = span(0, 0, 0, block.endLine, 3, block.endOffset);
  return meta;
}

/** Headings, tags, links and embeds of the body, which starts at `line` / `offset`. */
function scanBody(text: string, meta: NoteMeta, line: number, offset: number): NoteMeta {
  const headings: HeadingRef[] = [];
  const tags: TagRef[] = [];
  const links: LinkRef[] = [];
  const embeds: LinkRef[] = [];
  let fence: string | null = null;
  let inMath = false;
  let inComment = false;
  // Only lines holding a marker can open or close a block or carry a heading, tag or link,
  // so the scan jumps from marker to marker and never looks at plain lines.
  MARKER.lastIndex = offset;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    for (let nl = text.indexOf('\n', offset); nl !== -1 && nl < m.index; nl = text.indexOf('\n', offset)) {
      line++;
      offset = nl + 1;
    }
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const lineText = text.slice(offset, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    const here = { line, offset };
    line++;
    offset = end + 1;
    MARKER.lastIndex = offset;
    const first = lineText.charCodeAt(0);
    const mayFence = first === 96 || first === 126 || first === 32;
    if (fence !== null) {
      if (mayFence && lineText.trim().startsWith(fence) && lineText.trim().replace(/[`~]/g, '') === '') fence = null;
      continue;
    }
    const open = mayFence && !inComment && !inMath ? FENCE.exec(lineText) : null;
    if (open) {
      fence = open[1];
      continue;
    }
    if (!inComment && lineText.includes('$$') && lineText.trim() === '$$') {
      inMath = !inMath;
      continue;
    }
    if (inMath) continue;
    let scan = lineText;
    if (inComment || scan.includes('%%')) {
      const visible = hideComments(scan, inComment);
      inComment = visible.open;
      scan = visible.text;
    }
    // A heading keeps its inline code (`# Kafka with \`acks\``), as Obsidian's cache does; tags and links do not see code.
    const heading = first === 35 ? HEADING.exec(scan) : null;
    if (heading && heading[2] !== '') headings.push({ heading: own(heading[2]), level: heading[1].length, position: at(here, 0, lineText.length) });
    if (scan.includes('`')) scan = hideInlineCode(scan);
    if (scan.includes('#')) collectTags(scan.includes('](') ? hideLinkTargets(scan) : scan, here, tags);
    if (scan.includes('[')) collectLinks(scan, lineText, here, links, embeds);
  }
  if (headings.length) meta.headings = headings;
  if (tags.length) meta.tags = tags;
  if (links.length) meta.links = links;
  if (embeds.length) meta.embeds = embeds;
  return meta;
}

function collectTags(scan: string, here: { line: number; offset: number }, tags: TagRef[]): void {
  for (let hash = scan.indexOf('#'); hash !== -1; hash = scan.indexOf('#', hash + 1)) {
    if (hash > 0 && !TAG_BEFORE.test(scan[hash - 1])) continue;
    TAG_NAME.lastIndex = hash + 1;
    const name = TAG_NAME.exec(scan)?.[0];
    if (name === undefined || /^[\d/]*$/u.test(name)) continue;
    tags.push({ tag: own(`#${name}`), position: at(here, hash, hash + name.length + 1) });
  }
}

function collectLinks(scan: string, lineText: string, here: { line: number; offset: number }, links: LinkRef[], embeds: LinkRef[]): void {
  const wikilinks = scan.includes('[[') ? scan.matchAll(WIKILINK) : [];
  for (const m of wikilinks) {
    const col = m.index ?? 0;
    const original = lineText.slice(col, col + m[0].length);
    const [target, display] = splitOnce(m[2], '|');
    const ref: LinkRef = { link: own(target.trim()), original: own(original), position: at(here, col, col + m[0].length) };
    if (display !== undefined) ref.displayText = own(display);
    (m[1] ? embeds : links).push(ref);
  }
  const mdlinks = scan.includes('](') ? scan.matchAll(MDLINK) : [];
  for (const m of mdlinks) {
    if (SCHEME.test(m[3])) continue;
    const col = m.index ?? 0;
    const ref: LinkRef = { link: own(safeDecode(m[3])), original: own(m[0]), displayText: own(m[2]), position: at(here, col, col + m[0].length) };
    (m[1] ? embeds : links).push(ref);
  }
}

/** Blanks `%%…%%` spans (which may run across lines) so nothing in them is read. */
function hideComments(line: string, open: boolean): { text: string; open: boolean } {
  let out = '';
  let inside = open;
  let i = 0;
  while (i < line.length) {
    const next = line.indexOf('%%', i);
    const end = next === -1 ? line.length : next;
    out += inside ? ' '.repeat(end - i) : line.slice(i, end);
    if (next === -1) break;
    out += '  ';
    inside = !inside;
    i = next + 2;
  }
  return { text: out, open: inside };
}

/** Blanks the targets of Markdown links, keeping columns: `[text](#fragment)` links to a heading, it is no tag. */
function hideLinkTargets(line: string): string {
  return line.replace(MDLINK, (m: string, bang: string, label: string) => `${bang}[${label}]${' '.repeat(m.length - bang.length - label.length - 2)}`);
}

/** Blanks inline code spans, keeping columns. */
function hideInlineCode(line: string): string {
  return line.replace(/(`+)([^`]|(?!\1)`)*?\1/g, (m) => ' '.repeat(m.length));
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const i = text.indexOf(sep);
  return i === -1 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function at(here: { line: number; offset: number }, from: number, to: number): Pos {
  return span(here.line, from, here.offset + from, here.line, to, here.offset + to);
}

function span(line: number, col: number, offset: number, endLine: number, endCol: number, endOffset: number): Pos {
  return { start: { line, col, offset }, end: { line: endLine, col: endCol, offset: endOffset } };
}
