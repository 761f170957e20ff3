/** Embeds in a note: images and files copied beside the post, notes (or a section or block of one) inlined. */
import { splitFrontMatter } from '../note/front-matter-block';
import { htmlAttribute, markdownText } from './escape';
import { notePart } from './note-part';
import { withoutPrivateParts } from './private-parts';
import type { TransformContext } from './transform';
import { withoutTitle } from './without-title';

const IMAGE = /\.(png|jpe?g|gif|webp|svg|avif|bmp)$/i;

/** How deep embeds may nest, as a guard against runaway chains (Obsidian stops too). */
const MAX_EMBED_DEPTH = 10;

interface EmbedTarget {
  /** The link target, empty for the note itself (`![[#Heading]]`). */
  target: string;
  /** `#Heading`, `#A#B` or `#^id`, if any. */
  sub: string | undefined;
  /** `300` or `300x200` after the `|`, if any. */
  size: string | undefined;
}

/** An embed made portable: inline text (an image, a link) or a block of Markdown (an inlined note). */
interface Embedded {
  text: string;
  block: boolean;
}

/**
 * `![[target]]` as Obsidian shows it: an image, a link to any other file, or
 * the embedded note (or its section or block) inlined through `inline`.
 * Never a private note; each note part is expanded once per post and reused;
 * cycles and chains deeper than MAX_EMBED_DEPTH are cut and reported.
 */
export function embed(e: EmbedTarget, from: string, ctx: TransformContext, stack: readonly string[], inline: (body: string, path: string, stack: readonly string[]) => string): Embedded {
  const path = e.target === '' ? from : ctx.source.resolve(e.target, from);
  const shown = `${e.target}${e.sub ?? ''}`;
  if (!path) {
    ctx.state.problem(from, `embedded file not found: ${shown}`);
    return { text: '', block: false };
  }
  if (!path.toLowerCase().endsWith('.md')) return { text: fileEmbed(path, e, ctx), block: false };
  if (ctx.source.isPrivate(path)) return { text: '', block: true };
  const key = `${path}${e.sub ?? ''}`;
  if (stack.includes(key)) {
    ctx.state.problem(from, `embed cycle cut: ${[...stack, key].join(' → ')}`);
    return { text: '', block: true };
  }
  if (stack.length > MAX_EMBED_DEPTH) {
    ctx.state.problem(from, `embeds nested deeper than ${MAX_EMBED_DEPTH} levels; ${shown} left out`);
    return { text: '', block: true };
  }
  const text = ctx.state.expand(key, () => {
    const note = ctx.source.read(path);
    if (note === null) {
      ctx.state.problem(from, `embedded note cannot be read: ${shown}`);
      return '';
    }
    const body = e.sub ? notePart(withoutPrivateParts(splitFrontMatter(note).body), e.sub) : withoutTitle(note);
    if (body === null) {
      ctx.state.problem(from, `no ${e.sub?.startsWith('#^') ? 'block' : 'heading'} "${e.sub?.replace(/^#\^?/, '')}" in ${path}`);
      return '';
    }
    return inline(body, path, [...stack, key]);
  });
  return { text, block: true };
}

/** An image as an image (sized as `|300` says), any other file as a link; both copied beside the post. */
function fileEmbed(path: string, e: EmbedTarget, ctx: TransformContext): string {
  const url = ctx.attachmentUrl(ctx.state.attach(path, ctx.options.asciiNames));
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!IMAGE.test(path)) return `[${markdownText(name)}](${url})`;
  // The file name is the best alt text an embed has.
  const alt = name.replace(/\.[^.]+$/, '');
  const width = e.size && /^\d+(x\d+)?$/.test(e.size) ? e.size.split('x')[0] : undefined;
  return width ? `<img src="${url}" alt="${htmlAttribute(alt)}" width="${width}">` : `![${markdownText(alt)}](${url})`;
}
