/**
 * What is on: the events whose days include today (in each event's zone), the
 * talk happening now and the next one by a given clock instant, and the
 * planned talks about to start. Among parallel talks, yours win (planned,
 * attended or watched); without one of yours, every candidate is returned so
 * the UI can ask. Skipped and cancelled talks are never on and never next.
 */
import { eventDays, eventTalks, type Talk } from './agenda';
import type { ConferenceIndex } from '../index/conference-index';
import type { SessionStatus } from '../note/model';
import { epochDay, localTime } from '../text/zoned-time';

const YOURS: readonly (SessionStatus | undefined)[] = ['planned', 'attended', 'watched'];
const isYours = (t: Talk): boolean => YOURS.includes(t.status);
const isOff = (t: Talk): boolean => t.status === 'skipped' || t.status === 'cancelled';

/** Where `instant` falls on the line of local minutes of `zone`. */
function localMinute(instant: number, zone: string | undefined): number {
  const local = localTime(instant, zone);
  return epochDay(local.date) * 1440 + local.minutes;
}

/** Today's date in the event's zone. */
export function todayIn(instant: number, zone: string | undefined): string {
  return localTime(instant, zone).date;
}

/** Ids of the events on at `instant`: start ≤ today ≤ end (or the start alone), today in the event's zone. */
export function eventsOn(index: ConferenceIndex, instant: number): string[] {
  const on: string[] = [];
  for (const e of index.catalog.events.values()) {
    if (e.start === undefined) continue;
    const today = todayIn(instant, e.timeZone);
    if (e.start <= today && today <= (e.end !== undefined && e.end >= e.start ? e.end : e.start)) on.push(e.id);
  }
  return on.sort();
}

/** The talks of every event on at `instant`. */
export function talksOn(index: ConferenceIndex, instant: number, speakerName?: (key: string) => string): Talk[] {
  return eventsOn(index, instant).flatMap((id) => eventTalks(index, id, speakerName));
}

function preferYours(talks: Talk[]): Talk[] {
  const yours = talks.filter(isYours);
  return yours.length > 0 ? yours : talks;
}

export interface NowAndNext {
  /** On at the instant: yours if any, else all parallel candidates. */
  now: Talk[];
  /** Your next talk if you planned one, else every talk of the next start time. */
  next: Talk[];
}

export function nowAndNext(talks: readonly Talk[], instant: number): NowAndNext {
  const at = new Map<string | undefined, number>();
  const minute = (t: Talk): number => {
    if (!at.has(t.zone)) at.set(t.zone, localMinute(instant, t.zone));
    return at.get(t.zone)!;
  };
  const timed = talks.filter((t) => t.start !== undefined && !isOff(t));
  const on = timed.filter((t) => t.start! <= minute(t) && minute(t) < t.finish!);
  const later = timed.filter((t) => t.start! > minute(t));
  const pool = later.some(isYours) ? later.filter(isYours) : later;
  const first = Math.min(...pool.map((t) => t.start! - minute(t)));
  return { now: preferYours(on), next: pool.filter((t) => t.start! - minute(t) === first) };
}

/** Planned talks starting within `minutes` of `instant` (not yet started). */
export function dueReminders(talks: readonly Talk[], instant: number, minutes: number): Talk[] {
  return talks.filter((t) => {
    if (t.status !== 'planned' || t.start === undefined) return false;
    const wait = t.start - localMinute(instant, t.zone);
    return wait > 0 && wait <= minutes;
  });
}

/**
 * The day the agenda opens on: today while an event is on (the preferred
 * event when it is one of them), else the preferred event's first day, else
 * the latest event's first day.
 */
export function defaultAgenda(index: ConferenceIndex, instant: number, preferred?: string): { event: string; date: string } | null {
  const on = eventsOn(index, instant);
  const running = preferred !== undefined && on.includes(preferred) ? preferred : on[0];
  if (running !== undefined) return { event: running, date: todayIn(instant, index.catalog.events.get(running)?.timeZone) };
  const events = [...index.catalog.events.values()].filter((e) => index.eventFrequency(e.id) > 0);
  const chosen = events.find((e) => e.id === preferred) ?? events.sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.id.localeCompare(b.id))[0];
  if (!chosen) return null;
  const first = eventDays(chosen, eventTalks(index, chosen.id))[0];
  return first === undefined ? null : { event: chosen.id, date: first };
}
