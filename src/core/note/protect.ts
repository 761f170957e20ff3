/**
 * Keeps code and math out of every transformation: fenced blocks, inline
 * code and `$…$` / `$$…$$` math are swapped for placeholders and put back last.
 */

export interface Protected {
  text: string;
  restore(text: string): string;
}

// An unclosed fence runs to the end of the note (`(?![\s\S])`: `$` alone would stop at a line end).
// The fence is its whole run of backticks or tildes (the lookahead), so a long run cannot backtrack.
const FENCED = /^( {0,3})(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:\n {0,3}\2[`~]*[ \t]*(?=\n|$)|(?![\s\S]))/gm;
const MATH_BLOCK = /\$\$[\s\S]*?\$\$/g;
// A code span stays inside its paragraph: it never crosses a blank line or a line that starts another block.
const BLOCK_BREAK = /\n(?=[ \t]*(?:\n|$|[#>]|[-*+][ \t]|\d{1,9}[.)][ \t]|`{3}|~{3}))/g;
const INLINE_MATH = /(^|[^\\$\w])(\$(?=\S)[^$\n]*?\S\$)(?![\w$])/gm;

export function protect(text: string): Protected {
  const saved: string[] = [];
  // Private-use characters mark the places: they never occur in notes.
  const keep = (m: string): string => `\ue000${saved.push(m) - 1}\ue001`;
  const blocks = text.replace(FENCED, keep).replace(MATH_BLOCK, keep);
  const out = replaceCodeSpans(blocks, keep).replace(INLINE_MATH, (_, before: string, math: string) => before + keep(math));
  return {
    text: out,
    restore: (t) => {
      let prev = '';
      let cur = t;
      // Saved pieces may hold placeholders of earlier pieces (code inside math is not, but be safe).
      while (cur !== prev) {
        prev = cur;
        cur = cur.replace(/\ue000(\d+)\ue001/g, (_, i: string) => saved[Number(i)]);
      }
      return cur;
    },
  };
}

/**
 * Code spans as CommonMark finds them: a run of backticks closes at the next run
 * of the same length in its paragraph. A scanner rather than a regex, because a
 * backtracking pattern is quadratic on long runs of backticks.
 */
function replaceCodeSpans(text: string, keep: (m: string) => string): string {
  const breaks = [...text.matchAll(BLOCK_BREAK)].map((m) => m.index);
  const runs: { at: number; len: number; block: number }[] = [];
  let block = 0;
  for (const m of text.matchAll(/`+/g)) {
    while (block < breaks.length && breaks[block] < m.index) block++;
    runs.push({ at: m.index, len: m[0].length, block });
  }
  // Per length, the runs of that length in order; a cursor per length only moves forward, so the scan is linear.
  const byLength = new Map<number, number[]>();
  runs.forEach((r, i) => {
    const list = byLength.get(r.len);
    if (list) list.push(i);
    else byLength.set(r.len, [i]);
  });
  const cursor = new Map<number, number>();
  let out = '';
  let last = 0;
  for (let i = 0; i < runs.length; ) {
    const open = runs[i];
    const same = byLength.get(open.len) ?? [];
    let c = cursor.get(open.len) ?? 0;
    while (c < same.length && same[c] <= i) c++;
    cursor.set(open.len, c);
    const j = c < same.length && runs[same[c]].block === open.block ? same[c] : -1;
    if (j < 0) {
      i++;
      continue;
    }
    const end = runs[j].at + runs[j].len;
    out += text.slice(last, open.at) + keep(text.slice(open.at, end));
    last = end;
    i = j + 1;
  }
  return out + text.slice(last);
}
