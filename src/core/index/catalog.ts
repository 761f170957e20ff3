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
      for (const form of [note.id, ...note.aliases]) {
        const key = foldKey(form);
        if (!this.keys.has(key)) this.keys.set(key, note.id);
      }
    }
    // Names and aliases first, so that a series' colloquial name never takes an event's own name.
    for (const note of this.events.values()) {
      for (const form of seriesAliasForms(note)) {
        const key = foldKey(form);
        if (!this.keys.has(key)) this.keys.set(key, note.id);
      }
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
      const key = personKey(note.name);
      if (this.speakers.has(key)) {
        this.problems.push({ path: note.path, message: `another speaker note is also named "${note.name}"` });
        continue;
      }
      this.speakers.set(key, note);
      this.keys.set(key, key);
    }
    // Names first, so that an alias never takes another speaker's own name.
    for (const [key, note] of this.speakers) {
      for (const alias of note.aliases) {
        const aliasKey = personKey(alias);
        if (!this.keys.has(aliasKey)) this.keys.set(aliasKey, key);
      }
    }
  }
}

export class Catalog {
  readonly vocabulary: Vocabulary;
  private readonly eventPart: EventPart;
  private readonly speakerPart: SpeakerPart;
  private readonly topicNotes: TopicNote[] = [];

  /** `previous`: a catalog whose parts are kept where their notes are the same. */
  constructor(notes: Iterable<ParsedNote>, previous?: Catalog) {
    const sorted = [...notes].filter(isCatalogNote).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const events: EventNote[] = [];
    const speakers: SpeakerNote[] = [];
    for (const note of sorted) {
      if (note.kind === 'event') events.push(note);
      else if (note.kind === 'speaker') speakers.push(note);
      else this.topicNotes.push(note);
    }
    this.eventPart = previous && same(previous.eventPart.notes, events) ? previous.eventPart : new EventPart(events);
    this.speakerPart = previous && same(previous.speakerPart.notes, speakers) ? previous.speakerPart : new SpeakerPart(speakers);
    this.vocabulary = previous && same(previous.topicNotes, this.topicNotes) ? previous.vocabulary : new Vocabulary(undefined, this.topicNotes);
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

  /** Compares only the parts that differ, so an edit costs what its own kind holds. */
  static diff(before: Catalog, after: Catalog): CatalogDiff {
    const diff: CatalogDiff = { keys: new Set(), events: [], speakers: [], topics: [] };
    const [ea, eb] = [before.eventPart, after.eventPart];
    if (ea !== eb) {
      const startOf = (part: EventPart, id: string | undefined): string | undefined => (id === undefined ? undefined : part.events.get(id)?.start);
      for (const key of union(ea.keys.keys(), eb.keys.keys())) {
        const a = ea.keys.get(key);
        const b = eb.keys.get(key);
        // A session's day may come from its event's start.
        if (a !== b || startOf(ea, a) !== startOf(eb, b)) diff.keys.add(`e:${key}`);
      }
      for (const id of union(ea.events.keys(), eb.events.keys())) if (ea.events.get(id) !== eb.events.get(id)) diff.events.push(id);
    }
    const [sa, sb] = [before.speakerPart, after.speakerPart];
    if (sa !== sb) {
      for (const key of union(sa.keys.keys(), sb.keys.keys())) if (sa.keys.get(key) !== sb.keys.get(key)) diff.keys.add(`s:${key}`);
      for (const key of union(sa.speakers.keys(), sb.speakers.keys())) if (sa.speakers.get(key) !== sb.speakers.get(key)) diff.speakers.push(key);
    }
    const [va, vb] = [before.vocabulary, after.vocabulary];
    if (va !== vb) {
      for (const key of union(va.keyList(), vb.keyList())) if (va.idOfKey(key) !== vb.idOfKey(key)) diff.keys.add(`t:${key}`);
      // Topics a note did not touch are the same objects in both (see Vocabulary).
      for (const id of union(va.ids(), vb.ids())) if (va.get(id) !== vb.get(id)) diff.topics.push(id);
    }
    return diff;
  }
}

/** What differs between two catalogs. */
export interface CatalogDiff {
  /** Lookup keys (see `lookupKeys` in session-record.ts) whose answer differs, namespaced `e:`, `s:`, `t:`: only sessions that looked one up can resolve differently. */
  keys: Set<string>;
  /** Event ids, speaker keys and topic ids whose entry (name, aliases, note) differs. */
  events: string[];
  speakers: string[];
  topics: string[];
}

function union(a: Iterable<string>, b: Iterable<string>): Set<string> {
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out;
}

/** The same notes in the same order (notes are never changed once read, so identity says it). */
function same(a: readonly ParsedNote[], b: readonly ParsedNote[]): boolean {
  return a.length === b.length && a.every((note, i) => note === b[i]);
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
