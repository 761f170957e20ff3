/** frab / pretalx JSON (the c3voc schedule schema): `schedule.conference.days[].rooms{room: [events]}`. */
import { frabTalk, type FrabEvent } from './frab-shared';
import { checkTimeZone } from './local-time';
import { ScheduleError, text, type Programme, type Talk } from './programme';

type Json = Record<string, unknown>;

const object = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function persons(v: unknown): string[] {
  return array(v).map((p) => (typeof p === 'string' ? p : text(object(p).public_name) ?? text(object(p).name) ?? '')).filter((n) => n !== '');
}

export function parseFrabJson(data: unknown, fallbackZone?: string): Programme {
  const conf = object(object(object(data).schedule).conference);
  if (!Array.isArray(conf.days)) throw new ScheduleError('not a frab schedule: schedule.conference.days is missing');
  const named = text(conf.time_zone_name);
  const zone = named === undefined ? fallbackZone : checkTimeZone(named);
  const firstDay = text(conf.start)?.slice(0, 10) ?? text(object(conf.days[0]).date);
  const talks: Talk[] = [];
  for (const rawDay of conf.days) {
    const day = object(rawDay);
    for (const [room, events] of Object.entries(object(day.rooms))) {
      for (const raw of array(events)) {
        const e = object(raw);
        const event: FrabEvent = {
          guid: text(e.guid),
          id: text(e.id),
          date: text(e.date),
          dayDate: text(day.date),
          dayIndex: typeof day.index === 'number' ? day.index : undefined,
          start: text(e.start),
          duration: text(e.duration),
          room: text(e.room) ?? room,
          title: text(e.title),
          subtitle: text(e.subtitle),
          track: text(e.track),
          type: text(e.type),
          language: text(e.language),
          abstract: text(e.abstract),
          description: text(e.description),
          url: text(e.url),
          persons: persons(e.persons),
          links: array(e.links).map((l) => (typeof l === 'string' ? { url: l } : { url: text(object(l).url), title: text(object(l).title) })),
        };
        talks.push(frabTalk(event, zone, firstDay));
      }
    }
  }
  return {
    format: 'frab-json',
    conference: { title: text(conf.title), acronym: text(conf.acronym), start: firstDay, end: text(conf.end)?.slice(0, 10), timeZone: zone, url: text(conf.url) },
    talks,
  };
}
