/**
 * iCalendar: one talk per VEVENT. ical.js unfolds lines, reads escapes and
 * resolves a TZID against the file's VTIMEZONE; times end up on the clocks of
 * the calendar's zone (X-WR-TIMEZONE, else the first IANA TZID, else the fallback).
 */
import ICAL from 'ical.js';
import { fromZone, isTimeZone, wallClock } from '../text/zoned-time';
import { addMinutes, type LocalMoment } from './local-time';
import { distinct, ScheduleError, text, type Programme, type Talk } from './programme';
import { speakersFromDescription } from './speaker-line';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

const pad = (n: number): string => String(n).padStart(2, '0');

function wall(t: Time): LocalMoment {
  return { date: `${t.year}-${pad(t.month)}-${pad(t.day)}`, time: `${pad(t.hour)}:${pad(t.minute)}` };
}

function tzidOf(event: Component, name: string): string | undefined {
  const tzid = event.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** A DTSTART or DTEND on the clocks of `zone` (as written when floating or when no zone is known). */
function moment(event: Component, name: string, zone: string | undefined): { at?: LocalMoment; allDay: boolean } {
  const value = event.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) return { allDay: false };
  if (value.isDate) return { at: { date: wall(value).date, time: '' }, allDay: true };
  const tzid = tzidOf(event, name);
  let at: Date | undefined;
  if (value.zone?.tzid === 'UTC') at = new Date(Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute));
  else if (tzid !== undefined && tzid !== zone) {
    if (isTimeZone(tzid)) at = fromZone(wall(value), tzid);
    // A zone only the file's VTIMEZONE defines (`Korea Standard Time`): ical.js knows its offsets.
    else if (value.zone && value.zone.tzid !== 'floating') at = value.toJSDate();
  }
  return { at: at === undefined || zone === undefined ? wall(value) : wallClock(at, zone), allDay: false };
}

/** The end of an event given by DURATION instead of DTEND. */
function afterDuration(event: Component, start: LocalMoment | undefined): LocalMoment | undefined {
  const duration = event.getFirstPropertyValue('duration');
  return start && duration instanceof ICAL.Duration ? addMinutes(start, Math.round(duration.toSeconds() / 60)) : undefined;
}

function calendarZone(cal: Component, events: Component[], fallback: string | undefined): string | undefined {
  const named = text(cal.getFirstPropertyValue('x-wr-timezone'));
  if (named !== undefined && isTimeZone(named)) return named;
  for (const e of events) {
    const tzid = tzidOf(e, 'dtstart');
    if (tzid !== undefined && isTimeZone(tzid)) return tzid;
  }
  return fallback;
}

export function parseIcal(source: string, fallbackZone?: string): Programme {
  let cal: Component;
  try {
    cal = new ICAL.Component(ICAL.parse(source) as unknown[]);
  } catch (e) {
    throw new ScheduleError(`not readable as iCalendar: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const events = cal.getAllSubcomponents('vevent');
  const zone = calendarZone(cal, events, fallbackZone);
  const talks: Talk[] = events.map((e) => {
    const begin = moment(e, 'dtstart', zone);
    const end = e.hasProperty('dtend') ? moment(e, 'dtend', zone) : { at: afterDuration(e, begin.at), allDay: begin.allDay };
    const described = speakersFromDescription(text(e.getFirstPropertyValue('description')) ?? '');
    const categories = e.getAllProperties('categories').flatMap((p) => p.getValues().map((v) => text(v)));
    return {
      uid: text(e.getFirstPropertyValue('uid')) ?? '',
      title: text(e.getFirstPropertyValue('summary')) ?? '',
      date: begin.at?.date,
      start: begin.allDay ? undefined : begin.at?.time,
      end: end.allDay ? undefined : end.at?.time,
      track: text(e.getFirstPropertyValue('location')),
      speakers: described.speakers,
      topics: distinct(categories),
      abstract: text(described.rest),
      url: text(e.getFirstPropertyValue('url')),
    };
  });
  return {
    format: 'ical',
    conference: { title: text(cal.getFirstPropertyValue('x-wr-calname')), timeZone: zone },
    talks,
  };
}
