/**
 * Wall-clock times in a conference's zone, with the platform's own time-zone
 * data (`Intl`, on phones too): no zone tables in the bundle.
 */
import { epochDay, isTimeZone, wallClock } from '../text/zoned-time';
import { ScheduleError } from './programme';

export interface LocalMoment {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
}

/** Refuses a zone the platform does not know, naming it. */
export function checkTimeZone(zone: string): string {
  if (!isTimeZone(zone)) throw new ScheduleError(`unknown time zone "${zone}": use an IANA name such as Asia/Seoul`);
  return zone;
}

/** `2024-08-29T23:30:00+00:00` (any ISO with an offset or Z) as an instant; undefined if it is none. */
export function instant(iso: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(iso.trim())) return undefined;
  const d = new Date(iso.trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The wall time written in an ISO string, whatever its offset: `2024-08-30T09:00:00+09:00` → 2024-08-30 09:00. */
export function writtenMoment(iso: string): LocalMoment | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})/.exec(iso.trim());
  return m ? { date: m[1], time: `${m[2].padStart(2, '0')}:${m[3]}` } : undefined;
}

/** An ISO time in the zone when given, else as written. */
export function localMoment(iso: string, zone: string | undefined): LocalMoment | undefined {
  const at = zone === undefined ? undefined : instant(iso);
  return at ? wallClock(at, zone) : writtenMoment(iso);
}

/** Wall time plus minutes, across midnight if need be. */
export function addMinutes(at: LocalMoment, minutes: number): LocalMoment {
  const [y, mo, d] = at.date.split('-').map(Number);
  const [h, mi] = at.time.split(':').map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi + minutes));
  return { date: t.toISOString().slice(0, 10), time: t.toISOString().slice(11, 16) };
}

/** frab's `00:45`, `1:30` or `01:30:00` in minutes; undefined for anything else. */
export function durationMinutes(value: string | undefined): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value?.trim() ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** HH:MM from `9:00`, `09:00`, `09:00:00`, `9.00`; undefined otherwise. */
export function clock(value: string | undefined): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(value?.trim() ?? '');
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** 1-based day of `date` counted from `first`. */
export function dayNumber(date: string, first: string): number {
  return epochDay(date) - epochDay(first) + 1;
}
