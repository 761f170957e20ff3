/** `getAllTags` as Obsidian has it: front-matter `tags` / `tag` (list or text) and inline tags, each with `#`. */
import type { CachedMetadata } from 'obsidian';

export function getAllTags(cache: CachedMetadata): string[] | null {
  const out: string[] = [];
  const fm = cache.frontmatter;
  for (const key of ['tags', 'tag']) {
    const value: unknown = fm?.[key];
    const items: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
    for (const item of items) if (typeof item === 'string' && item.replace(/^#/, '') !== '') out.push(`#${item.replace(/^#/, '')}`);
  }
  for (const ref of cache.tags ?? []) out.push(ref.tag);
  return out.length ? out : null;
}
