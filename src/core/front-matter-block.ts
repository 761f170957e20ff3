/** A note split into its front-matter YAML (if the note starts with a `---` block) and the rest. */

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const m = BLOCK.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length) } : { yaml: null, body: text };
}
