/**
 * Moves the highlight in a list of hits (wrapping at both ends), keeps it in
 * view as Obsidian's own suggesters do, and returns the new position.
 */
export function highlightRow(list: HTMLElement, index: number, current: number, reveal = true): number {
  const rows = list.querySelectorAll('.conference-notes-hit');
  if (rows.length === 0) return current;
  const at = (index + rows.length) % rows.length;
  rows.forEach((row, j) => {
    row.toggleClass('is-selected', j === at);
    row.setAttr('aria-selected', String(j === at));
  });
  // Only the list scrolls ('nearest'): a row already in view stays where it is.
  if (reveal) rows[at].scrollIntoView({ block: 'nearest' });
  return at;
}
