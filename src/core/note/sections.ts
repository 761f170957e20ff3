/**
 * A note's named sections (`## 질문`, `## Takeaways`, `## 후기 (Takeaways)`):
 * found by their heading's words, never inside fenced code, each running to
 * the next heading of the same or a higher level.
 */

export interface Section {
  /** Line of the heading. */
  heading: number;
  level: number;
  /** Line after the section's last line (the next such heading, or the line count). */
  end: number;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Every heading outside fenced code: line, level and text. */
export function headings(lines: readonly string[]): { line: number; level: number; text: string }[] {
  const found: { line: number; level: number; text: string }[] = [];
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = HEADING.exec(line);
    if (h) found.push({ line: i, level: h[1].length, text: h[2] });
  });
  return found;
}

/** Whether a heading names one of `names`: `질문`, `Q&A`, `질문 (Q&A)`, `후기 / Takeaways`, any case. */
function headingNames(text: string, names: readonly string[]): boolean {
  const parts = text.split(/[()/·|,]/).map((p) => p.trim().toLowerCase().replace(/\s+/g, ' '));
  return parts.some((p) => names.includes(p));
}

/** The first section whose heading names one of `names`, or null. */
export function findSection(lines: readonly string[], names: readonly string[]): Section | null {
  const all = headings(lines);
  const at = all.findIndex((h) => headingNames(h.text, names));
  if (at < 0) return null;
  const { line, level } = all[at];
  const next = all.slice(at + 1).find((h) => h.level <= level);
  return { heading: line, level, end: next?.line ?? lines.length };
}

/** Heading words of a questions section, lower case. */
export const QUESTION_HEADINGS: readonly string[] = ['질문', '질의응답', 'questions', 'question', 'q&a', 'q & a', 'qna'];
/** Heading words of a takeaways section, lower case. */
export const TAKEAWAY_HEADINGS: readonly string[] = ['후기', '소감', '느낀 점', '배운 점', 'takeaways', 'takeaway', 'key takeaways'];
