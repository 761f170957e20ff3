/**
 * A note split into its front-matter YAML (if the note starts with a `---`
 * block) and the rest. Every reader of note bodies uses this one splitter, so
 * what is cut off as YAML is exactly what is never shown: a byte-order mark
 * first, trailing blanks after a fence and CRLF (or CR) line ends all still
 * make a block.
 */

const BLOCK = /^---[ \t]*(?:\r\n|\r|\n)(?:([\s\S]*?)(?:\r\n|\r|\n))?---[ \t]*(?:\r\n|\r|\n|$)/;

export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const m = BLOCK.exec(t);
  return m ? { yaml: m[1] ?? '', body: t.slice(m[0].length) } : { yaml: null, body: t };
}
