/** Reading front-matter values that may be strings, wikilinks, numbers or lists of them. */
import { nfc } from '../text/normalize';

/** One value: its text and, for `[[target|shown]]`, the link target. */
export interface Ref {
  text: string;
  target?: string;
}

const WIKILINK = /^\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]$/;

/** `[[a/b|c]]` → { text: 'c', target: 'a/b' }; plain text stays text. */
export function parseRef(raw: string): Ref | null {
  const text = nfc(raw).trim();
  if (text === '') return null;
  if (!text.startsWith('[[')) return { text };
  const link = WIKILINK.exec(text);
  if (!link) return { text };
  const target = link[1].trim().replace(/\.md$/i, '');
  if (target === '') return null;
  return { text: (link[2] ?? '').trim() || lastSegment(target), target };
}

export function lastSegment(target: string): string {
  return target.slice(target.lastIndexOf('/') + 1);
}

/**
 * Every reference in a value. Strings, numbers and lists are read; a plain
 * string may hold several comma-separated items when `splitCommas` is set.
 * YAML reads an unquoted `[[x]]` as a nested list, so nested lists are links.
 */
export function readRefs(value: unknown, splitCommas = false): Ref[] {
  const out: Ref[] = [];
  pushRefs(value, splitCommas, 0, out);
  return out;
}

function pushRefs(v: unknown, splitCommas: boolean, depth: number, out: Ref[]): void {
  if (Array.isArray(v)) {
    if (depth > 0 && v.length === 1 && typeof v[0] === 'string') {
      const ref = parseRef(`[[${v[0]}]]`);
      if (ref) out.push(ref);
      return;
    }
    for (const item of v) pushRefs(item, splitCommas, depth + 1, out);
  } else if (typeof v === 'string') {
    if (splitCommas && !v.includes('[[') && (v.includes(',') || v.includes('、'))) {
      for (const part of v.split(/[,、]/)) pushRefs(part, false, depth, out);
      return;
    }
    const ref = parseRef(v);
    if (ref) out.push(ref);
  } else if (typeof v === 'number' || typeof v === 'boolean') {
    out.push({ text: String(v) });
  }
}

/** The first reference of a value, or null. */
export function readRef(value: unknown): Ref | null {
  return readRefs(value)[0] ?? null;
}

/** A single text value (numbers read as text), or undefined. */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return nfc(value).trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

/** A number written as a number or as digits, or undefined. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function readBoolean(value: unknown): boolean {
  return value === true || value === 'true' || value === 'yes';
}

/**
 * `2019-08-30` as a real calendar date (no 2019-02-30), also when written with
 * a time as Jekyll's `date: 2019-08-30 10:00:00 +0900` or `2021-08-08T23:05`
 * (the time there is the post's, not the talk's, so only the day is kept).
 */
export function calendarDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\s*(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(text.trim());
  if (!m || (m[4] !== undefined && clockTime(m[4]) === undefined)) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** `9:30`, `13:00` or `13:00:15` as a real time of day (no 24:01, no 12:60), written `HH:MM`. */
export function clockTime(text: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}
