/** Events, topics and speakers with their sessions, as the pane and the CLI show them. */
import type { ConferenceIndex } from './conference-index';
import type { EventNote } from '../note/model';
import type { SessionRecord } from './session-record';
import { compareChronological, compareTalkOrder } from './talk-order';
import { addDays } from '../text/zoned-time';

/** An event note with its sessions in talk order. */
export interface EventListing extends Omit<EventNote, 'kind'> {
  sessions: SessionRecord[];
}

export interface TopicListing {
  id: string;
  label: string;
  aliases: string[];
  related: string[];
  notePath?: string;
  sessions: SessionRecord[];
}

export interface SpeakerListing {
  /** The speaker note's name, or the most used spelling. */
  id: string;
  /** The folded key sessions refer to. */
  key: string;
  name: string;
  aliases: string[];
  org?: string;
  notePath?: string;
  sessions: SessionRecord[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every event note, oldest first, each with its sessions in talk order. */
export function listEvents(index: ConferenceIndex): EventListing[] {
  const out: EventListing[] = [];
  for (const note of index.catalog.events.values()) {
    const { kind: _kind, ...fields } = note;
    out.push({ ...fields, sessions: index.sessionsOfEvent(note.id).sort(compareTalkOrder) });
  }
  return out.sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || byId(a, b));
}

/** Topics that have sessions or a topic note, each with its sessions in time order. */
export function listTopics(index: ConferenceIndex): TopicListing[] {
  const ids = new Set(index.topicIds());
  for (const topic of index.catalog.vocabulary.all()) if (topic.notePath) ids.add(topic.id);
  return [...ids].map((id) => topicListing(index, id)).sort(byId);
}

function topicListing(index: ConferenceIndex, id: string): TopicListing {
  const sessions = index.sessionsOfTopic(id).sort(compareChronological);
  const known = index.catalog.vocabulary.get(id);
  if (known) {
    return { id, label: known.label, aliases: known.aliases, related: known.related ?? [], notePath: known.notePath, sessions };
  }
  const [label = id, ...aliases] = index.topicSpellings.spellings(id);
  return { id, label, aliases, related: [], sessions };
}

/** Speakers with sessions or a speaker note. */
export function listSpeakers(index: ConferenceIndex): SpeakerListing[] {
  const keys = new Set(index.speakerKeys());
  for (const key of index.catalog.speakers.keys()) keys.add(key);
  return [...keys].map((key) => speakerListing(index, key)).sort(byId);
}

function speakerListing(index: ConferenceIndex, key: string): SpeakerListing {
  return { ...speakerEntry(index, key), sessions: index.sessionsOfSpeaker(key).sort(compareChronological) };
}

/** A speaker without the sessions: the note's name and aliases, or the spellings used. */
export function speakerEntry(index: ConferenceIndex, key: string): Omit<SpeakerListing, 'sessions'> {
  const note = index.catalog.speakers.get(key);
  if (note) return { id: note.name, key, name: note.name, aliases: note.aliases, org: note.org, notePath: note.path };
  const [name = key, ...aliases] = index.speakerSpellings.spellings(key);
  return { id: name, key, name, aliases };
}

/** Display name of a speaker key. */
export function speakerName(index: ConferenceIndex, key: string): string {
  return index.catalog.speakers.get(key)?.name ?? index.speakerSpellings.preferred(key) ?? key;
}

/** Display label of a topic id, in a UI or post language (`ko` takes the Korean label where one is known). */
export function topicLabel(index: ConferenceIndex, id: string, lang = 'en'): string {
  const { vocabulary } = index.catalog;
  return vocabulary.get(id) ? vocabulary.label(id, lang) : (index.topicSpellings.preferred(id) ?? id);
}

/** The talks of a topic and of every narrower topic, each talk once. */
export function sessionsOfTopicTree(index: ConferenceIndex, id: string): SessionRecord[] {
  const found = new Map<string, SessionRecord>();
  for (const t of [id, ...index.catalog.vocabulary.descendants(id)]) for (const s of index.sessionsOfTopic(t)) found.set(s.path, s);
  return [...found.values()];
}

/** The event a note stands for: itself when it is an event note, its event when it is a session. */
export function eventOfNote(index: ConferenceIndex, path: string): string | null {
  const note = index.note(path);
  if (note?.kind === 'event') return note.id;
  return index.session(path)?.event ?? null;
}

/** A talk's date: its own, else its event's day (start + day − 1), else the event's start. */
export function talkDate(index: ConferenceIndex, s: SessionRecord): string | undefined {
  if (s.date !== undefined) return s.date;
  const start = s.event === undefined ? undefined : index.catalog.events.get(s.event)?.start;
  if (start === undefined || s.day === undefined) return start;
  return addDays(start, Math.max(0, s.day - 1));
}
