/**
 * The neutral programme every schedule format is read into: one conference and
 * its talks, times already in the conference's local wall-clock time.
 */

export type ScheduleFormat = 'frab-json' | 'frab-xml' | 'sessionize' | 'ical' | 'csv';

export const SCHEDULE_FORMATS: readonly ScheduleFormat[] = ['frab-json', 'frab-xml', 'sessionize', 'ical', 'csv'];

export interface Conference {
  title?: string;
  /** Short name, used as the series when the title has none (`FOSS4G`). */
  acronym?: string;
  series?: string;
  edition?: string;
  /** YYYY-MM-DD, local. */
  start?: string;
  end?: string;
  /** IANA zone name: `Asia/Seoul`. */
  timeZone?: string;
  venue?: string;
  url?: string;
}

export interface Talk {
  /** The source's stable id; empty when the source has none (then matched by title and slot). */
  uid: string;
  title: string;
  subtitle?: string;
  /** 1-based day of the programme, when the source says or the date allows. */
  day?: number;
  /** YYYY-MM-DD, HH:MM, HH:MM in the conference's local time. */
  date?: string;
  start?: string;
  end?: string;
  track?: string;
  speakers: string[];
  org?: string;
  /** Tracks, tags and categories as written; mapped through the vocabulary later. */
  topics: string[];
  /** `talk`, `break`, `lunch`, … as the source calls it. */
  type?: string;
  abstract?: string;
  url?: string;
  slides?: string;
  video?: string;
  language?: string;
}

export interface Programme {
  format: ScheduleFormat;
  conference: Conference;
  talks: Talk[];
}

/** A file that cannot be read as the format it claims or was forced to: one line for the user. */
export class ScheduleError extends Error {}

/** Trimmed text, or undefined for anything empty or not text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** Distinct non-empty strings in first-seen order. */
export function distinct(values: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v !== undefined && v.trim() !== '' && !out.includes(v.trim())) out.push(v.trim());
  return out;
}
