/**
 * The narrowing through prefix maps and an early-stopping scan keeps exactly
 * what the former scan of every entry kept (issue 10), on random entries,
 * edits and queries, for every page size.
 */
import fc from 'fast-check';
import { matchClass, MATCH, queryKeys, type FormKeys, type QueryKeys } from '../../../src/core/search/keys';
import { KINDS, SearchIndex, type Candidate, type EntryInput } from '../../../src/core/search/search-index';

/** The former narrowing: every form of every entry tested, bucketed by class, in kind and id order. */
function fullScan(keys: SearchIndex, q: QueryKeys, max: number): Candidate[] {
  const buckets: Candidate[][] = Array.from({ length: MATCH.exact + 1 }, () => []);
  for (const entry of keys.all()) {
    let best: number = matchClass(entry, q);
    let bestForm: FormKeys = entry;
    for (const form of entry.more ?? []) {
      const m = matchClass(form, q);
      if (m > best) {
        best = m;
        bestForm = form;
      }
    }
    if (best > MATCH.none) buckets[best].push({ entry, match: best, form: bestForm });
  }
  const out: Candidate[] = [];
  for (let m = MATCH.exact; m > MATCH.none && out.length < max; m--) out.push(...buckets[m].slice(0, max - out.length));
  return out;
}

// Few pieces, so that labels share beginnings and insides and queries hit many entries at once.
const pieces = ['추천', '시스템', '이상', '탐지', '강화', '학습', '가', '각', '이', 'ㅊ', 'Kafka', 'ka', 'A', ' ', '추'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
const queries = fc.oneof(
  text,
  fc.constantFrom('ㅊ', 'ㅇ', 'ㄱ', 'ㅊㅊ', 'ㅇㅅ', 'ㅅㅌ', '추처', '춫', '핛', '강화핛', 'KAFKA', '이상'.normalize('NFD'), '가', 'k', ' 추 천 '),
);
const input: fc.Arbitrary<EntryInput> = fc.record({
  kind: fc.constantFrom(...KINDS),
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  label: text,
  forms: fc.array(text, { maxLength: 2 }),
});
type Op = { upsert: EntryInput } | { remove: { kind: (typeof KINDS)[number]; id: string } };
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: input.map((upsert) => ({ upsert })), weight: 4 },
  { arbitrary: input.map(({ kind, id }) => ({ remove: { kind, id } })), weight: 1 },
);

test('narrowing returns exactly what the full scan returned', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 60 }), fc.array(queries, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 12 }), (ops, qs, max) => {
      const keys = new SearchIndex();
      for (const o of ops) {
        if ('upsert' in o) keys.upsert(o.upsert);
        else keys.remove(o.remove.kind, o.remove.id);
      }
      for (const query of qs) {
        const q = queryKeys(query);
        if (q.jamo === '') continue;
        expect(keys.matches(q, max)).toEqual(fullScan(keys, q, max));
      }
    }),
    { numRuns: 400 },
  );
});
