/** A session with its names resolved against the catalog: what the index stores and answers with. */
import type { Catalog } from './catalog';
import type { SessionNote, SessionStatus } from '../note/model';
import { lastSegment, type Ref } from '../note/values';
import { foldKey, nfc, personKey, stripHonorific, termKey } from '../text/normalize';
import { topicLookupKeys } from '../vocabulary/vocabulary';

export interface SessionRecord {
  path: string;
  title: string;
  /** Event id, when the `event` link names a known event. */
  event?: string;
  /** What `event` said, kept for messages when it names no known event. */
  eventText?: string;
  day?: number;
  date?: string;
  time?: string;
  /** End time, `HH:MM`, when the note gives one. */
  end?: string;
  order?: number;
  track?: string;
  /** Canonical speaker keys, in the order written. */
  speakers: string[];
  /** Topic ids, in the order written. */
  topics: string[];
  org?: string;
  slides?: string;
  video?: string;
  /** Seconds added to the stamps' moments in the recording. */
  videoOffset?: number;
  status?: SessionStatus;
  private: boolean;
}

/** One spelling a record contributed, so display names follow the most common one. */
export interface Spelling {
  key: string;
  text: string;
}

export interface Resolved {
  record: SessionRecord;
  speakerSpellings: Spelling[];
  /** Topics outside the vocabulary, by their folded key. */
  topicSpellings: Spelling[];
}

export function resolveSession(note: SessionNote, catalog: Catalog): Resolved {
  const event = note.event ? catalog.resolveEvent(note.event) ?? undefined : undefined;
  const speakerSpellings: Spelling[] = [];
  for (const ref of note.speakers) {
    const key = catalog.speakerKey(ref);
    if (key !== '' && !speakerSpellings.some((s) => s.key === key)) speakerSpellings.push({ key, text: stripHonorific(ref.target !== undefined ? lastSegment(ref.target) : ref.text) });
  }
  const vocabulary = catalog.vocabulary;
  const topics: string[] = [];
  const topicSpellings: Spelling[] = [];
  const addTopic = (id: string): void => {
    if (id !== '' && !topics.includes(id)) topics.push(id);
  };
  for (const surface of note.topics) {
    const known = vocabulary.resolve(surface);
    if (known !== null) {
      addTopic(known);
      continue;
    }
    const key = termKey(surface, () => false);
    addTopic(key);
    if (key !== '' && !topicSpellings.some((s) => s.key === key)) topicSpellings.push({ key, text: nfc(surface).trim() });
  }
  for (const tag of note.tagTerms) {
    const known = vocabulary.resolve(tag);
    if (known !== null) addTopic(known);
  }
  const start = event ? catalog.events.get(event)?.start : undefined;
  return {
    record: {
      path: note.path,
      title: note.title,
      event,
      eventText: note.event ? note.event.target ?? note.event.text : undefined,
      day: note.day ?? derivedDay(note.date, start),
      date: note.date,
      time: note.time,
      end: note.end,
      order: note.order,
      track: note.track,
      speakers: speakerSpellings.map((s) => s.key),
      topics,
      org: note.org,
      slides: note.slides,
      video: note.video,
      videoOffset: note.videoOffset,
      status: note.status,
      private: note.private,
    },
    speakerSpellings,
    topicSpellings,
  };
}

/**
 * Every catalog key `resolveSession` may look up for this note, known or not,
 * namespaced as in `Catalog.diff`, each once: when a catalog edit changes what
 * one of them means, the session is resolved again; otherwise its record
 * cannot change.
 */
export function lookupKeys(note: SessionNote): string[] {
  const keys: string[] = [];
  if (note.event) {
    const { event, day } = eventKeys(note.event);
    addAll(keys, event);
    // Only a day derived from the date depends on the event's start.
    if (note.day === undefined && note.date !== undefined) addAll(keys, day);
  }
  // Speakers repeat too little across sessions to be worth remembering.
  for (const ref of note.speakers) addAll(keys, [`s:${personKey(ref.target !== undefined ? lastSegment(ref.target) : ref.text)}`]);
  // Inline tags (`#추천을`) are looked up as topics are; a vault holds a few thousand distinct ones.
  for (const surface of note.topics) addAll(keys, topicKeys(surface));
  for (const surface of note.tagTerms) addAll(keys, topicKeys(surface));
  return keys;
}

function addAll(keys: string[], list: readonly string[]): void {
  for (const key of list) if (!keys.includes(key)) keys.push(key);
}

/**
 * Events and topics are written the same way in thousands of notes: their keys are computed once,
 * and shared. A link is keyed by itself (refs are never changed once read, and the index pools
 * equal ones); a topic or tag by its text.
 */
const EVENT_KEYS = new WeakMap<Ref, { event: readonly string[]; day: readonly string[] }>();
const TOPIC_KEYS = new Map<string, readonly string[]>();

function eventKeys(ref: Ref): { event: readonly string[]; day: readonly string[] } {
  let keys = EVENT_KEYS.get(ref);
  if (keys === undefined) {
    const event = [`e:${foldKey(lastSegment(ref.target ?? ref.text))}`, `e:${foldKey(ref.text)}`];
    EVENT_KEYS.set(ref, (keys = { event, day: event.map((key) => `d${key.slice(1)}`) }));
  }
  return keys;
}

function topicKeys(surface: string): readonly string[] {
  let keys = TOPIC_KEYS.get(surface);
  if (keys === undefined) {
    if (TOPIC_KEYS.size > 100_000) TOPIC_KEYS.clear();
    TOPIC_KEYS.set(surface, (keys = topicLookupKeys(surface).map((key) => `t:${key}`)));
  }
  return keys;
}

/** Whether two resolutions of a session say the same: a catalog edit that changes neither needs no relink. */
export function sameResolution(a: Resolved, b: Resolved): boolean {
  // Both come from resolveSession, so they have the same fields in the same order.
  const x = a.record as unknown as Record<string, unknown>;
  const y = b.record as unknown as Record<string, unknown>;
  for (const key in x) {
    const [u, v] = [x[key], y[key]];
    if (Array.isArray(u) && Array.isArray(v) ? !sameList(u, v) : u !== v) return false;
  }
  const spelling = (p: Spelling, q: Spelling): boolean => p.key === q.key && p.text === q.text;
  return sameList(a.speakerSpellings, b.speakerSpellings, spelling) && sameList(a.topicSpellings, b.topicSpellings, spelling);
}

function sameList<T>(a: readonly T[], b: readonly T[], same = (p: T, q: T): boolean => p === q): boolean {
  return a.length === b.length && a.every((p, i) => same(p, b[i]));
}

/** Day N of an event from the session's date and the event's start. */
function derivedDay(date: string | undefined, start: string | undefined): number | undefined {
  if (!date || !start) return undefined;
  // Both are validated YYYY-MM-DD strings, so UTC midnights differ by whole days.
  const day = (Date.parse(date) - Date.parse(start)) / 86_400_000 + 1;
  return day >= 1 && day <= 31 ? day : undefined;
}

