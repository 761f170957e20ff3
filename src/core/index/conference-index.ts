/**
 * The one index of events, sessions, speakers and topics. Updated incrementally
 * by path (upsert / remove / rename, or a batch of changes); every change bumps
 * `revision` so views can tell when to redraw. Session edits touch only that
 * session's entries; an edit to event, speaker or topic notes makes the catalog
 * again from those notes alone (once per batch) and re-resolves only the
 * sessions that looked up a key whose meaning changed.
 */
import { Catalog, catalogSignature, isCatalogNote } from './catalog';
import type { ParsedNote } from '../note/model';
import type { NoteInput, Problem } from '../note/note-meta';
import { parseNote, type ParseResult } from '../note/parse-note';
import { Lookups } from './lookups';
import { resolveSession, sameResolution, type Resolved, type SessionRecord } from './session-record';
import { DEFAULT_SETTINGS, type CoreSettings } from '../note/settings';
import { SessionLinks } from './session-links';
import { StringPool } from './string-pool';

/** A note read anew, or gone from the vault. */
export type NoteChange = NoteInput | { path: string; gone: true };

/** What changed, for structures kept beside the index (search keys). */
export type IndexChange =
  /** A session's path, with the events, topics and speakers whose sessions or spellings its change moved. */
  | { kind: 'session'; path: string; events: string[]; topics: string[]; speakers: string[] }
  /** `changed`: the event ids, speaker keys and topic ids whose entries changed; absent, all may have. */
  | { kind: 'catalog'; changed?: { events: string[]; speakers: string[]; topics: string[] } };

export class ConferenceIndex {
  revision = 0;
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private readonly notes = new Map<string, ParsedNote>();
  /** Event, speaker and topic notes: all the catalog is built from. */
  private readonly catalogNotes = new Map<string, ParsedNote>();
  /**
   * Which sessions looked up which catalog key. None in an index that is built
   * once and only read (the CLI's): a catalog edit then resolves every session again.
   */
  private readonly lookups: Lookups | null;
  private readonly noteProblems = new Map<string, string[]>();
  private catalogCache: Catalog | null = null;
  /** Shares repeated values between notes; a short-lived index (the CLI's) can skip it. */
  private readonly pool: StringPool | null;
  private readonly links = new SessionLinks();
  private readonly resolved = this.links.resolved;
  private readonly byEvent = this.links.byEvent;
  private readonly byTopic = this.links.byTopic;
  private readonly bySpeaker = this.links.bySpeaker;
  readonly speakerSpellings = this.links.speakerSpellings;
  readonly topicSpellings = this.links.topicSpellings;

  constructor(
    readonly settings: CoreSettings = DEFAULT_SETTINGS,
    options: { pool?: boolean; readOnly?: boolean } = {},
  ) {
    this.pool = options.pool === false ? null : new StringPool();
    this.lookups = options.readOnly === true ? null : new Lookups();
  }

