/** A note's headings placed under the heading the post gives it. */

const HEADING = /^(#{1,6})(?=[ \t]|$)/gm;

/**
 * Shifts every heading down so the note's highest one lands on level `top`
 * (a talk under `## Title` gets `top` 3: its `#` becomes `###`, its `##`
 * `####`), capped at `######`. Relative to the note's own top level, so a note
 * that starts at `##` keeps its shape; a note already below `top` stays as is.
 * `text` has its code protected already, so `#` lines in code are not headings.
 */
export function placeHeadings(text: string, top: number): string {
  const levels = [...text.matchAll(HEADING)].map((m) => m[1].length);
  if (levels.length === 0) return text;
  const shift = top - Math.min(...levels);
  return shift <= 0 ? text : text.replace(HEADING, (h) => '#'.repeat(Math.min(6, h.length + shift)));
}
