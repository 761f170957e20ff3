/**
 * Sessionize "All" JSON: `sessions` whose speakers, room and category items
 * are ids resolved against the top-level `speakers`, `rooms` and `categories`;
 * `startsAt` and `endsAt` are already local times.
 */
import { writtenMoment } from './local-time';
import { distinct, ScheduleError, text, type Programme, type Talk } from './programme';

type Json = Record<string, unknown>;

const object = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const array = (v: unknown): Json[] => (Array.isArray(v) ? v.map(object) : []);
const key = (v: unknown): string => String(v);

export function parseSessionize(data: unknown, zone?: string): Programme {
  const root = object(data);
  if (!Array.isArray(root.sessions)) throw new ScheduleError('not a Sessionize export: "sessions" is missing');
  const speakers = new Map(array(root.speakers).map((s) => [key(s.id), s]));
  const rooms = new Map(array(root.rooms).map((r) => [key(r.id), text(r.name)]));
  const items = new Map<string, string | undefined>();
  for (const category of array(root.categories)) for (const item of array(category.items)) items.set(key(item.id), text(item.name));
  const talks: Talk[] = array(root.sessions).map((s) => {
    const begin = writtenMoment(text(s.startsAt) ?? '');
    const end = writtenMoment(text(s.endsAt) ?? '');
    const people = (Array.isArray(s.speakers) ? s.speakers : []).map((ref) => speakers.get(key(typeof ref === 'object' && ref !== null ? (ref as Json).id : ref)));
    const names = people.map((p) => (p === undefined ? undefined : text(p.fullName) ?? text(`${text(p.firstName) ?? ''} ${text(p.lastName) ?? ''}`)));
    return {
      uid: text(s.id) === undefined ? '' : `sessionize-${text(s.id)}`,
      title: text(s.title) ?? '',
      date: begin?.date,
      start: begin?.time,
      end: end?.time,
      track: rooms.get(key(s.roomId)) ?? text(s.room),
      speakers: distinct(names),
      topics: distinct((Array.isArray(s.categoryItems) ? s.categoryItems : []).map((id) => items.get(key(id)))),
      type: s.isServiceSession === true ? 'service' : undefined,
      abstract: text(s.description),
      video: text(s.recordingUrl),
    };
  });
  const dates = talks.map((t) => t.date).filter((d): d is string => d !== undefined).sort();
  return { format: 'sessionize', conference: { start: dates[0], end: dates[dates.length - 1], timeZone: zone }, talks };
}
