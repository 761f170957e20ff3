/** Canonical topics and their surface forms: the built-in vocabulary plus topic notes (DESIGN.md §3). */
import { BUILTIN_TOPICS } from './builtin-topics';
import type { TopicNote } from '../note/model';
import { foldKey, slugId, termKey } from '../text/normalize';
import type { TopicDef } from './topic-def';

export interface Topic extends TopicDef {
  /** Path of the topic note that defines or extends it. */
  notePath?: string;
}

/**
 * Every key `resolve(surface)` may look up, whatever the vocabulary holds: the
 * keys `termKey` asks about when nothing is known, and the one it falls back to.
 * A topic's resolution can change only when one of these keys changes meaning.
 */
export function topicLookupKeys(surface: string): string[] {
  const keys: string[] = [];
  const last = termKey(surface.replace(/^#/, ''), (k) => {
    keys.push(k);
    return false;
  });
  if (!keys.includes(last)) keys.push(last);
  return keys;
}

/** The built-in vocabulary, read once: every catalog starts from a copy of it. */
let builtin: Vocabulary | null = null;

export class Vocabulary {
  /**
   * The built-in vocabulary this one extends, read through rather than copied: topic notes only
   * add keys (a key already taken keeps its topic) and replace topics, so a catalog edit costs
   * what its notes hold, not the 600-odd built-in topics.
   */
  private readonly base: Vocabulary | null;
  /** Topics added or replaced over the base (all of them when there is none). */
  private readonly topics = new Map<string, Topic>();
  /** foldKey of every id, label and alias → topic id, beyond the base's. */
  private readonly keys = new Map<string, string>();

  constructor(defs: readonly TopicDef[] = BUILTIN_TOPICS, notes: readonly TopicNote[] = []) {
    this.base = defs === BUILTIN_TOPICS ? (builtin ??= new Vocabulary([...BUILTIN_TOPICS])) : null;
    if (!this.base) for (const def of defs) this.add({ ...def, aliases: def.aliases.filter((a) => a !== def.label) });
    // Sorted so that the result never depends on the order notes arrived in.
    const sorted = [...notes].sort((a, b) => (a.path < b.path ? -1 : 1));
    const noteIds = sorted.map((note) => this.addNote(note));
    // After every note is in, so a broader topic may be defined by a later note.
    sorted.forEach((note, i) => this.addBroader(noteIds[i], note.broader ?? []));
  }

  /** Keys whose topic differs between two vocabularies, for finding what a topic note's edit changed. */
  static changedKeys(a: Vocabulary, b: Vocabulary): string[] {
    return Vocabulary.changed(a, b, (v) => v.keys.keys(), (v) => v.keyList(), (key) => a.idOfKey(key) !== b.idOfKey(key));
  }

  /** Ids whose topic differs (topics no note touched are the same objects in both). */
  static changedTopics(a: Vocabulary, b: Vocabulary): string[] {
    return Vocabulary.changed(a, b, (v) => v.topics.keys(), (v) => v.ids(), (id) => a.get(id) !== b.get(id));
  }

  /** What `differs` picks from both sides: their own entries when they share a base (or have none), else all. */
  private static changed(a: Vocabulary, b: Vocabulary, own: (v: Vocabulary) => Iterable<string>, all: (v: Vocabulary) => Iterable<string>, differs: (name: string) => boolean): string[] {
    const list = a.base === b.base ? own : all;
    return [...new Set([...list(a), ...list(b)])].filter(differs);
  }

  /** Surface forms repeat across thousands of notes, so answers are remembered. */
  private readonly resolved = new Map<string, string | null>();

