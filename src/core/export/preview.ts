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
