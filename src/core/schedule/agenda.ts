/**
 * An event's programme as timed talks, and the agenda of one of its days: talks
 * by start time and track, each with its status and whether it is on now or
 * next. Times are the event's local times; a talk's place on one line of
 * minutes (days since 1970 × 1440 + minutes) makes a talk that crosses
 * midnight compare like any other.
 *
 * A talk without `end` lasts until the next talk in its room starts, when that
 * is at most two hours later; otherwise (the last talk of a room, or one before
 * a long break) DEFAULT_TALK_MINUTES.
 */
import type { ConferenceIndex } from '../index/conference-index';
import type { EventNote, SessionStatus } from '../note/model';
import { collator } from '../text/normalize';
import { addDays, epochDay, minutesOf } from '../text/zoned-time';

const DEFAULT_TALK_MINUTES = 40;
const LONGEST_GAP_MINUTES = 120;

export interface Talk {
  path: string;
  title: string;
  event: string;
  /** The event's zone, when its note names one; else the device's. */
  zone?: string;
  date: string;
  time?: string;
  /** As written; `finish` holds the end used for "now". */
  end?: string;
  /** '' when the note names none: such a talk (a keynote) belongs to every room. */
  track: string;
  status?: SessionStatus;
  speakers: string[];
  /** Local minutes on the event's line of days; only for talks with a time. */
  start?: number;
  finish?: number;
}

export type AgendaRow =
  | { type: 'slot'; key: string; time?: string }
  | { type: 'talk'; key: string; path: string; title: string; time?: string; end?: string; track: string; status?: SessionStatus; speakers: string[]; state?: 'now' | 'next' };

/** A date for a talk that gives only its day, from the event's start. */
function talkDate(date: string | undefined, day: number | undefined, event: EventNote | undefined): string | undefined {
  if (date !== undefined) return date;
  return day !== undefined && event?.start !== undefined ? addDays(event.start, day - 1) : undefined;
}

const sameRoom = (a: Talk, b: Talk): boolean => a.track === '' || b.track === '' || a.track === b.track;

/** The event's dated talks, with start and finish for the timed ones. */
export function eventTalks(index: ConferenceIndex, eventId: string, speakerName: (key: string) => string = (k) => k): Talk[] {
  const event = index.catalog.events.get(eventId);
  const talks: Talk[] = [];
  for (const s of index.sessionsOfEvent(eventId)) {
    const date = talkDate(s.date, s.day, event);
    if (date === undefined) continue;
    const talk: Talk = { path: s.path, title: s.title, event: eventId, date, track: s.track ?? '', speakers: s.speakers.map(speakerName) };
    if (event?.timeZone !== undefined) talk.zone = event.timeZone;
    if (s.time !== undefined) {
      talk.time = s.time;
      talk.start = epochDay(date) * 1440 + minutesOf(s.time);
    }
    if (s.end !== undefined) talk.end = s.end;
    if (s.status !== undefined) talk.status = s.status;
    talks.push(talk);
  }
  const timed = talks.filter((t) => t.start !== undefined).sort((a, b) => a.start! - b.start!);
  for (const t of timed) t.finish = finishOf(t, timed);
  return talks;
}

function finishOf(t: Talk, timed: readonly Talk[]): number {
  const start = t.start!;
  if (t.end !== undefined) {
    const end = start - (start % 1440) + minutesOf(t.end);
    // An end at or before the start is after midnight.
    return end > start ? end : end + 1440;
  }
  const next = timed.find((o) => o.start! > start && sameRoom(t, o));
  return next && next.start! - start <= LONGEST_GAP_MINUTES ? next.start! : start + DEFAULT_TALK_MINUTES;
}

/** The event's days: start to end, and any day a talk names outside them. */
export function eventDays(event: EventNote | undefined, talks: readonly Talk[]): string[] {
  const days = new Set<string>();
  if (event?.start !== undefined) {
    const last = event.end !== undefined && event.end >= event.start ? event.end : event.start;
    for (let d = event.start, n = 0; d <= last && n < 31; d = addDays(d, 1), n++) days.add(d);
  }
  for (const t of talks) days.add(t.date);
  return [...days].sort();
}

/** Talks in the order of a day's programme: start time, then track; untimed talks last. */
function compareAgenda(a: Talk, b: Talk): number {
  if (a.start !== b.start) return a.start === undefined ? 1 : b.start === undefined ? -1 : a.start - b.start;
  return collator.compare(a.track, b.track) || collator.compare(a.title, b.title) || (a.path < b.path ? -1 : 1);
}

/** The rows of one day: a slot heading per start time, then its talks; `now` and `next` mark talks by path. */
export function agendaRows(talks: readonly Talk[], date: string, marks: { now: readonly Talk[]; next: readonly Talk[] } = { now: [], next: [] }): AgendaRow[] {
  const now = new Set(marks.now.map((t) => t.path));
  const next = new Set(marks.next.map((t) => t.path));
  const rows: AgendaRow[] = [];
  let slot: string | null = null;
  for (const t of talks.filter((x) => x.date === date).sort(compareAgenda)) {
    const time = t.time ?? '';
    if (time !== slot) {
      slot = time;
      rows.push(t.time === undefined ? { type: 'slot', key: `slot:` } : { type: 'slot', key: `slot:${time}`, time });
    }
    const row: AgendaRow = { type: 'talk', key: t.path, path: t.path, title: t.title, track: t.track, speakers: t.speakers };
    if (t.time !== undefined) row.time = t.time;
    if (t.end !== undefined) row.end = t.end;
    if (t.status !== undefined) row.status = t.status;
    if (now.has(t.path)) row.state = 'now';
    else if (next.has(t.path)) row.state = 'next';
    rows.push(row);
  }
  return rows;
}
