/**
 * What sessions are resolved against: events, speaker notes and the topic
 * vocabulary. Each of the three parts is built from its own notes only, so a
 * new catalog after one note's edit keeps the parts (and their answer caches)
 * whose notes did not change.
 */
import type { EventNote, ParsedNote, SpeakerNote, TopicNote } from '../note/model';
import { foldKey, personKey } from '../text/normalize';
import { lastSegment, type Ref } from '../note/values';
import { seriesAliasForms } from '../vocabulary/event-series';
import { Vocabulary } from '../vocabulary/vocabulary';

type Problem = { path: string; message: string };

/** Notes are never changed once read, so what a part derives from one is kept with it. */
const EVENT_KEYS = new WeakMap<EventNote, { own: string[]; series: string[] }>();

/** The lookup keys of an event note: its name and aliases, then its series' colloquial names. */
function eventKeys(note: EventNote): { own: string[]; series: string[] } {
  let keys = EVENT_KEYS.get(note);
  if (!keys) EVENT_KEYS.set(note, (keys = { own: [note.id, ...note.aliases].map(foldKey), series: seriesAliasForms(note).map(foldKey) }));
  return keys;
}

class EventPart {
  /** Event id → note, first path wins when two event notes share a name. */
  readonly events = new Map<string, EventNote>();
  /** foldKey of every name and alias → event id. */
  readonly keys = new Map<string, string>();
  readonly problems: Problem[] = [];
  /** Event values repeat across thousands of sessions, so answers are remembered. */
  readonly answers = new Map<string, string | null>();

  constructor(readonly notes: readonly EventNote[]) {
    for (const note of notes) {
      const existing = this.events.get(note.id);
      if (existing) {
        this.problems.push({ path: note.path, message: `another event note is also named "${note.id}" (${existing.path})` });
        continue;
      }
      this.events.set(note.id, note);
      for (const key of eventKeys(note).own) if (!this.keys.has(key)) this.keys.set(key, note.id);
    }
    // Names and aliases first, so that a series' colloquial name never takes an event's own name.
    for (const note of this.events.values()) {
      for (const key of eventKeys(note).series) if (!this.keys.has(key)) this.keys.set(key, note.id);
    }
  }
}

class SpeakerPart {
  /** Speaker key → note. */
  readonly speakers = new Map<string, SpeakerNote>();
  /** personKey of every name and alias → speaker key. */
  readonly keys = new Map<string, string>();
  readonly problems: Problem[] = [];
  /** Names repeat across thousands of notes, so answers are remembered. */
  readonly answers = new Map<string, string>();

  constructor(readonly notes: readonly SpeakerNote[]) {
    for (const note of notes) {
      const key = speakerKeys(note)[0];
      if (this.speakers.has(key)) {
        this.problems.push({ path: note.path, message: `another speaker note is also named "${note.name}"` });
        continue;
      }
      this.speakers.set(key, note);
      this.keys.set(key, key);
    }
    // Names first, so that an alias never takes another speaker's own name.
    for (const [key, note] of this.speakers) {
      for (const aliasKey of speakerKeys(note).slice(1)) if (!this.keys.has(aliasKey)) this.keys.set(aliasKey, key);
    }
  }
}

const SPEAKER_KEYS = new WeakMap<SpeakerNote, string[]>();

/** personKey of a speaker note's name, then of each alias. */
function speakerKeys(note: SpeakerNote): string[] {
  let keys = SPEAKER_KEYS.get(note);
  if (!keys) SPEAKER_KEYS.set(note, (keys = [note.name, ...note.aliases].map(personKey)));
  return keys;
}

export class Catalog {
  readonly vocabulary: Vocabulary;
  private readonly eventPart: EventPart;
  private readonly speakerPart: SpeakerPart;
  private readonly topicNotes: readonly TopicNote[];

  /** `previous`: a catalog whose parts are kept where their notes are the same. */
  private constructor(lists: KindLists, previous?: Catalog) {
    this.topicNotes = lists.topic;
    this.eventPart = previous && same(previous.eventPart.notes, lists.event) ? previous.eventPart : new EventPart(lists.event);
    this.speakerPart = previous && same(previous.speakerPart.notes, lists.speaker) ? previous.speakerPart : new SpeakerPart(lists.speaker);
    this.vocabulary = previous && same(previous.topicNotes, lists.topic) ? previous.vocabulary : new Vocabulary(undefined, lists.topic);
  }

