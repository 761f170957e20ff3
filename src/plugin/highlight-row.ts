/** Moves the highlight in a list of hits (wrapping at both ends) and returns the new position. */
export function highlightRow(list: HTMLElement, index: number, current: number): number {
  const rows = list.querySelectorAll('.conference-notes-hit');
  if (rows.length === 0) return current;
  const at = (index + rows.length) % rows.length;
  rows.forEach((row, j) => row.toggleClass('is-selected', j === at));
  return at;
}
