/** Front matter as Obsidian finds it: a `---` first line, YAML, a closing `---` line. */
import { parse } from 'yaml';
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

export type YamlResult = { value: Record<string, unknown> } | { error: string };

/** YAML 1.2 core schema, as Obsidian reads it: dates and times stay strings. */
export function parseFrontmatter(yaml: string): YamlResult {
  const simple = parseSimpleYaml(yaml);
  if (simple !== undefined) return { value: simple };
  let value: unknown;
  try {
    value = parse(yaml, { schema: 'core', prettyErrors: true, maxAliasCount: 100 }) as unknown;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { error: message.split('\n')[0].replace(/:$/, '') };
  }
  if (value === null || value === undefined) return { value: {} };
  if (typeof value !== 'object' || Array.isArray(value)) return { error: 'it is not a list of properties' };
  return { value: value as Record<string, unknown> };
}
