/** Front matter as Obsidian finds it: a `---` first line, YAML, a closing `---` line. */
import { splitFrontMatter } from '../core/note/front-matter-block';
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

/**
 * The front-matter block of a note, or null when it has none. Cut by the
 * splitter every export uses, so what the index reads as properties is
 * exactly what a post leaves out. Only `---` closes a block, as in Obsidian
 * (Jekyll and Pandoc also take `...`); a `...` line inside the block is YAML's
 * document end, and is read.
 */
export function cutFrontmatter(text: string): FrontmatterBlock | null {
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) return null;
  const bodyOffset = text.length - body.length;
  const endOffset = text.lastIndexOf('---', bodyOffset - 1) + 3;
  // With its last line break, as YAML error positions have always counted it.
  return { yaml: yaml && `${yaml}\n`, endLine: countLines(text.slice(0, endOffset)), endOffset, bodyOffset };
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
  if (simple !== undefined) return { value: simple, warnings: [], repeated: [] };
  return parseYamlLeniently(yaml);
}
