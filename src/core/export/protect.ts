/**
 * Keeps code and math out of every transformation: fenced blocks, inline
 * code and `$…$` / `$$…$$` math are swapped for placeholders and put back last.
 */

export interface Protected {
  text: string;
  restore(text: string): string;
}

// An unclosed fence runs to the end of the note (`(?![\s\S])`: `$` alone would stop at a line end).
const FENCED = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\2[`~]*[ \t]*(?=\n|$)|(?![\s\S]))/gm;
const MATH_BLOCK = /\$\$[\s\S]*?\$\$/g;
// A code span stays inside its paragraph: it never crosses a blank line or a line that starts another block.
const INLINE_CODE = /(`+)(?:(?!\1)(?:[^\n]|\n(?![ \t]*(?:\n|$|[#>]|[-*+][ \t]|\d{1,9}[.)][ \t]|`{3}|~{3}))))*?\1/g;
const INLINE_MATH = /(^|[^\\$\w])(\$(?=\S)[^$\n]*?\S\$)(?![\w$])/gm;

export function protect(text: string): Protected {
  const saved: string[] = [];
  // Private-use characters mark the places: they never occur in notes.
  const keep = (m: string): string => `\ue000${saved.push(m) - 1}\ue001`;
  const out = text
    .replace(FENCED, keep)
    .replace(MATH_BLOCK, keep)
    .replace(INLINE_CODE, keep)
    .replace(INLINE_MATH, (_, before: string, math: string) => before + keep(math));
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
