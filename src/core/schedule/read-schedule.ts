/** A schedule file's text to a programme: the format detected from the content (or forced), days and dates filled in. */
import { dayNumber } from './local-time';
import { parseCsv } from './parse-csv';
import { parseFrabJson } from './parse-frab-json';
import { parseFrabXml } from './parse-frab-xml';
import { parseIcal } from './parse-ical';
import { parseSessionize } from './parse-sessionize';
import { ScheduleError, type Programme, type ScheduleFormat } from './programme';

export interface ReadOptions {
  format?: ScheduleFormat;
  /** The zone for times the file does not place in one (the file's own zone wins). */
  fallbackZone?: string;
}

function json(source: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch (e) {
    throw new ScheduleError(`not readable as JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The format by the content alone; undefined when nothing fits. */
export function detectFormat(source: string): ScheduleFormat | undefined {
  const t = source.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(t)) return 'ical';
  if (t.startsWith('<')) return /<schedule[\s>]/.test(t) ? 'frab-xml' : undefined;
  if (t.startsWith('{') || t.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(t);
    } catch {
      return undefined;
    }
    if (data !== null && typeof data === 'object' && 'schedule' in data) return 'frab-json';
    if (data !== null && typeof data === 'object' && 'sessions' in data) return 'sessionize';
    return undefined;
  }
  const header = t.split(/\r?\n/, 1)[0];
  return /[,\t]/.test(header) ? 'csv' : undefined;
}

export function readSchedule(source: string, options: ReadOptions = {}): Programme {
  const format = options.format ?? detectFormat(source);
  if (format === undefined) throw new ScheduleError('unknown schedule format: use --format frab-json, frab-xml, sessionize, ical or csv');
  const zone = options.fallbackZone;
  const programme =
    format === 'frab-json' ? parseFrabJson(json(source), zone)
    : format === 'frab-xml' ? parseFrabXml(source, zone)
    : format === 'sessionize' ? parseSessionize(json(source), zone)
    : format === 'ical' ? parseIcal(source, zone)
    : parseCsv(source, zone);
  return fillDays(programme);
}

/** Conference dates from the talks when the file gives none; each talk's day from its date. */
function fillDays(p: Programme): Programme {
  const dates = p.talks.map((t) => t.date).filter((d): d is string => d !== undefined).sort();
  const start = p.conference.start ?? dates[0];
  const end = p.conference.end ?? dates[dates.length - 1];
  const talks = p.talks.filter((t) => t.title !== '').map((t) => (t.day === undefined && t.date !== undefined && start !== undefined ? { ...t, day: dayNumber(t.date, start) } : t));
  return { ...p, conference: { ...p.conference, start, end }, talks };
}
