/** What the two frab shapes (c3voc JSON and XML) share: one event's fields to one talk. */
import { addMinutes, clock, dayNumber, durationMinutes, localMoment, type LocalMoment } from './local-time';
import { distinct, text, type Talk } from './programme';

export interface FrabEvent {
  guid?: string;
  id?: string;
  /** ISO date-time with offset (JSON), or absent (XML: the day's date and `start`). */
  date?: string;
  dayDate?: string;
  dayIndex?: number;
  start?: string;
  duration?: string;
  room?: string;
  title?: string;
  subtitle?: string;
  track?: string;
  type?: string;
  language?: string;
  abstract?: string;
  description?: string;
  url?: string;
  persons: string[];
  links: { url?: string; title?: string }[];
}

/** Slides and video among an event's links, by their title or address. */
function pickLinks(links: FrabEvent['links']): { slides?: string; video?: string } {
  const out: { slides?: string; video?: string } = {};
  for (const link of links) {
    const url = text(link.url);
    if (url === undefined) continue;
    const what = `${link.title ?? ''} ${url}`.toLowerCase();
    if (out.video === undefined && /video|recording|youtu|vimeo|media\.ccc/.test(what)) out.video = url;
    else if (out.slides === undefined && /slide|deck|speakerdeck|slideshare|\.pdf\b/.test(what)) out.slides = url;
  }
  return out;
}

export function frabTalk(e: FrabEvent, zone: string | undefined, firstDay: string | undefined): Talk {
  let begin: LocalMoment | undefined = e.date === undefined ? undefined : localMoment(e.date, zone);
  const start = clock(e.start);
  if (begin === undefined && e.dayDate !== undefined && start !== undefined) begin = { date: e.dayDate, time: start };
  const minutes = durationMinutes(e.duration);
  const end = begin && minutes !== undefined ? addMinutes(begin, minutes) : undefined;
  const date = begin?.date ?? e.dayDate;
  return {
    uid: text(e.guid) ?? (text(e.id) === undefined ? '' : `frab-${text(e.id)}`),
    title: text(e.title) ?? '',
    subtitle: text(e.subtitle),
    day: date !== undefined && firstDay !== undefined ? dayNumber(date, firstDay) : e.dayIndex,
    date,
    start: begin?.time,
    end: end?.time,
    track: text(e.room),
    speakers: distinct(e.persons),
    topics: distinct([text(e.track)]),
    type: text(e.type),
    abstract: text(e.abstract) ?? text(e.description),
    url: text(e.url),
    language: text(e.language),
    ...pickLinks(e.links),
  };
}
