/**
 * A fast path for the front matter most notes have: one `key: value` per line,
 * values that are plain or double-quoted scalars, flow lists `[a, "b"]` or
 * block lists of such scalars. It returns undefined for anything else, and the
 * caller falls back to the full YAML parser. Results equal the `yaml` package's
 * under the YAML 1.2 core schema (a differential test holds it to that).
 */
import { own } from './own-string';

const KEY_TEXT = /^[A-Za-z0-9_\u00c0-\uffff][A-Za-z0-9_ \-\u00c0-\uffff]*$/;
const ITEM = /^( *)- +(.*)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Characters that make a plain scalar something other than plain text. */
const UNSAFE_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`\s]|[\t]|: |:$| #|\s$/;
const UNSAFE_IN_FLOW = /[,[\]{}:]/;

export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (line === '' || /^[ \t]*$/.test(line)) continue;
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    const after = line.charCodeAt(colon + 1);
    if (colon <= 0 || !(Number.isNaN(after) || after === 32) || !KEY_TEXT.test(key)) return undefined;
    // Keys must read as plain text: `null:` or `12:` would become other keys.
    if (key.endsWith(' ') || key in out || key === '__proto__' || plain(key) !== key) return undefined;
    const raw = trimBlanks(line.slice(colon + 1));
    if (raw === '') {
      const items: unknown[] = [];
      let indent: number | undefined;
      while (i + 1 < lines.length) {
        const next = ITEM.exec(lines[i + 1].endsWith('\r') ? lines[i + 1].slice(0, -1) : lines[i + 1]);
        if (!next || (indent !== undefined && next[1].length !== indent)) break;
        indent = next[1].length;
        const value = scalar(next[2], false);
        if (value === INVALID) return undefined;
        items.push(value);
        i++;
      }
      if (i + 1 < lines.length && /^\s/.test(lines[i + 1]) && !/^[ \t\r]*$/.test(lines[i + 1])) return undefined;
      out[key] = items.length > 0 ? items : null;
      continue;
    }
    const value = raw.startsWith('[') ? flowList(raw) : scalar(raw, false);
    if (value === INVALID) return undefined;
    out[key] = value;
  }
  return out;
}

const INVALID = Symbol('invalid');

function flowList(raw: string): unknown[] | typeof INVALID {
  if (!raw.endsWith(']')) return INVALID;
  const inner = trimBlanks(raw.slice(1, -1));
  if (inner === '') return [];
  const items: unknown[] = [];
  // Split on commas outside double quotes.
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\' && quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if ((ch === ',' || i === inner.length) && !quoted) {
      const part = trimBlanks(inner.slice(start, i));
      if (part === '') return INVALID;
      const value = scalar(part, true);
      if (value === INVALID) return INVALID;
      items.push(value);
      start = i + 1;
    }
  }
  return quoted ? INVALID : items;
}

function scalar(raw: string, inFlow: boolean): unknown {
  const text = trimBlanks(raw);
  if (text.charCodeAt(0) === 34) return doubleQuoted(text);
  if (text === '' || UNSAFE_PLAIN.test(text) || (inFlow && UNSAFE_IN_FLOW.test(text))) return INVALID;
  const value = plain(text);
  return typeof value === 'string' ? own(value) : value;
}

/** YAML strips spaces and tabs around a scalar, not other white space such as U+00A0. */
function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** A double-quoted scalar whose escapes JSON reads the same way YAML does. */
function doubleQuoted(text: string): string | typeof INVALID {
  // Raw control characters (a tab, say) are YAML's business, not JSON's.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 32) return INVALID;
  const inner = text.slice(1, -1);
  if (text.length >= 2 && text.endsWith('"') && !inner.includes('"') && !inner.includes('\\')) return own(inner);
  if (!/^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/.test(text)) return INVALID;
  return JSON.parse(text) as string;
}

/** Plain scalar resolution of the YAML 1.2 core schema; only a few first letters can start a non-string. */
function plain(text: string): unknown {
  const first = text[0];
  if ((first >= '0' && first <= '9') || first === '+' || first === '-' || first === '.') {
    if (INT.test(text)) {
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : INVALID;
    }
    if (FLOAT.test(text) || /^0[xo]/.test(text) || /^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(text)) return INVALID;
    return text;
  }
  if (first === '~' || first === 'n' || first === 'N') return /^(~|null|Null|NULL)$/.test(text) ? null : text;
  if (first === 't' || first === 'T') return /^(true|True|TRUE)$/.test(text) ? true : text;
  if (first === 'f' || first === 'F') return /^(false|False|FALSE)$/.test(text) ? false : text;
  return text;
}
