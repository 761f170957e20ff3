/** Fills a template's placeholders; the first cursor stop becomes the caret, later ones stay for "Jump to next cursor stop". */
import { formatMoment } from './date-tokens';

export interface TemplateValues {
  title: string;
  /** Event id, written as a link. */
  event?: string;
  speakers: readonly string[];
  topics: readonly string[];
  time?: string;
  /** The talk's date (YYYY-MM-DD); today when unknown. */
  date?: string;
  now: Date;
}

export interface Rendered {
  text: string;
  /** Offset of the first cursor stop, if the template has one. */
  cursor: number | null;
}

const PLACEHOLDER = /\{\{(\w+)(?::([^}]*))?\}\}/g;
export const CURSOR_STOP = /\{\{cursor(?::(\d+))?\}\}/g;

function dateOf(values: TemplateValues): Date {
  if (values.date === undefined) return values.now;
  const [y, m, d] = values.date.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function renderTemplate(body: string, values: TemplateValues): Rendered {
  const links = (names: readonly string[]): string => names.map((n) => `[[${n}]]`).join(', ');
  const filled = body.replace(PLACEHOLDER, (whole: string, name: string, arg: string | undefined) => {
    switch (name) {
      case 'title':
        return values.title.replace(/\s*\n\s*/g, ' ');
      case 'event':
        return values.event === undefined ? '' : `[[${values.event}]]`;
      case 'speakers':
        return links(values.speakers);
      case 'topics':
        return values.topics.join(', ');
      case 'time':
        return values.time ?? '';
      case 'date':
        // `{{date:}}` is `{{date}}`, as the Templates plugin falls back to its default format.
        return arg === undefined || arg.trim() === '' ? values.date ?? formatMoment(values.now, 'YYYY-MM-DD') : formatMoment(dateOf(values), arg);
      default:
        // {{cursor}} and anything unknown stay as they are.
        return whole;
    }
  });
  return takeFirstStop(filled);
}

/** Removes the lowest-numbered cursor stop (`{{cursor}}` counts as 1) and returns where it was. */
export function takeFirstStop(text: string): Rendered {
  let best: { at: number; length: number; n: number } | null = null;
  for (const m of text.matchAll(CURSOR_STOP)) {
    const n = m[1] === undefined ? 1 : Number(m[1]);
    if (!best || n < best.n) best = { at: m.index ?? 0, length: m[0].length, n };
  }
  if (!best) return { text, cursor: null };
  return { text: text.slice(0, best.at) + text.slice(best.at + best.length), cursor: best.at };
}
