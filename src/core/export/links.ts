/** Wikilinks in an exported note: plain text, or a link where the target is published on the blog. */
import type { TransformContext } from './transform';

export function link(target: string, sub: string | undefined, alias: string | undefined, from: string, ctx: TransformContext): string {
  const name = target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const heading = sub?.startsWith('#') ? sub.slice(1) : undefined;
  const text = alias?.trim() || (heading && name ? `${name} › ${heading}` : heading || name);
  const path = target === '' ? null : ctx.source.resolve(target, from);
  const url = path && !ctx.source.isPrivate(path) ? ctx.publishedUrl(path) : null;
  return url ? `[${text}](${url})` : text;
}