  /** Calls `listener` for every change from now on; returns the function that stops it. */
  onChange(listener: (change: IndexChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds or replaces the note at `input.path`. Idempotent. */
  upsert(input: NoteInput): void {
    this.apply([input]);
  }

  /** Forgets the note at `path`. Idempotent. */
  remove(path: string): void {
    this.apply([{ path, gone: true }]);
  }

  /** A note moved: its file name may be an event or speaker id, so it is read again. */
  rename(oldPath: string, input: NoteInput): void {
    this.apply(oldPath !== input.path ? [{ path: oldPath, gone: true }, input] : [input]);
  }

  /** Applies changes as one batch (see `applySteps`). */
  apply(changes: Iterable<NoteChange>): void {
    for (const step of this.applySteps(changes)) void step;
  }

  /**
   * Applies changes as one batch, in steps (a cold fill, a Sync pull): each note is read in a
   * step of its own; then the catalog is made once for all the event, speaker and topic notes
   * among them, and the sessions read, with those that looked up a key whose answer changed,
   * are resolved, each once. Ending `changes` early ends the batch there, consistently.
   */
  *applySteps(changes: Iterable<NoteChange>): Generator<void> {
    const before = this.catalogCache;
    /** Event, speaker and topic notes that changed, by path. */
    const edited = new Map<string, ParsedNote | undefined>();
    const pending = new Set<string>();
    for (const change of changes) {
      const { path } = change;
      const old = this.notes.get(path);
      let next: ParsedNote | undefined;
      if ('gone' in change) {
        if (!old) continue;
        this.notes.delete(path);
        this.noteProblems.delete(path);
      } else {
        const { note, problems } = this.parse(change);
        next = note;
        this.notes.set(path, note);
        if (problems.length > 0) this.noteProblems.set(path, problems);
        else this.noteProblems.delete(path);
      }
      this.revision++;
      if (old?.kind === 'session') {
        this.lookups?.drop(old);
        // A session that stays one is relinked in place once resolved.
        if (next?.kind !== 'session') this.unlink(path);
      }
      if (catalogSignature(old) !== catalogSignature(next)) {
        if (isCatalogNote(next)) this.catalogNotes.set(path, next);
        else this.catalogNotes.delete(path);
        edited.set(path, next);
      }
      if (next?.kind === 'session') {
        this.lookups?.add(next);
        pending.add(path);
      }
      yield;
    }
    if (edited.size > 0) {
      if (before === null || this.lookups === null) {
        // No catalog was ever built (so no session was resolved against one), or no reverse index is kept.
        yield* this.reresolveSteps();
        return;
      }
      const [[path, note]] = edited;
      const after = (this.catalogCache = edited.size === 1 ? before.edited(path, note) : Catalog.of(this.catalogNotes.values(), before));
      const { keys, ...changed } = Catalog.diff(before, after);
      this.emit({ kind: 'catalog', changed });
      for (const key of keys) for (const session of this.lookups.sessions(key)) pending.add(session);
    }
    const catalog = this.catalog;
    for (const path of pending) {
      const note = this.notes.get(path);
      if (note?.kind !== 'session') continue;
      const next = resolveSession(note, catalog);
      const old = this.resolved.get(path);
      if (old && sameResolution(old, next)) continue;
      this.link(next);
      yield;
    }
  }

  /** Replaces everything with `inputs`. */
  rebuild(inputs: Iterable<NoteInput>): void {
    for (const step of this.rebuildSteps(inputs)) void step;
  }

  /**
   * `rebuild` cut into steps, one per note read and one per session linked, so a
   * caller can spread a cold build over frames (see `runSliced`).
   */
  *rebuildSteps(inputs: Iterable<NoteInput>): Generator<void> {
    this.notes.clear();
    this.noteProblems.clear();
    this.catalogNotes.clear();
    // Not edited from here on: the catalog is made again from the notes read.
    this.catalogCache = null;
    this.lookups?.clear();
    for (const input of inputs) {
      const { note, problems } = this.parse(input);
      this.notes.set(note.path, note);
      if (problems.length > 0) this.noteProblems.set(note.path, problems);
      if (isCatalogNote(note)) this.catalogNotes.set(note.path, note);
      else if (note.kind === 'session') this.lookups?.add(note);
      yield;
    }
    yield* this.reresolveSteps();
    this.revision++;
  }

  private parse(input: NoteInput): ParseResult {
    const result = parseNote(input, this.settings);
    if (result.note.kind === 'session') this.pool?.session(result.note);
    return result;
  }

  get catalog(): Catalog {
    return (this.catalogCache ??= Catalog.of(this.catalogNotes.values()));
  }

  note(path: string): ParsedNote | undefined {
    return this.notes.get(path);
  }

  session(path: string): SessionRecord | undefined {
    return this.resolved.get(path)?.record;
  }

  sessions(): SessionRecord[] {
    return [...this.resolved.values()].map((r) => r.record);
  }

  get sessionCount(): number {
    return this.resolved.size;
  }

  sessionsOfEvent(id: string): SessionRecord[] {
    return this.records(this.byEvent.get(id));
  }

  sessionsOfTopic(id: string): SessionRecord[] {
    return this.records(this.byTopic.get(id));
  }

  sessionsOfSpeaker(key: string): SessionRecord[] {
    return this.records(this.bySpeaker.get(key));
  }

  /** How many sessions carry a topic: the rarer, the more a shared topic says. */
  topicFrequency(id: string): number {
    return this.byTopic.get(id)?.size ?? 0;
  }

  eventFrequency(id: string): number {
    return this.byEvent.get(id)?.size ?? 0;
  }

  speakerFrequency(key: string): number {
    return this.bySpeaker.get(key)?.size ?? 0;
  }

  topicIds(): string[] {
    return [...this.byTopic.keys()];
  }

  speakerKeys(): string[] {
    return [...this.bySpeaker.keys()];
  }

  /** Problems found while reading single notes (cross-note checks live in lint). */
  noteProblemList(): Problem[] {
    const out: Problem[] = [...this.catalog.problems];
    for (const [path, messages] of this.noteProblems) for (const message of messages) out.push({ path, message });
    return out;
  }

  /** Every parsed note, for checks across notes. */
  allNotes(): IterableIterator<ParsedNote> {
    return this.notes.values();
  }

  private records(paths: Set<string> | undefined): SessionRecord[] {
    const out: SessionRecord[] = [];
    for (const path of paths ?? []) {
      const r = this.resolved.get(path);
      if (r) out.push(r.record);
    }
    return out;
  }

  private *reresolveSteps(): Generator<void> {
    this.emit({ kind: 'catalog' });
    this.catalogCache = null;
    for (const path of [...this.resolved.keys()]) this.unlink(path);
    const catalog = this.catalog;
    for (const note of this.notes.values()) {
      if (note.kind !== 'session') continue;
      this.link(resolveSession(note, catalog));
      yield;
    }
  }

  private link(r: Resolved): void {
    this.emit({ kind: 'session', ...this.links.link(r) });
  }

  private unlink(path: string): void {
    const touched = this.links.unlink(path);
    if (touched) this.emit({ kind: 'session', ...touched });
  }

  private emit(change: IndexChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
