/**
 * setIcon as Obsidian does it: the element's content becomes one `svg.svg-icon`
 * named for the icon. A few icons the plugin shows are drawn so that screenshots
 * read right; the others are a plain circle.
 */
const PATHS: Record<string, string> = {
  // Obsidian's collapse triangle points down; `.is-collapsed` rotates it to point right.
  'right-triangle': 'M3 8 L12 17 L21 8',
  'chevron-left': 'M15 18 L9 12 L15 6',
  'chevron-right': 'M9 18 L15 12 L9 6',
  check: 'M20 6 L9 17 L4 12',
  x: 'M18 6 L6 18 M6 6 L18 18',
};

// Parsed once per icon and cloned, as Obsidian keeps its icons ready rather than parsing per call.
const parsed = new Map<string, Element>();

export function setIcon(parent: HTMLElement, icon: string): void {
  parent.empty();
  let svg = parsed.get(icon);
  if (!svg) {
    const cls = `svg-icon ${icon === 'right-triangle' ? 'right-triangle' : `lucide-${icon}`}`;
    const markup = `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" viewBox="0 0 24 24"><path d="${PATHS[icon] ?? 'M12 3 a9 9 0 1 0 0.01 0'}"/></svg>`;
    svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    parsed.set(icon, svg);
  }
  parent.appendChild(parent.ownerDocument.importNode(svg, true));
}
