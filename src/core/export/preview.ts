/**
 * The post as its readers will see it, for the export preview: what only the
 * blog engine reads is taken out (Jekyll's `{% raw %}` wrapping, see
 * `liquidSafe`, and kramdown's `{#id}` heading anchors). The saved post keeps them.
 */

/** Undoes `liquidSafe` and drops heading ids; text without them is returned unchanged. */
export function previewText(post: string): string {
  return post
    .replace(/\{% endraw %\}\{\{ '\{%' \}\}(-?\s*endraw\s*-?%\})\{% raw %\}/g, '{%$1')
    .replace(/^\{% raw %\}\n/m, '')
    .replace(/\{% endraw %\}\n?$/, '')
    .replace(/^(#{1,6} .*?)\s*\{#[\w-]+\}[ \t]*$/gm, '$1');
}

/**
 * The post's image links that point where the export will copy a vault file
 * (`images`: link as written in the post → URL the app can show), swapped so
 * the preview shows the images before anything is saved.
 */
export function withPreviewImages(text: string, images: ReadonlyMap<string, string>): string {
  if (images.size === 0) return text;
  return text.replace(/(\]\(|src=")([^)"\s]+)/g, (whole, lead: string, url: string) => {
    const shown = images.get(url);
    return shown === undefined ? whole : `${lead}${shown}`;
  });
}
