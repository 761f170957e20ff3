/**
 * The narrowing through prefix maps and an early-stopping scan keeps exactly
 * what the former scan of every entry kept (issue 10), on random entries,
 * edits and queries, for every page size; so does the typo search, which
 * now skips forms lacking too many of the query's jamo.
 */
import fc from 'fast-check';
import { matchClass, MATCH, queryKeys, type FormKeys, type QueryKeys } from '../../../src/core/search/keys';
import { KINDS, SearchIndex, type Candidate, type Entry, type EntryInput } from '../../../src/core/search/search-index';
import { editDistance } from '../../../src/core/text/edit-distance';
import { toJamo } from '../../../src/core/text/hangul';

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

function apply(keys: SearchIndex, o: Op): void {
  if ('upsert' in o) keys.upsert(o.upsert);
  else keys.remove(o.remove.kind, o.remove.id);
}

test('narrowing returns exactly what the full scan returned', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 60 }), fc.array(queries, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 12 }), (ops, qs, max) => {
      const keys = new SearchIndex();
      for (const o of ops) apply(keys, o);
      for (const query of qs) {
        const q = queryKeys(query);
        if (q.jamo === '') continue;
        expect(keys.matches(q, max)).toEqual(fullScan(keys, q, max));
      }
    }),
    { numRuns: 400 },
  );
});

/** The former typo search: every form of every topic, speaker and event, by edit distance alone. */
function fullTypos(keys: SearchIndex, q: QueryKeys, max: number, taken: Set<Entry>): Candidate[] {
  const allowed = q.jamo.length <= 3 ? 0 : q.jamo.length <= 8 ? 1 : q.jamo.length <= 16 ? 2 : 3;
  if (allowed === 0) return [];
  const out: Candidate[] = [];
  for (const entry of keys.all()) {
    if (entry.kind === 'session' || taken.has(entry)) continue;
    const form = [entry, ...(entry.more ?? [])].find((f) => {
      if (f.jamo.length + allowed < q.jamo.length) return false;
      if (editDistance(q.jamo, f.jamo.slice(0, q.jamo.length), allowed) <= allowed) return true;
      return Math.abs(f.jamo.length - q.jamo.length) <= allowed && editDistance(q.jamo, f.jamo, allowed) <= allowed;
    });
    if (form) out.push({ entry, match: MATCH.fuzzy, form });
    if (out.length >= max) break;
  }
  return out;
}

// A label's jamo with up to three edits: deletions, substitutions and insertions of jamo or letters.
const edit = fc.record({ at: fc.nat(40), op: fc.constantFrom('delete', 'replace', 'insert'), ch: fc.constantFrom('ㅊ', 'ㅜ', 'ㅓ', 'ㄴ', 'ㅅ', 'ㅣ', 'ㅡ', 'ㅌ', 'ㅐ', 'ㅁ', 'a', 'k', 'f') });
const typoQuery = fc.tuple(text, fc.array(edit, { maxLength: 3 })).map(([t, edits]) => {
  let jamo = toJamo(t);
  for (const { at, op, ch } of edits) {
    const i = at % (jamo.length + 1);
    jamo = op === 'delete' ? jamo.slice(0, i) + jamo.slice(i + 1) : op === 'replace' ? jamo.slice(0, i) + ch + jamo.slice(i + 1) : jamo.slice(0, i) + ch + jamo.slice(i);
  }
  return jamo;
});

test('candidates, typos included, are exactly what the former full scans gave', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 60 }), fc.array(fc.oneof(typoQuery, queries), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 30 }), (ops, qs, max) => {
      const keys = new SearchIndex();
      // Queried after every edit, so that tables kept between queries must follow the edits.
      for (const o of ops) {
        apply(keys, o);
        for (const query of qs) {
          const q = queryKeys(query);
          if (q.jamo === '') continue;
          const expected = fullScan(keys, q, max);
          if (expected.length < Math.min(20, max) && q.jamo.length >= 2) expected.push(...fullTypos(keys, q, max - expected.length, new Set(expected.map((c) => c.entry))));
          expect(keys.candidates(q, max)).toEqual(expected);
        }
      }
    }),
    { numRuns: 400 },
  );
});
