/**
 * Wall-clock date and time in an IANA time zone, read with Intl (so no zone
 * tables of our own). A programme's times are local to the event: the clock
 * is turned into that zone's date and minutes before any comparison.
 */

export interface LocalTime {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** Minutes since that date's midnight. */
  minutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? '';
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(key, f);
  }
  return f;
}

/** Whether Intl knows the zone (`Asia/Seoul`, `UTC`); a typo is not a zone. */
export function isTimeZone(zone: string): boolean {
  try {
    format(zone);
    return true;
  } catch {
    return false;
  }
}

/** The date and `HH:MM` on a zone's clocks at `instant`; without a zone, the device's. Throws on a zone Intl does not know. */
export function wallClock(instant: number | Date, zone: string | undefined): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const p of format(zone).formatToParts(instant)) parts[p.type] = p.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The date and time at `instant` (ms since the epoch) in `zone`; without a known zone, the device's. */
export function localTime(instant: number, zone: string | undefined): LocalTime {
  const at = wallClock(instant, zone && isTimeZone(zone) ? zone : undefined);
  return { date: at.date, minutes: minutesOf(at.time) };
}

/** `13:05` → 785. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` date: local dates compare as numbers. */
export function epochDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date((epochDay(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The instant at which a zone's clocks (the device's without one) show the given wall time (the later one in a gap, the earlier in an overlap). */
export function fromZone(at: { date: string; time: string }, zone: string | undefined): Date {
  const wall = (m: { date: string; time: string }): number => Date.parse(`${m.date}T${m.time}:00Z`);
  const target = wall(at);
  let t = target;
  // Two rounds settle any offset, daylight saving included.
  for (let i = 0; i < 2; i++) t -= wall(wallClock(new Date(t), zone)) - target;
  return new Date(t);
}
