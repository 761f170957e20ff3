/**
 * The text the live capture commands put into a note, as editor changes:
 * a `- Q. ` line at the end of the questions section (the section made where
 * the templates put it when the note has none), and a takeaway callout.
 */
import { splitFrontMatter } from '../note/front-matter-block';
import { findSection, headings, QUESTION_HEADINGS, TAKEAWAY_HEADINGS } from '../note/sections';

export interface LineEdit {
  /** Lines are 0-based; `ch` counts UTF-16 units, as the editor does. */
  from: { line: number; ch: number };
  to: { line: number; ch: number };
  text: string;
  /** Where the cursor goes after the change. */
  cursor: { line: number; ch: number };
}

const QUESTION = '- Q. ';
/** A template's empty bullet (`- `) is where the first question goes. */
const EMPTY_ITEM = /^[-*+][ \t]*$/;

/** The sections a questions section comes before when it is made: takeaways, then sources. */
const LATER = [TAKEAWAY_HEADINGS, ['출처', '참고', '참고 자료', 'sources', 'references', 'links']];

/** `lines`: the note's lines, front matter included (never read as headings). */
export function questionEdit(lines: readonly string[], korean: boolean): LineEdit {
  const bodyStart = firstBodyLine(lines);
  const body = lines.slice(bodyStart);
  const at = (line: number): number => line + bodyStart;
  const section = findSection(body, QUESTION_HEADINGS);
  if (section) {
    let last = section.end - 1;
    while (last > section.heading && body[last].trim() === '') last--;
    if (last > section.heading && EMPTY_ITEM.test(body[last])) {
      const line = at(last);
      return { from: { line, ch: 0 }, to: { line, ch: lines[line].length }, text: QUESTION, cursor: { line, ch: QUESTION.length } };
    }
    const line = at(last);
    return { from: { line, ch: lines[line].length }, to: { line, ch: lines[line].length }, text: `\n${QUESTION}`, cursor: { line: line + 1, ch: QUESTION.length } };
  }
  const heading = `${'#'.repeat(siblingLevel(body))} ${korean ? '질문' : 'Questions'}`;
  const before = LATER.map((names) => findSection(body, names)).find((s) => s !== null);
  if (before) {
    // Made just above the later section, with a blank line after it.
    const line = at(before.heading);
    const text = `${heading}\n${QUESTION}\n\n`;
    return { from: { line, ch: 0 }, to: { line, ch: 0 }, text, cursor: { line: line + 1, ch: QUESTION.length } };
  }
  const lastLine = lines.length - 1;
  const end = lines[lastLine].length;
  const lead = lines[lastLine].trim() === '' ? (lastLine > 0 && lines[lastLine - 1].trim() !== '' ? '\n' : '') : '\n\n';
  const text = `${lead}${heading}\n${QUESTION}`;
  const added = text.split('\n').length - 1;
  return { from: { line: lastLine, ch: end }, to: { line: lastLine, ch: end }, text, cursor: { line: lastLine + added, ch: QUESTION.length } };
}

/** A takeaway callout at the cursor: in place of an empty line or bullet, else on lines of its own after the cursor's. */
export function takeawayEdit(line: string, cursor: { line: number; ch: number }): LineEdit {
  const head = '> [!takeaway]\n> ';
  if (/^[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*$/.test(line)) return { from: { line: cursor.line, ch: 0 }, to: { line: cursor.line, ch: line.length }, text: head, cursor: { line: cursor.line + 1, ch: 2 } };
  const end = { line: cursor.line, ch: line.length };
  return { from: end, to: end, text: `\n\n${head}`, cursor: { line: cursor.line + 3, ch: 2 } };
}

/** The level of the note's sections: that of its lowest-numbered heading after the title, `##` by default. */
function siblingLevel(body: readonly string[]): number {
  const levels = headings(body).map((h) => h.level).filter((l) => l > 1);
  return levels.length > 0 ? Math.min(...levels) : 2;
}

/** The first line after the front matter (0 without one), as the one splitter cuts it. */
function firstBodyLine(lines: readonly string[]): number {
  return lines.length - splitFrontMatter(lines.join('\n')).body.split('\n').length;
}
