/**
 * Resolved sessions by path, and the paths under each event, topic and speaker,
 * with the spellings they contribute. A session resolved anew after a catalog
 * edit moves only between the entries that differ, and reports only those, so
 * relinking the sessions of one speaker does not touch a topic ten thousand
 * sessions share.
 */
import type { Resolved, Spelling } from './session-record';
import { SpellingCounts } from './spelling-counts';

/** What a link, unlink or relink touched: the entries whose sessions or spellings changed. */
export interface Touched {
  path: string;
  events: string[];
  topics: string[];
  speakers: string[];
}

export class SessionLinks {
  readonly resolved = new Map<string, Resolved>();
  readonly byEvent = new Map<string, Set<string>>();
  readonly byTopic = new Map<string, Set<string>>();
  readonly bySpeaker = new Map<string, Set<string>>();
  readonly speakerSpellings = new SpellingCounts();
  readonly topicSpellings = new SpellingCounts();

  /** Links `r` in place of whatever its path held. */
  link(r: Resolved): Touched {
    const { path } = r.record;
    const old = this.resolved.get(path);
    this.resolved.set(path, r);
    return this.move(path, old ?? NOTHING, r);
  }

  unlink(path: string): Touched | null {
    const old = this.resolved.get(path);
    if (!old) return null;
    this.resolved.delete(path);
    return this.move(path, old, NOTHING);
  }

  private move(path: string, a: Resolved, b: Resolved): Touched {
    const events = a.record.event === b.record.event ? [] : [a.record.event, b.record.event].filter((e) => e !== undefined);
    if (a.record.event !== b.record.event) {
      if (a.record.event !== undefined) removeFrom(this.byEvent, a.record.event, path);
      if (b.record.event !== undefined) addTo(this.byEvent, b.record.event, path);
    }
    const topics = moveAll(this.byTopic, a.record.topics, b.record.topics, path);
    const speakers = moveAll(this.bySpeaker, a.record.speakers, b.record.speakers, path);
    // A spelling that changes renames its entry (speakers and topics outside the vocabulary are named by their spellings).
    if (!sameSpellings(a.speakerSpellings, b.speakerSpellings)) {
      this.speakerSpellings.add(a.speakerSpellings, -1);
      this.speakerSpellings.add(b.speakerSpellings, 1);
      addKeys(speakers, a.speakerSpellings, b.speakerSpellings);
    }
    if (!sameSpellings(a.topicSpellings, b.topicSpellings)) {
      this.topicSpellings.add(a.topicSpellings, -1);
      this.topicSpellings.add(b.topicSpellings, 1);
      addKeys(topics, a.topicSpellings, b.topicSpellings);
    }
    return { path, events, topics, speakers };
  }
}

/** What an unlinked session is linked to: nothing. */
const NOTHING: Resolved = { record: { path: '', title: '', speakers: [], topics: [], private: false }, speakerSpellings: [], topicSpellings: [] };

/** Moves `path` from the keys only in `a` to the keys only in `b`; returns those keys. */
function moveAll(map: Map<string, Set<string>>, a: readonly string[], b: readonly string[], path: string): string[] {
  const moved: string[] = [];
  for (const key of a) {
    if (b.includes(key)) continue;
    removeFrom(map, key, path);
    moved.push(key);
  }
  for (const key of b) {
    if (a.includes(key)) continue;
    addTo(map, key, path);
    moved.push(key);
  }
  return moved;
}

function sameSpellings(a: readonly Spelling[], b: readonly Spelling[]): boolean {
  return a.length === b.length && a.every((s, i) => s.key === b[i].key && s.text === b[i].text);
}

function addKeys(into: string[], ...lists: (readonly Spelling[])[]): void {
  for (const list of lists) for (const { key } of list) if (!into.includes(key)) into.push(key);
}

function addTo(map: Map<string, Set<string>>, key: string, path: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(path);
}

function removeFrom(map: Map<string, Set<string>>, key: string, path: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(path);
  if (set.size === 0) map.delete(key);
}
