/**
 * Final ranking of the narrowed candidates with fuse.js, on keystroke jamo so
 * that a half-typed syllable still scores. The match class found while
 * narrowing dominates; fuse.js orders within it.
 */
import Fuse from 'fuse.js';
import type { AliasKeys, Candidate, HitKind } from './search-index';
import { MATCH, type QueryKeys } from './keys';

export interface SearchHit {
  kind: HitKind;
  id: string;
  label: string;
  path?: string;
  /** 0–1, higher is better. */
  score: number;
  /** The alias the query matched, when it was neither the label nor the id (`루카스` for 김광섭). */
  matched?: string;
}

const KIND_ORDER: Record<HitKind, number> = { topic: 0, speaker: 1, event: 2, session: 3 };

export function rank(candidates: Candidate[], q: QueryKeys, limit: number): SearchHit[] {
  if (candidates.length === 0) return [];
  const fuse = new Fuse(candidates, {
    keys: [{ name: 'jamo', getFn: (c: Candidate) => c.form.jamo }],
    includeScore: true,
    ignoreLocation: true,
    threshold: 1,
    shouldSort: false,
  });
  const fuzz = new Map<Candidate, number>();
  for (const r of fuse.search(q.jamo)) fuzz.set(r.item, r.score ?? 1);
  const heaviest = Math.log1p(Math.max(...candidates.map((c) => c.entry.weight)));
  const scored = candidates.map((c) => {
    const closeness = 1 - (fuzz.get(c) ?? 1);
    // Shorter forms are closer to what was typed: `추천` before `추천 시스템 A to Z`.
    const brevity = q.jamo.length / Math.max(q.jamo.length, c.form.jamo.length);
    // Topics and speakers the vault uses come before the rest of the vocabulary.
    const use = heaviest > 0 ? Math.log1p(c.entry.weight) / heaviest : 0;
    return { c, score: (c.match + 0.5 * closeness + 0.25 * brevity + 0.25 * use) / (MATCH.exact + 1) };
  });
  // Within one match class a topic the vocabulary knows goes before one only notes spell (often a typo of it).
  const free = (c: Candidate): number => (c.entry.free ? 1 : 0);
  scored.sort(
    (a, b) =>
      b.c.match - a.c.match ||
      free(a.c) - free(b.c) ||
      b.score - a.score ||
      KIND_ORDER[a.c.entry.kind] - KIND_ORDER[b.c.entry.kind] ||
      (a.c.entry.id < b.c.entry.id ? -1 : a.c.entry.id > b.c.entry.id ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ c, score }) => {
    const hit: SearchHit = { kind: c.entry.kind, id: c.entry.hitId, label: c.entry.label, score: Math.round(score * 1000) / 1000 };
    if (c.entry.path !== undefined) hit.path = c.entry.path;
    const alias = 'text' in c.form ? (c.form as AliasKeys).text : undefined;
    if (alias !== undefined && alias !== c.entry.label && alias !== c.entry.id && alias !== c.entry.hitId) hit.matched = alias;
    return hit;
  });
}
