/** Front matter as Obsidian finds it: a `---` first line, YAML, a closing `---` line. */
import { parseYamlLeniently, type YamlResult } from './lenient-yaml';
import { parseSimpleYaml } from './simple-yaml';

export interface FrontmatterBlock {
  /** The YAML text between the fences. */
  yaml: string;
  /** Line of the closing fence (0-based). */
  endLine: number;
  /** Offset just past the closing fence. */
  endOffset: number;
  /** Offset just past the closing fence's line. */
  bodyOffset: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(\r?\n|$)/m;

/** The front-matter block of a note, or null when it has none. */
export function cutFrontmatter(text: string): FrontmatterBlock | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const endLine = 1 + countLines(yaml);
  const endOffset = open[0].length + close.index + 3;
  return { yaml, endLine, endOffset, bodyOffset: open[0].length + close.index + close[0].length };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The properties of a front-matter block: the fast path for the usual simple
 * shapes, else the lenient full reader (see lenient-yaml.ts for what it
 * accepts beyond the spec, and why). Dates and times stay strings, as Obsidian
 * reads them (YAML 1.2 core schema).
 */
export function parseFrontmatter(yaml: string): YamlResult {
  const simple = parseSimpleYaml(yaml);
  if (simple !== undefined) return { value: simple, warnings: [] };
  return parseYamlLeniently(yaml);
}
