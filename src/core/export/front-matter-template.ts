/**
 * A post's front matter from a YAML template with placeholders (`{{title}}`,
 * `{{tags}}`, `{{note.image}}` …), read and written by the `yaml` library.
 * A placeholder standing alone as a plain value keeps its type (a list stays a
 * list, a boolean a boolean); quoted, or inside other text, it is text. Keys
 * whose value ends up empty are dropped, nested ones too.
 */
import { ExportError } from './compose';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';

/** The values placeholders name; `note` holds the session's (else the event's) properties. */
export interface TemplateValues {
  title: string;
  date: string;
  today: string;
  tags: string[];
  topics: string[];
  event: string;
  series: string[];
  speakers: string[];
  description: string;
  slug: string;
  lang: string;
  note: Record<string, unknown>;
}

const PLACEHOLDERS = ['title', 'date', 'today', 'tags', 'topics', 'event', 'series', 'speakers', 'description', 'slug', 'lang'] as const;

/** A template that cannot be used: the message is one line, for settings, the preview and the CLI. */
export class TemplateError extends ExportError {}

/** A `{{name}}` placeholder, in templates and path patterns alike. */
export const PLACEHOLDER_TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;
// Placeholders become private-use marks before parsing: `{{tags}}` alone would read as a YAML flow map.
const MARK = /\uE000(\d+)\uE001/g;
const ALONE = /^\uE000(\d+)\uE001$/;

/** Whether `name` (between the braces) is a placeholder: a known one, or `note.` and a property name. */
export function isPlaceholder(name: string): boolean {
  return (PLACEHOLDERS as readonly string[]).includes(name) || /^note\.[^\s.][^]*$/.test(name);
}

/** The placeholders of `template`, in order; throws TemplateError for an unknown one. */
function placeholders(template: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = template.replace(PLACEHOLDER_TOKEN, (_, name: string) => {
    if (!isPlaceholder(name)) {
      throw new TemplateError(`unknown placeholder {{${name}}} (known: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')} {{note.KEY}})`);
    }
    return `\uE000${names.push(name) - 1}\uE001`;
  });
  return { text, names };
}

/** The template read as YAML, placeholders marked; throws TemplateError when it is not a YAML mapping. */
function readTemplate(template: string): { doc: Document; names: string[] } {
  const { text, names } = placeholders(template);
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new TemplateError(`front matter template is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}: ${error.message.split('\n')[0].replace(MARK, (_, i: string) => `{{${names[Number(i)]}}}`)}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) throw new TemplateError('front matter template must be a YAML mapping (key: value lines)');
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && String(pair.key.value).includes('\uE000')) throw new TemplateError('placeholders go in values, not in keys');
    },
  });
  return { doc, names };
}

/** Null when `template` can be used, else the one-line reason. */
export function templateProblem(template: string): string | null {
  try {
    readTemplate(template);
    return null;
  } catch (e) {
    if (e instanceof TemplateError) return e.message;
    throw e;
  }
}

/** A placeholder's value as text, as paths and running text take it. */
export function placeholderText(name: string, values: TemplateValues): string {
  return asText(valueOf(name, values));
}

function valueOf(name: string, values: TemplateValues): unknown {
  if (name.startsWith('note.')) return values.note[name.slice(5)];
  return values[name as (typeof PLACEHOLDERS)[number]];
}

/** A value put inside text: a list as `a, b`, nothing as nothing. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asText).filter((v) => v !== '').join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

function isEmpty(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return node.value === null || node.value === undefined || node.value === '';
  if (isSeq(node) || isMap(node)) return node.items.length === 0;
  return false;
}

/**
 * The front matter, fences included, ending in a newline; empty when nothing is
 * left. Every string is written double-quoted with JSON escapes (as the plugin's
 * other front matter is), lists in block style unless the template wrote them `[a, b]`.
 */
export function renderFrontMatter(template: string, values: TemplateValues): string {
  if (template.trim() === '') return '';
  const { doc, names } = readTemplate(template);
  const lists = new Set<unknown>();
  const filled = (v: unknown): Node => {
    const node = doc.createNode(v) as Node;
    if (isSeq(node)) lists.add(node);
    return node;
  };
  visit(doc, {
    Scalar(_, node: Scalar) {
      if (typeof node.value !== 'string' || !node.value.includes('\uE000')) return undefined;
      const alone = ALONE.exec(node.value);
      if (alone && node.type === 'PLAIN') return filled(valueOf(names[Number(alone[1])], values) ?? null);
      node.value = node.value.replace(MARK, (_m, i: string) => asText(valueOf(names[Number(i)], values)));
      return undefined;
    },
  });
  // A list placeholder written as one item of a list (`[{{series}}, talks]`) adds its items there.
  visit(doc, {
    Seq(_, seq) {
      seq.items = seq.items.flatMap((item) => (lists.has(item) && isSeq(item) ? item.items : [item]));
    },
  });
  dropEmpty(doc.contents);
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value === 'string' && key !== 'key') node.type = 'QUOTE_DOUBLE';
    },
  });
  if (doc.contents === null || isEmpty(doc.contents)) return '';
  const yaml = doc.toString({ doubleQuotedAsJSON: true, lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
  return `---\n${yaml}---\n`;
}

/** Removes empty values from maps and lists, innermost first, so a map left empty goes too. */
function dropEmpty(node: unknown): void {
  if (isMap(node)) {
    for (const pair of node.items) dropEmpty(pair.value);
    node.items = node.items.filter((p) => isPair(p) && !isEmpty(p.value));
  } else if (isSeq(node)) {
    for (const item of node.items) dropEmpty(item);
    node.items = node.items.filter((i) => !isEmpty(i));
  }
}