  /** The topic id of a surface form, with the particle rule applied, or null. */
  resolve(surface: string): string | null {
    let id = this.resolved.get(surface);
    if (id === undefined) {
      const key = termKey(surface.replace(/^#/, ''), (k) => this.idOfKey(k) !== undefined);
      id = this.idOfKey(key) ?? null;
      if (this.resolved.size > 100_000) this.resolved.clear();
      this.resolved.set(surface, id);
    }
    return id;
  }

  get(id: string): Topic | undefined {
    return this.topics.get(id) ?? this.base?.topics.get(id);
  }

  all(): Topic[] {
    return [...this.ids()].map((id) => this.get(id)!);
  }

  /** In the base's order, a replaced topic in its place, then the topics notes added. */
  *ids(): Generator<string> {
    if (this.base) yield* this.base.topics.keys();
    for (const id of this.topics.keys()) if (!this.base?.topics.has(id)) yield id;
  }

  /** The topic's label in a UI language: the Korean label for `ko` unless a topic note names it. */
  label(id: string, lang: string): string {
    const topic = this.get(id);
    if (!topic) return id;
    return lang === 'ko' && topic.notePath === undefined ? (topic.ko ?? topic.label) : topic.label;
  }

  /** Ids of the directly broader topics. */
  broader(id: string): string[] {
    return this.get(id)?.broader ?? [];
  }

  /** Ids of the directly narrower topics. */
  narrower(id: string): string[] {
    if (this.narrowerOf === undefined) {
      this.narrowerOf = new Map();
      for (const topic of this.all()) {
        for (const b of topic.broader ?? []) {
          const list = this.narrowerOf.get(b);
          if (list) list.push(topic.id);
          else this.narrowerOf.set(b, [topic.id]);
        }
      }
    }
    return this.narrowerOf.get(id) ?? [];
  }

  private narrowerOf: Map<string, string[]> | undefined;

  /** Every narrower topic, transitively, without `id` itself; safe when notes make a cycle. */
  descendants(id: string): string[] {
    const seen = new Set([id]);
    const queue = [id];
    for (let i = 0; i < queue.length; i++) {
      for (const n of this.narrower(queue[i])) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return queue.slice(1);
  }

  /** Every normalized key with its topic id: what typo checks compare against. */
  entries(): [string, string][] {
    return [...(this.base?.keys ?? []), ...this.keys];
  }

  /** The topic id a normalized key names, if any. */
  idOfKey(key: string): string | undefined {
    return this.base?.keys.get(key) ?? this.keys.get(key);
  }

  private *keyList(): Generator<string> {
    if (this.base) yield* this.base.keys.keys();
    yield* this.keys.keys();
  }

  private add(topic: Topic): void {
    this.topics.set(topic.id, topic);
    for (const form of [topic.id, topic.label, topic.ko ?? '', ...topic.aliases]) {
      const key = foldKey(form);
      if (key !== '' && this.idOfKey(key) === undefined) this.keys.set(key, topic.id);
    }
  }

  /** A topic note extends the topic it names (its label wins), or defines a new one. */
  private addNote(note: TopicNote): string {
    const forms = [note.name, note.title, ...note.aliases];
    const existing = forms.map((f) => this.idOfKey(foldKey(f))).find((id) => id !== undefined);
    if (existing !== undefined) {
      const topic = this.get(existing)!;
      const aliases = [...topic.aliases];
      for (const form of [topic.label, ...forms]) {
        if (form !== note.name && !aliases.includes(form)) aliases.push(form);
      }
      this.add({ ...topic, label: note.name, aliases, notePath: note.path });
      return existing;
    }
    const id = slugId(note.name);
    this.add({ id, label: note.name, aliases: note.aliases.filter((a) => a !== note.name), notePath: note.path });
    return id;
  }

  /** A note's `broader:` names join the topic's broader ids; unknown names and itself are skipped. */
  private addBroader(id: string, names: readonly string[]): void {
    const topic = this.get(id);
    if (!topic || names.length === 0) return;
    const broader = [...(topic.broader ?? [])];
    for (const name of names) {
      const b = this.resolve(name);
      if (b !== null && b !== id && !broader.includes(b)) broader.push(b);
    }
    this.topics.set(id, { ...topic, broader });
  }
}