  /** The catalog of `notes` (any notes: the catalog's are picked out), keeping the parts of `previous` whose notes are the same. */
  static of(notes: Iterable<ParsedNote>, previous?: Catalog): Catalog {
    const lists: KindLists = { event: [], speaker: [], topic: [] };
    const sorted = [...notes].filter(isCatalogNote).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const note of sorted) (lists[note.kind] as ParsedNote[]).push(note);
    return new Catalog(lists, previous);
  }

  /** This catalog with the note at `path` replaced by `note`, or removed: what `of` would give, without sorting every note again. */
  edited(path: string, note: ParsedNote | undefined): Catalog {
    const next = isCatalogNote(note) ? note : undefined;
    return new Catalog(
      {
        event: replaced(this.eventPart.notes, path, next?.kind === 'event' ? next : undefined),
        speaker: replaced(this.speakerPart.notes, path, next?.kind === 'speaker' ? next : undefined),
        topic: replaced(this.topicNotes, path, next?.kind === 'topic' ? next : undefined),
      },
      this,
    );
  }

  /** Event id → note. */
  get events(): ReadonlyMap<string, EventNote> {
    return this.eventPart.events;
  }

  /** Speaker key → note. */
  get speakers(): ReadonlyMap<string, SpeakerNote> {
    return this.speakerPart.speakers;
  }

  /** Duplicate names, in path order. */
  get problems(): Problem[] {
    return [...this.eventPart.problems, ...this.speakerPart.problems].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The event id a session's `event` value points at, or null. */
  resolveEvent(ref: Ref): string | null {
    const { keys, answers } = this.eventPart;
    const target = ref.target ?? ref.text;
    const cacheKey = `${target}\n${ref.text}`;
    let id = answers.get(cacheKey);
    if (id === undefined) {
      id = keys.get(foldKey(lastSegment(target))) ?? keys.get(foldKey(ref.text)) ?? null;
      answers.set(cacheKey, id);
    }
    return id;
  }

  /** The canonical key of a speaker as written (`루카스`, `김광섭님`, `[[김광섭]]`). */
  speakerKey(ref: Ref): string {
    const { keys, answers } = this.speakerPart;
    const written = ref.target !== undefined ? lastSegment(ref.target) : ref.text;
    let key = answers.get(written);
    if (key === undefined) {
      const folded = personKey(written);
      key = keys.get(folded) ?? folded;
      answers.set(written, key);
    }
    return key;
  }

  /** Compares only the parts that differ, and in them only what the notes that differ can change. */
  static diff(before: Catalog, after: Catalog): CatalogDiff {
    const diff: CatalogDiff = { keys: new Set(), events: [], speakers: [], topics: [] };
    const [ea, eb] = [before.eventPart, after.eventPart];
    if (ea !== eb) {
      const startOf = (part: EventPart, id: string | undefined): string | undefined => (id === undefined ? undefined : part.events.get(id)?.start);
      const { ids, notes } = touched(ea.notes, eb.notes, (note) => note.id);
      for (const key of union(...notes.map((note) => [...eventKeys(note).own, ...eventKeys(note).series]))) {
        const [a, b] = [ea.keys.get(key), eb.keys.get(key)];
        if (a !== b) diff.keys.add(`e:${key}`);
        // A session's day may come from its event's start: only sessions that derive it look up `d:`.
        else if (startOf(ea, a) !== startOf(eb, b)) diff.keys.add(`d:${key}`);
      }
      for (const id of ids) if (ea.events.get(id) !== eb.events.get(id)) diff.events.push(id);
    }
    const [sa, sb] = [before.speakerPart, after.speakerPart];
    if (sa !== sb) {
      const { ids, notes } = touched(sa.notes, sb.notes, (note) => speakerKeys(note)[0]);
      for (const key of union(...notes.map(speakerKeys))) if (sa.keys.get(key) !== sb.keys.get(key)) diff.keys.add(`s:${key}`);
      for (const key of ids) if (sa.speakers.get(key) !== sb.speakers.get(key)) diff.speakers.push(key);
    }
    const [va, vb] = [before.vocabulary, after.vocabulary];
    if (va !== vb) {
      for (const key of Vocabulary.changedKeys(va, vb)) diff.keys.add(`t:${key}`);
      diff.topics.push(...Vocabulary.changedTopics(va, vb));
    }
    return diff;
  }
}

/**
 * The names (`id`) of the notes in one list and not the other, and every note of either
 * list under such a name: a key can answer differently only through one of those notes,
 * since the first note under a name (in path order) takes it and its keys.
 */
function touched<T extends ParsedNote>(a: readonly T[], b: readonly T[], id: (note: T) => string): { ids: Set<string>; notes: T[] } {
  const [inA, inB] = [new Set(a), new Set(b)];
  const ids = new Set<string>();
  for (const note of a) if (!inB.has(note)) ids.add(id(note));
  for (const note of b) if (!inA.has(note)) ids.add(id(note));
  const notes = [...a, ...b.filter((note) => !inA.has(note))].filter((note) => ids.has(id(note)));
  return { ids, notes };
}

/** What differs between two catalogs. */
export interface CatalogDiff {
  /** Lookup keys (see `lookupKeys` in session-record.ts) whose answer differs, namespaced `e:`, `d:` (an event's start), `s:`, `t:`: only sessions that looked one up can resolve differently. */
  keys: Set<string>;
  /** Event ids, speaker keys and topic ids whose entry (name, aliases, note) differs. */
  events: string[];
  speakers: string[];
  topics: string[];
}

function union(...lists: Iterable<string>[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const x of list) out.add(x);
  return out;
}

/** The same notes in the same order (notes are never changed once read, so identity says it). */
function same(a: readonly ParsedNote[], b: readonly ParsedNote[]): boolean {
  return a === b || (a.length === b.length && a.every((note, i) => note === b[i]));
}

interface KindLists {
  event: readonly EventNote[];
  speaker: readonly SpeakerNote[];
  topic: readonly TopicNote[];
}

/** `list` (in path order) without its note at `path`, with `note` in its place if given; `list` itself when nothing changes. */
function replaced<T extends ParsedNote>(list: readonly T[], path: string, note: T | undefined): readonly T[] {
  let at = 0;
  while (at < list.length && list[at].path < path) at++;
  const present = list[at]?.path === path;
  if (!present && note === undefined) return list;
  const out = list.slice();
  if (note === undefined) out.splice(at, 1);
  else out.splice(at, present ? 1 : 0, note);
  return out;
}

/** The notes a catalog is built from. */
export function isCatalogNote(note: ParsedNote | undefined): note is EventNote | SpeakerNote | TopicNote {
  return note !== undefined && (note.kind === 'event' || note.kind === 'speaker' || note.kind === 'topic');
}

/** What of a note the catalog depends on; an edit that keeps it needs no re-resolve. */
export function catalogSignature(note: ParsedNote | undefined): string {
  if (!isCatalogNote(note)) return '';
  return JSON.stringify(note);
}
