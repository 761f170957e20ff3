/** Embeds in a note: images and files copied beside the post, notes inlined. */
import type { TransformContext } from './transform';
import { withoutTitle } from './without-title';

const IMAGE = /\.(png|jpe?g|gif|webp|svg|avif|bmp)$/i;

/**
 * `![[target]]` as Obsidian shows it: an image, a link to any other file, or the
 * embedded note inlined through `inline` (never a private note, never in a loop).
 */
export function embed(target: string, size: string | undefined, from: string, ctx: TransformContext, seen: ReadonlySet<string>, inline: (text: string, path: string) => string): string | null {
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
  return text === null ? '' : inline(withoutTitle(text), path);
}
