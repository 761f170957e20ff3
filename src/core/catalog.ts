/** What sessions are resolved against: events, speaker notes and the topic vocabulary. */
import type { EventNote, ParsedNote, SpeakerNote, TopicNote } from './model';
import { foldKey, personKey } from './normalize';
import { lastSegment, type Ref } from './values';
import { Vocabulary } from './vocabulary';

export class Catalog {
  readonly vocabulary: Vocabulary;
  /** Event id → note, first path wins when two event notes share a name. */
  readonly events = new Map<string, EventNote>();
  /** Speaker key → note. */
  readonly speakers = new Map<string, SpeakerNote>();
  readonly problems: { path: string; message: string }[] = [];
  private readonly eventKeys = new Map<string, string>();
  private readonly speakerKeys = new Map<string, string>();

  constructor(notes: Iterable<ParsedNote>) {
    const sorted = [...notes].filter(isCatalogNote).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const topics: TopicNote[] = [];
    for (const note of sorted) {
      if (note.kind === 'event') this.addEvent(note);
      else if (note.kind === 'speaker') this.addSpeaker(note);
      else if (note.kind === 'topic') topics.push(note);
    }
    // Names first, so that an alias never takes another speaker's own name.
    for (const [key, note] of this.speakers) {
      for (const alias of note.aliases) {
        const aliasKey = personKey(alias);
        if (!this.speakerKeys.has(aliasKey)) this.speakerKeys.set(aliasKey, key);
      }
    }
    this.vocabulary = new Vocabulary(undefined, topics);
  }

  private readonly eventCache = new Map<string, string | null>();

  /** The event id a session's `event` value points at, or null. */
  resolveEvent(ref: Ref): string | null {
    const target = ref.target ?? ref.text;
    const cacheKey = `${target}\n${ref.text}`;
    let id = this.eventCache.get(cacheKey);
    if (id === undefined) {
      id = this.eventKeys.get(foldKey(lastSegment(target))) ?? this.eventKeys.get(foldKey(ref.text)) ?? null;
      this.eventCache.set(cacheKey, id);
    }
    return id;
  }

  /** Names repeat across thousands of notes, so answers are remembered. */
  private readonly speakerKeyCache = new Map<string, string>();

  /** The canonical key of a speaker as written (`루카스`, `김광섭님`, `[[김광섭]]`). */
  speakerKey(ref: Ref): string {
    const written = ref.target !== undefined ? lastSegment(ref.target) : ref.text;
    let key = this.speakerKeyCache.get(written);
    if (key === undefined) {
      const folded = personKey(written);
      key = this.speakerKeys.get(folded) ?? folded;
      this.speakerKeyCache.set(written, key);
    }
    return key;
  }

  eventKeyList(): IterableIterator<string> {
    return this.eventKeys.keys();
  }

  eventIdOfKey(key: string): string | undefined {
    return this.eventKeys.get(key);
  }

  speakerKeyList(): IterableIterator<string> {
    return this.speakerKeys.keys();
  }

  speakerOfKey(key: string): string | undefined {
    return this.speakerKeys.get(key);
  }

  private addEvent(note: EventNote): void {
    const existing = this.events.get(note.id);
    if (existing) {
      this.problems.push({ path: note.path, message: `another event note is also named "${note.id}" (${existing.path})` });
      return;
    }
    this.events.set(note.id, note);
    for (const form of [note.id, ...note.aliases]) {
      const key = foldKey(form);
      if (!this.eventKeys.has(key)) this.eventKeys.set(key, note.id);
    }
  }

  private addSpeaker(note: SpeakerNote): void {
    const key = personKey(note.name);
    if (this.speakers.has(key)) {
      this.problems.push({ path: note.path, message: `another speaker note is also named "${note.name}"` });
      return;
    }
    this.speakers.set(key, note);
    this.speakerKeys.set(key, key);
  }
}

/**
 * The lookup keys (see `lookupKeys` in session-record.ts) whose answer differs
 * between two catalogs: only sessions that looked one of them up can resolve
 * differently. Namespaced `e:` events, `s:` speakers, `t:` topics.
 */
export function changedKeys(before: Catalog, after: Catalog): Set<string> {
  const changed = new Set<string>();
  const startOf = (c: Catalog, id: string | undefined): string | undefined => (id === undefined ? undefined : c.events.get(id)?.start);
  for (const key of new Set([...before.eventKeyList(), ...after.eventKeyList()])) {
    const a = before.eventIdOfKey(key);
    const b = after.eventIdOfKey(key);
    // A session's day may come from its event's start.
    if (a !== b || startOf(before, a) !== startOf(after, b)) changed.add(`e:${key}`);
  }
  for (const key of new Set([...before.speakerKeyList(), ...after.speakerKeyList()])) {
    if (before.speakerOfKey(key) !== after.speakerOfKey(key)) changed.add(`s:${key}`);
  }
  for (const key of new Set([...before.vocabulary.keyList(), ...after.vocabulary.keyList()])) {
    if (before.vocabulary.idOfKey(key) !== after.vocabulary.idOfKey(key)) changed.add(`t:${key}`);
  }
  return changed;
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
