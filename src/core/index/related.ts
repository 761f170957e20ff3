/**
 * Sessions related to one session, ranked: shared topics (rarer topics weigh
 * more), shared speakers, the same event, and the talks right before and after
 * in the same room, when day and time or `order` say so (talk-order.ts).
 */
import type { ConferenceIndex } from './conference-index';
import type { SessionRecord } from './session-record';
import { adjacentTalks, compareTalkOrder } from './talk-order';

export type Reason =
  | { kind: 'topic'; id: string }
  | { kind: 'speaker'; id: string }
  | { kind: 'same-event'; id: string }
  | { kind: 'next-talk' }
  | { kind: 'previous-talk' };

export interface RelatedSession {
  session: SessionRecord;
  score: number;
  reasons: Reason[];
}

export const WEIGHTS = { speaker: 3, sameEvent: 0.25, neighbour: 1 };

/** Weight of one shared topic: at least 1, more the rarer it is (inverse document frequency). */
export function topicWeight(index: ConferenceIndex, id: string): number {
  const df = Math.max(1, index.topicFrequency(id));
  return 1 + Math.log(Math.max(1, index.sessionCount / df));
}

export function related(index: ConferenceIndex, path: string, limit = 20): RelatedSession[] {
  const self = index.session(path);
  if (!self) return [];
  const found = new Map<string, RelatedSession>();
  const credit = (session: SessionRecord, score: number, reason: Reason): void => {
    if (session.path === self.path) return;
    let entry = found.get(session.path);
    if (!entry) found.set(session.path, (entry = { session, score: 0, reasons: [] }));
    entry.score += score;
    entry.reasons.push(reason);
  };
  for (const id of self.topics) {
    const weight = topicWeight(index, id);
    for (const other of index.sessionsOfTopic(id)) credit(other, weight, { kind: 'topic', id });
  }
  for (const key of self.speakers) {
    for (const other of index.sessionsOfSpeaker(key)) credit(other, WEIGHTS.speaker, { kind: 'speaker', id: key });
  }
  if (self.event !== undefined) {
    const programme = index.sessionsOfEvent(self.event);
    for (const next of adjacentTalks(programme, self, 1)) credit(next, WEIGHTS.neighbour, { kind: 'next-talk' });
    for (const previous of adjacentTalks(programme, self, -1)) credit(previous, WEIGHTS.neighbour, { kind: 'previous-talk' });
    for (const entry of found.values()) {
      if (entry.session.event === self.event) {
        entry.score += WEIGHTS.sameEvent;
        entry.reasons.push({ kind: 'same-event', id: self.event });
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || compareTalkOrder(a.session, b.session))
    .slice(0, Math.max(0, limit));
}
