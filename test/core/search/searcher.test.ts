import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { Searcher } from '../../../src/core/search/searcher';
import { loadVault } from '../../../src/node/vault-reader';
import { md, note, SAMPLE_VAULT } from '../../helpers';
import { searchCases } from '../../search-cases';

const searcher = new Searcher(loadVault(SAMPLE_VAULT).index);
const top5 = (query: string) => searcher.search(query, 5).map((h) => `${h.kind}:${h.id}`);

describe('every case of DESIGN.md §4 finds its target in the top 5', () => {
  test.each(searchCases({ id: '전상현', part: '상현' }).map((c) => [c.why, c.query, `${c.kind}:${c.id}`]))('%s: %s → %s', (_, query, target) => {
    expect(top5(query)).toContain(target);
  });
});

test('aliases lead to the canonical speaker', () => {
  expect(top5('루카스')[0]).toBe('speaker:김광섭');
  expect(top5('Lucas')[0]).toBe('speaker:김광섭');
});

test('a whole result list (sessions carry their paths)', () => {
  expect(searcher.search('tensorrt', 3)).toEqual([
    { kind: 'topic', id: 'tensorrt', label: 'TensorRT', score: 1 },
    // A narrower built-in topic whose name starts with the query.
    { kind: 'topic', id: 'tensorrt-llm', label: 'TensorRT-LLM', score: expect.any(Number) as number },
    { kind: 'session', id: 'Conferences/if(kakao)/2019/TensorRT로 추론 서버 최적화하기.md', label: 'TensorRT로 추론 서버 최적화하기', path: 'Conferences/if(kakao)/2019/TensorRT로 추론 서버 최적화하기.md', score: expect.any(Number) as number },
  ]);
});

test('blank and unmatched queries give empty lists, never errors', () => {
  expect(searcher.search('   ')).toEqual([]);
  expect(searcher.search('#')).toEqual([]);
  expect(searcher.search('zzzzqqqxxy')).toEqual([]);
});

test('keys follow the index change by change', () => {
  const index = new ConferenceIndex();
  const live = new Searcher(index);
  const sessions = (q: string) => live.search(q, 5).filter((h) => h.kind === 'session').map((h) => h.id);
  index.upsert(note('a.md', md({ type: 'session', topics: ['양자화'] }, '# 모델 경량화 실전')));
  expect(sessions('경량화')).toEqual(['a.md']);
  index.upsert(note('a.md', md({ type: 'session' }, '# 서빙 최적화')));
  expect(sessions('경량화')).toEqual([]);
  index.rename('a.md', note('b.md', md({ type: 'session' }, '# 서빙 최적화')));
  expect(sessions('서빙 최적')).toEqual(['b.md']);
  index.upsert(note('People/전상현.md', md({ type: 'speaker', aliases: ['Sanghyun'] })));
  expect(live.search('sanghyun', 1).map((h) => h.id)).toEqual(['전상현']);
  index.remove('b.md');
  expect(sessions('서빙')).toEqual([]);
});
