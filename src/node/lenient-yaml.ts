/**
 * The full YAML reader behind the fast path, as lenient as the readers real
 * notes were written for. Obsidian reads front matter with js-yaml, Jekyll with
 * Ruby's Psych (libyaml), many tools with PyYAML; the `yaml` package is
 * stricter than all three in two ways that real blog posts hit:
 *
 * - A quoted scalar or flow list whose continuation lines start in column 0
 *   (`title: "a long title` / `continued"`). The spec wants them indented past
 *   the key; js-yaml, Psych and PyYAML all read them, so we indent them and
 *   read again.
 * - A property written twice. Psych and PyYAML keep the last value; js-yaml,
 *   and so Obsidian, refuses the whole block. We keep the last value, as the
 *   blog engines do, and warn, since Obsidian will not show these properties.
 *
 * Everything all three refuse (`title: Kotlin: the good parts`, tabs as
 * indentation, `title: @handle`) stays an error. The `yaml` package's own
 * warnings (an unknown `!tag`) are returned, never printed, so the caller can
 * name the note they belong to.
 */
import { isScalar, parseAllDocuments, visit, type Document } from 'yaml';
import { messageOf } from './system-error';

/** `repeated`: top-level properties written more than once (the last value is kept). */
export type YamlResult = { value: Record<string, unknown>; warnings: string[]; repeated: string[] } | { error: string };

const OPTIONS = { schema: 'core', strict: false, uniqueKeys: false, prettyErrors: true, logLevel: 'silent' } as const;

export function parseYamlLeniently(yaml: string): YamlResult {
  const first = readYaml(yaml);
  if (!('error' in first)) return first;
  const indented = indentContinuations(yaml);
  if (indented === yaml) return first;
  const second = readYaml(indented);
  return 'error' in second ? first : second;
}

function readYaml(text: string): YamlResult {
  const docs = parseAllDocuments(text, OPTIONS);
  if (!Array.isArray(docs) || docs.length === 0) return { value: {}, warnings: [], repeated: [] };
  // Psych would read the first document only; js-yaml and PyYAML refuse, and so does Obsidian.
  if (docs.length > 1) return { error: 'text after the document end marker "..." (one block holds one document)' };
  const doc = docs[0];
  if (doc.errors.length > 0) return { error: firstLine(doc.errors[0].message) };
  const { repeated, topLevel } = repeatedKeys(doc);
  const warnings = [...repeated.map((key) => `property "${key}" is written twice: the last value is used (Obsidian ignores front matter with repeated properties)`), ...doc.warnings.map((w) => firstLine(w.message))];
  let value: unknown;
  try {
    // An alias bomb or an alias before its anchor fails here, not in the parse.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { error: firstLine(messageOf(e)) };
  }
  if (value === null || value === undefined) return { value: {}, warnings, repeated: topLevel };
  if (typeof value !== 'object' || Array.isArray(value)) return { error: 'it is not a list of properties' };
  return { value: value as Record<string, unknown>, warnings, repeated: topLevel };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:$/, '');
}

/** Keys written twice in any map, and those of the top-level map (privacy must know those). */
function repeatedKeys(doc: Document): { repeated: string[]; topLevel: string[] } {
  const repeated: string[] = [];
  const topLevel: string[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          repeated.push(key);
          if (map === doc.contents) topLevel.push(key);
        }
        seen.add(key);
      }
    },
  });
  return { repeated, topLevel };
}

/** Where a multi-line quoted scalar or flow collection opens after `key:` (or `- `). */
const OPENER = /^( *)(?:- +|[^\s#'"\-?:,[\]{}][^#]*?:[ \t]+)(?=["'[{])/;

/**
 * Indents the continuation lines of multi-line quoted scalars and flow
 * collections one column past the line that opened them. Leading white space
 * of such lines is folded away by YAML, so values are unchanged.
 */
export function indentContinuations(yaml: string): string {
  const lines = yaml.split('\n');
  let open: { indent: number; state: ScanState } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (open !== null) {
      const need = open.indent + 1;
      const has = line.length - line.trimStart().length;
      // `...` in column 0 ends the document for every reader; leave it to fail.
      if (has < need && line.trim() !== '' && !/^\.\.\.\s*$/.test(line)) lines[i] = ' '.repeat(need - has) + line.trimStart();
      open.state = scan(line, 0, open.state);
      if (closed(open.state)) open = null;
      continue;
    }
    const opener = OPENER.exec(line);
    if (!opener) continue;
    const state = scan(line, opener[0].length, { quote: null, depth: 0, started: false });
    if (!closed(state)) open = { indent: opener[1].length, state };
  }
  return lines.join('\n');
}

interface ScanState {
  quote: '"' | "'" | null;
  /** Depth of `[` and `{`. */
  depth: number;
  /** Whether the opened value has begun (before it, nothing is open). */
  started: boolean;
}

const closed = (s: ScanState): boolean => s.started && s.quote === null && s.depth === 0;

/** Follows quotes and brackets through one line from `from`; stops at a comment or when the value closes. */
function scan(line: string, from: number, state: ScanState): ScanState {
  let { quote, depth, started } = state;
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = null;
    } else if (quote === "'") {
      if (ch === "'" && line[i + 1] === "'") i++;
      else if (ch === "'") quote = null;
    } else if ((ch === '"' || ch === "'") && (i === from || /[\s[{,:]/.test(line[i - 1]))) {
      quote = ch;
      started = true;
    } else if (ch === '[' || ch === '{') {
      depth++;
      started = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]))) break;
    if (started && quote === null && depth <= 0) return { quote: null, depth: 0, started };
  }
  return { quote, depth, started };
}
