/**
 * Korean-aware search over one index (DESIGN.md §4). Its keys follow the index
 * change by change: an edited session re-keys that session and its topics and
 * speakers; only a change to event, speaker or topic notes re-keys those kinds.
 */
import type { ConferenceIndex, IndexChange } from '../index/conference-index';
import { speakerEntry, topicLabel } from '../index/listings';
import { seriesAliasForms } from '../vocabulary/event-series';
import { queryKeys } from './keys';
import { rank, type SearchHit } from './rank';
import { SearchIndex } from './search-index';

export type { SearchHit };

/** How many narrowed candidates fuse.js ranks. */
const CANDIDATES = 150;

export class Searcher {
  readonly keys = new SearchIndex();
  private readonly sessions = new Set<string>();
  private readonly topics = new Set<string>();
  private readonly speakers = new Set<string>();
  private readonly events = new Set<string>();
  private catalogChanged = true;
  private readonly stop: () => void;

  constructor(private readonly index: ConferenceIndex) {
    for (const s of index.sessions()) this.sessions.add(s.path);
    this.stop = index.onChange((c) => this.note(c));
  }

  /** Stops following the index. */
  detach(): void {
    this.stop();
  }

  search(query: string, limit = 20): SearchHit[] {
    this.sync();
    const q = queryKeys(query);
    if (q.jamo === '') return [];
    return rank(this.keys.candidates(q, CANDIDATES), q, limit);
  }

  /** Brings the keys up to date with the index; cheap when little changed. */
  sync(): void {
    for (const step of this.syncSteps()) void step;
  }

  /** `sync` cut into steps, one per entry, for a time-sliced cold start. */
  *syncSteps(): Generator<void> {
    const { index, keys } = this;
    if (this.catalogChanged) {
      this.catalogChanged = false;
      for (const kind of ['topic', 'speaker', 'event'] as const) keys.clear(kind);
      for (const topic of index.catalog.vocabulary.all()) this.topics.add(topic.id);
      for (const id of index.topicIds()) this.topics.add(id);
      for (const key of [...index.catalog.speakers.keys(), ...index.speakerKeys()]) this.speakers.add(key);
      for (const id of index.catalog.events.keys()) this.events.add(id);
    }
    for (const id of this.events) {
      const e = index.catalog.events.get(id);
      if (e) keys.upsert({ kind: 'event', id, label: e.title, forms: [id, ...e.aliases, ...seriesAliasForms(e)], path: e.path, weight: index.eventFrequency(id) });
      else keys.remove('event', id);
      yield;
    }
    for (const path of this.sessions) {
      const s = index.session(path);
      if (s) keys.upsert({ kind: 'session', id: path, label: s.title, forms: [], path });
      else keys.remove('session', path);
      yield;
    }
    for (const id of this.topics) {
      const known = index.catalog.vocabulary.get(id);
      const weight = index.topicFrequency(id);
      if (known) keys.upsert({ kind: 'topic', id, label: known.label, forms: [id, ...known.aliases], path: known.notePath, weight });
      else if (weight > 0) keys.upsert({ kind: 'topic', id, label: topicLabel(index, id), forms: index.topicSpellings.spellings(id), weight, free: true });
      else keys.remove('topic', id);
      yield;
    }
    for (const key of this.speakers) {
      const weight = index.speakerFrequency(key);
      if (index.catalog.speakers.has(key) || weight > 0) {
        const s = speakerEntry(index, key);
        keys.upsert({ kind: 'speaker', id: key, hitId: s.id, label: s.name, forms: s.aliases, path: s.notePath, weight });
      } else keys.remove('speaker', key);
      yield;
    }
    this.sessions.clear();
    this.topics.clear();
    this.speakers.clear();
    this.events.clear();
  }

  private note(change: IndexChange): void {
    if (change.kind === 'catalog') {
      // A catalog edit names what it changed; otherwise (a rebuild) every catalog key is redone.
      if (!change.changed) this.catalogChanged = true;
      for (const id of change.changed?.events ?? []) this.events.add(id);
      for (const id of change.changed?.topics ?? []) this.topics.add(id);
      for (const key of change.changed?.speakers ?? []) this.speakers.add(key);
      return;
    }
    this.sessions.add(change.path);
    for (const id of change.events) this.events.add(id);
    for (const id of change.topics) this.topics.add(id);
    for (const key of change.speakers) this.speakers.add(key);
  }
}
