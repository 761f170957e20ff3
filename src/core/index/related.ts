/**
 * Sessions related to one session, ranked: shared topics (rarer topics weigh
 * more), a shared direct broader topic when it is specific (Istio and Linkerd
 * under Service mesh), shared speakers, the same event, and the talks right
 * before and after in the same room, when day and time or `order` say so
 * (talk-order.ts).
 */
import type { ConferenceIndex } from './conference-index';
import type { SessionRecord } from './session-record';
import { adjacentTalks, compareTalkOrder } from './talk-order';

export type Reason =
  | { kind: 'topic'; id: string }
  /** Both talks sit under this topic (one may carry it itself), sharing no topic of it. */
  | { kind: 'broader'; id: string }
  | { kind: 'speaker'; id: string }
  | { kind: 'same-event'; id: string }
  | { kind: 'next-talk' }
  | { kind: 'previous-talk' };

export interface RelatedSession {
  session: SessionRecord;
  score: number;
  reasons: Reason[];
}

const WEIGHTS = { speaker: 3, sameEvent: 0.25, neighbour: 1 };

/**
 * A shared broader topic weighs `share` of ln(sessions / talks under it), and
 * nothing when that is below `minIdf`: "Machine learning" under half the vault
 * relates nothing. Always less than a shared topic under it (1 + ln(…) of fewer talks).
 */
const BROADER = { share: 0.5, minIdf: 1.5 };

/** Weight of one shared topic: at least 1, more the rarer it is (inverse document frequency). */
function topicWeight(index: ConferenceIndex, id: string): number {
  const df = Math.max(1, index.topicFrequency(id));
  return 1 + Math.log(Math.max(1, index.sessionCount / df));
}

export function related(index: ConferenceIndex, path: string, limit = 20): RelatedSession[] {
  const self = index.session(path);
  if (!self) return [];
  const found = new Map<string, RelatedSession>();
  /** The part of each score a broader topic gave. */
  const fromBroader = new Map<string, number>();
  const credit = (session: SessionRecord, score: number, reason: Reason): void => {
    if (session.path === self.path) return;
    let entry = found.get(session.path);
    if (!entry) found.set(session.path, (entry = { session, score: 0, reasons: [] }));
    entry.score += score;
    entry.reasons.push(reason);
    if (reason.kind === 'broader') fromBroader.set(session.path, (fromBroader.get(session.path) ?? 0) + score);
  };
  for (const id of self.topics) {
    const weight = topicWeight(index, id);
    for (const other of index.sessionsOfTopic(id)) credit(other, weight, { kind: 'topic', id });
  }
  for (const [id, sessions, weight] of broaderFamilies(index, self)) {
    for (const other of sessions) credit(other, weight, { kind: 'broader', id });
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
  // A broader topic is named only where it is what mainly relates the talks.
  for (const entry of found.values()) {
    if ((fromBroader.get(entry.session.path) ?? 0) * 2 < entry.score) entry.reasons = entry.reasons.filter((r) => r.kind !== 'broader');
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || compareTalkOrder(a.session, b.session))
    .slice(0, Math.max(0, limit));
}

/**
 * Each direct broader topic of the talk's topics (and each of its own topics
 * that has narrower ones), specific enough to count: the talks under it that
 * share none of its topics with this talk (those got the topic's own credit), and their weight.
 */
function broaderFamilies(index: ConferenceIndex, self: SessionRecord): [string, SessionRecord[], number][] {
  const vocabulary = index.catalog.vocabulary;
  const mine = new Set(self.topics);
  const heads = new Set(self.topics.flatMap((id) => [...vocabulary.broader(id), ...(vocabulary.narrower(id).length > 0 ? [id] : [])]));
  const out: [string, SessionRecord[], number][] = [];
  for (const head of heads) {
    const family = new Set([head, ...vocabulary.narrower(head)]);
    // A broad family is skipped before its talks are gathered: its biggest topic already says too many.
    const biggest = Math.max(...[...family].map((id) => index.topicFrequency(id)));
    if (Math.log(index.sessionCount / Math.max(1, biggest)) < BROADER.minIdf) continue;
    const under = new Map<string, SessionRecord>();
    for (const id of family) for (const s of index.sessionsOfTopic(id)) under.set(s.path, s);
    const idf = Math.log(index.sessionCount / Math.max(1, under.size));
    if (idf < BROADER.minIdf) continue;
    const others = [...under.values()].filter((s) => !s.topics.some((t) => mine.has(t) && family.has(t)));
    out.push([head, others, BROADER.share * idf]);
  }
  return out;
}
