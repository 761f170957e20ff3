/** A plain matcher over every kind of entry: exact, prefix, then substring on folded keys. */
import type { ConferenceIndex } from './conference-index';
import { listEvents, listSpeakers, listTopics } from './listings';
import { collator, foldKey } from './normalize';

export type HitKind = 'session' | 'topic' | 'speaker' | 'event';

export interface SearchHit {
  kind: HitKind;
  id: string;
  label: string;
  path?: string;
  score: number;
}

/** Score of the best of `forms` against a folded query: 1 exact, 0.8 prefix, 0.5 substring. */
function match(query: string, forms: readonly string[]): number {
  let best = 0;
  for (const form of forms) {
    const key = foldKey(form);
    if (key === query) return 1;
    if (key.startsWith(query)) best = Math.max(best, 0.8);
    else if (key.includes(query)) best = Math.max(best, 0.5);
  }
  return best;
}

export function plainSearch(index: ConferenceIndex, query: string, limit = 20): SearchHit[] {
  const q = foldKey(query);
  if (q === '') return [];
  const hits: SearchHit[] = [];
  const consider = (hit: Omit<SearchHit, 'score'>, forms: string[]): void => {
    const score = match(q, forms);
    if (score > 0) hits.push({ ...hit, score });
  };
  for (const t of listTopics(index)) consider({ kind: 'topic', id: t.id, label: t.label, path: t.notePath }, [t.id, t.label, ...t.aliases]);
  for (const s of listSpeakers(index)) consider({ kind: 'speaker', id: s.id, label: s.name, path: s.notePath }, [s.name, ...s.aliases]);
  for (const e of listEvents(index)) consider({ kind: 'event', id: e.id, label: e.title, path: e.path }, [e.id, e.title, ...e.aliases]);
  for (const s of index.sessions()) consider({ kind: 'session', id: s.path, label: s.title, path: s.path }, [s.title]);
  const rank: Record<HitKind, number> = { topic: 0, speaker: 1, event: 2, session: 3 };
  return hits
    .sort((a, b) => b.score - a.score || rank[a.kind] - rank[b.kind] || collator.compare(a.label, b.label))
    .slice(0, Math.max(0, limit));
}
