/**
 * One note's Obsidian Markdown made portable: comments and private callouts
 * gone, callouts as titled blockquotes, embeds inlined (each note part once per
 * post, cycles and runaway chains cut and reported) or copied as attachments,
 * wikilinks as text or published links, highlights as <mark>, block ids and
 * template leftovers removed, headings placed under the post's, footnotes
 * renumbered for merging. Code and math are never touched.
 */
import { linkStamps, type TalkVideo } from '../capture/video-links';
import { calloutTitles } from './callouts';
import { embed } from './embeds';
import type { ExportState } from './export-state';
import { placeHeadings } from './headings';
import { link } from './links';
import { markdownLinks } from './md-links';
import type { ExportOptions, ExportSource } from './options';
import { withoutPrivateParts } from './private-parts';
import { protect } from '../note/protect';
import { tidy, withoutLeftovers } from './tidy';

export interface TransformContext {
  source: ExportSource;
  options: ExportOptions;
  state: ExportState;
  /** How links to attachments are written: `name`, `slug/name`, `/assets/…/name`. */
  attachmentUrl(name: string): string;
  /** The URL of a published note, or null. */
  publishedUrl(path: string): string | null;
  /** A talk's recording, whose moments its stamps link to; none leaves the stamps as written. */
  video?(path: string): TalkVideo | undefined;
}

// A link never spans lines and its parts hold no `[`: without that, a long run of `[[[` is quadratic.
const EMBED = /!\[\[([^\][|#^\n]*)([#^][^\][|\n]*)?(?:\|([^\][\n]*))?\]\]/g;
const WIKILINK = /\[\[([^\][|#^\n]*)([#^][^\][|\n]*)?(?:\|([^\][\n]*))?\]\]/g;
// `(#…)` right after `]` is a Markdown link's fragment, not a tag.
const TAG = /(^|\s|(?<!\])\()#[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]*[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\\d/][^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]*[ \t]*/gu;

/**
 * `body` is a note without its front matter (see withoutTitle). `top` is the
 * highest heading level the note may use in the post; `stack` the notes (and
 * note parts) it is inside of, itself last.
 */
export function transformNote(body: string, path: string, ctx: TransformContext, top = 1, stack: readonly string[] = [path]): string {
  // Private callouts and comments go first, before any pass could carry them; callout heads become titles.
  const p = protect(calloutTitles(withoutPrivateParts(body), ctx.options.language));
  // What embeds bring is final already: kept out of the passes below, put back last.
  const inlined: string[] = [];
  const keep = (text: string): string => `\ue002${inlined.push(text) - 1}\ue003`;
  // Stamps become links once private parts are gone and code is set aside.
  let t = markdownLinks(linkStamps(p.text, ctx.video?.(path)), path, ctx);
  t = t.replace(EMBED, (whole: string, target: string, sub: string | undefined, size: string | undefined, at: number, all: string) => {
    if (target.trim() === '' && !sub) return whole;
    const e = embed({ target: target.trim(), sub, size }, path, ctx, stack, (inner, innerPath, innerStack) => transformNote(inner, innerPath, ctx, top, innerStack));
    return e.block ? placeBlock(e.text, all.slice(all.lastIndexOf('\n', at - 1) + 1, at), all.slice(at + whole.length).split('\n', 1)[0], keep) : keep(e.text);
  });
  t = t.replace(WIKILINK, (_: string, target: string, sub: string | undefined, alias: string | undefined) => link(target.trim(), sub, alias, path, ctx));
  t = t.replace(/==(?=\S)([^=\n]*?\S)==/g, '<mark>$1</mark>');
  // Bare URLs as autolinks, so every Markdown reader makes them links (markdownlint MD034).
  t = t.replace(/(^|[ \t])(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/gm, '$1<$2>');
  t = t.replace(/[ \t]+\^[A-Za-z0-9-]+[ \t]*$/gm, '').replace(/^\^[A-Za-z0-9-]+[ \t]*\n?/gm, '');
  if (ctx.options.tags === 'remove') t = t.replace(TAG, '$1').replace(/[ \t]+$/gm, '');
  t = t.replace(/\[\^([^\]\s]+)\]/g, (_, label: string) => `[^${ctx.state.footnote(path, label)}]`);
  t = placeHeadings(withoutLeftovers(t), top);
  const out = p.restore(tidy(t).replace(/\n{3,}/g, '\n\n'));
  return out.replace(/\ue002(\d+)\ue003/g, (_, i: string) => inlined[Number(i)]).trim();
}

/**
 * An inlined note where its embed stood: alone on a line (in a quote or a list
 * item too), its lines keep that place's prefix and it gets blank lines around
 * it as a block of its own; inside a sentence, it is put there as it is.
 */
function placeBlock(text: string, before: string, after: string, keep: (text: string) => string): string {
  if (text === '') return '';
  if (after.trim() !== '' || !/^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/.test(before)) return keep(text);
  const item = /(?:[-*+]|\d+[.)])[ \t]+$/.exec(before);
  const prefix = item ? before.slice(0, item.index) + ' '.repeat(item[0].length) : before;
  const lines = text.split('\n').map((l, i) => (i === 0 ? l : l === '' ? prefix.trimEnd() : prefix + l)).join('\n');
  return item ? keep(lines) : `\n${before}${keep(lines)}\n${before.trimEnd()}`;
}
