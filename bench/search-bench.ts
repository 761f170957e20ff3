/**
 * Index and search figures of issue 3, all measured in one run on the same
 * records: cold build (and its longest time slice), update latency, query
 * latency against plain fuse.js over every record, the iteration floor,
 * retained bytes per session and the Korean cases found in the top 5.
 */
import Fuse from 'fuse.js';
import { ConferenceIndex } from '../src/core/index/conference-index';
import type { NoteInput } from '../src/core/note/note-meta';
import { speakerEntry } from '../src/core/index/listings';
import { Searcher } from '../src/core/search/searcher';
import { runSliced } from '../src/core/index/time-slice';
import { readNotesForBench } from './read-baseline';
import type { GeneratedVault } from './generate';
import { searchCases } from '../test/search-cases';
import { gc, median, percentile, round2, time } from './stats';
import { md, note } from '../test/helpers';

export interface SearchFigures {
  cold_index_ms: number;
  cold_longest_slice_ms: number;
  update_p95_ms: number;
  query_p50_ms: number;
  query_p95_ms: number;
  fuse_fullscan_p95_ms: number;
  floor_ms: number;
  fuse_ratio_p95: number;
  bytes_per_session: number;
  korean_cases_top5: number;
  korean_cases_total: number;
}

const EXTRA_QUERIES = ['kubernetes', 'kafka streaming', 'LLM', 'matrix', '코드 리뷰', '개발 문화', 'TensorRT 최적화', '실전 적용기', 'mlops', 'ㅋㅂㄴㅌㅅ'];

function build(inputs: NoteInput[]): { index: ConferenceIndex; searcher: Searcher } {
  const index = new ConferenceIndex();
  index.rebuild(inputs);
  const searcher = new Searcher(index);
  searcher.sync();
  return { index, searcher };
}

export async function measureSearch(vault: GeneratedVault): Promise<SearchFigures> {
  const inputs = readNotesForBench(vault.dir);

  // Retained memory: what the index and search keys add once the notes' metadata exists,
  // typed arrays (the search's block filter) included: their contents live outside the heap.
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  gc();
  const before = used();
  let { index, searcher } = build(inputs);
  gc();
  const bytes = (used() - before) / index.sessionCount;

  const cold = [1, 2, 3].map(() => time(() => build(inputs)));
  const sliced = await runSliced(
    (function* () {
      const fresh = new ConferenceIndex();
      yield* fresh.rebuildSteps(inputs);
      yield* new Searcher(fresh).syncSteps();
    })(),
    { now: () => performance.now(), pause: () => new Promise((r) => setImmediate(r)) },
  );

  const sessions = index.sessions().map((s) => s.path);
  const updates = sessions.slice(0, 300).map((path, i) => time(() => {
    index.upsert(note(path, md({ type: 'session', topics: ['FDS', i % 2 ? '추천 시스템' : 'Kafka'], speakers: ['[[전상현]]'] }, `# 수정된 세션 ${i}`)));
    searcher.sync();
  }));
  ({ index, searcher } = build(inputs));

  const firstSpeaker = speakerEntry(index, index.speakerKeys().sort()[0]);
  const cases = searchCases({ id: firstSpeaker.id, part: firstSpeaker.name.slice(1) });
  const queries = [...cases.map((c) => c.query), ...EXTRA_QUERIES];
  const found = cases.filter((c) => searcher.search(c.query, 5).some((h) => h.kind === c.kind && h.id === c.id)).length;
  const latencies: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of queries) latencies.push(time(() => searcher.search(q, 20)));

  // Plain fuse.js gets the same records as they are written: labels and their other forms.
  const records = [
    ...index.sessions().map((s) => ({ label: s.title, forms: [] as string[] })),
    ...index.catalog.vocabulary.all().map((t) => ({ label: t.label, forms: t.aliases })),
    ...index.speakerKeys().map((k) => speakerEntry(index, k)).map((s) => ({ label: s.name, forms: s.aliases })),
    ...[...index.catalog.events.values()].map((e) => ({ label: e.title, forms: e.aliases })),
  ];
  const fuse = new Fuse(records, { keys: ['label', 'forms'], includeScore: true });
  const fuseRounds = vault.sessions >= 50_000 ? 1 : 2;
  const full: number[] = [];
  for (let round = 0; round < fuseRounds; round++) for (const q of queries) full.push(time(() => fuse.search(q, { limit: 20 })));
  const floor = median([1, 2, 3, 4, 5].map(() => time(() => {
    let n = 0;
    for (const r of records) {
      n += r.label.length;
      for (const f of r.forms) n += f.length;
    }
    return n;
  })));

  const p95 = percentile(latencies, 95);
  const fullP95 = percentile(full, 95);
  return {
    cold_index_ms: round2(median(cold)),
    cold_longest_slice_ms: round2(sliced.longestMs),
    update_p95_ms: round2(percentile(updates, 95)),
    query_p50_ms: round2(percentile(latencies, 50)),
    query_p95_ms: round2(p95),
    fuse_fullscan_p95_ms: round2(fullP95),
    floor_ms: round2(floor),
    fuse_ratio_p95: round2(fullP95 / p95),
    bytes_per_session: Math.round(bytes),
    korean_cases_top5: found,
    korean_cases_total: cases.length,
  };
}
