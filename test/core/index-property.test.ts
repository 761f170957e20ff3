/** Any sequence of upserts, removes and renames gives the index a fresh build of the final state gives. */
import fc from 'fast-check';
import { ConferenceIndex } from '../../src/core/conference-index';
import { indexJson } from '../../src/core/index-json';
import { Searcher } from '../../src/core/search/searcher';
import { md, note } from '../helpers';

const paths = ['a.md', 'b.md', 'c.md', 'd/e.md', 'd/if(kakao) 2019.md', 'd/전상현.md', 'Topics/FDS.md', 'if(kakao) 2020.md'];
const speakerForms = ['[[전상현]]', '전상현님', '[[루카스]]', 'Lucas', '김광섭 님', 'Brian Walsh', 'brian walsh', 'BrianWalsh'];
const topicForms = ['FDS', '이상거래탐지', 'Kuberentes', 'kubernetes', '추천 시스템', 'feature store', 'Vector Tiles', 'vector tiles', '고양이', 'TensorRT를'];
const eventLinks = ['[[if(kakao) 2019]]', '[[if(kakao) 2020]]', '[[ifkakao2019]]', '[[nowhere]]'];

const noteText = fc.oneof(
  fc.record({
    event: fc.option(fc.constantFrom(...eventLinks), { nil: undefined }),
    speakers: fc.subarray(speakerForms, { maxLength: 3 }),
    topics: fc.subarray(topicForms, { maxLength: 3 }),
    time: fc.constantFrom('10:00', '13:00', undefined),
    day: fc.constantFrom(1, 2, undefined),
  }).map((p) => md({ type: 'session', ...p }, '# 세션 #TensorRT를')),
  fc.record({ start: fc.constantFrom('2019-08-29', '2020-11-16'), aliases: fc.subarray(['ifkakao2019', 'ifkakao'], {}) }).map((p) => md({ type: 'event', ...p })),
  fc.subarray(['루카스', 'Lucas', '전상현'], {}).map((aliases) => md({ type: 'speaker', aliases })),
  fc.subarray(['Kuberentes', '고양이', 'Feature Store'], {}).map((aliases) => md({ type: 'topic', aliases })),
  fc.constant('---\ntopics: [broken\n---\n'),
  fc.constant('plain note'),
);

type Op = { kind: 'upsert'; path: string; text: string } | { kind: 'remove'; path: string } | { kind: 'rename'; from: string; to: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('upsert' as const), path: fc.constantFrom(...paths), text: noteText }),
  fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }),
  fc.record({ kind: fc.constant('rename' as const), from: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }),
);

function snapshot(index: ConferenceIndex): string {
  const records = index.sessions().sort((a, b) => (a.path < b.path ? -1 : 1));
  return JSON.stringify({ json: indexJson(index), records });
}

test('incremental updates equal a fresh build, search keys included', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const live = new ConferenceIndex();
      const liveSearch = new Searcher(live);
      const files = new Map<string, string>();
      for (const o of ops) {
        if (o.kind === 'upsert') {
          files.set(o.path, o.text);
          live.upsert(note(o.path, o.text));
        } else if (o.kind === 'remove') {
          files.delete(o.path);
          live.remove(o.path);
        } else {
          const text = files.get(o.from);
          if (text === undefined || files.has(o.to)) continue;
          files.delete(o.from);
          files.set(o.to, text);
          live.rename(o.from, note(o.to, text));
        }
        // As in use: searches happen between edits, so keys are brought up to date each time.
        liveSearch.sync();
      }
      const fresh = new ConferenceIndex();
      fresh.rebuild([...files].map(([path, text]) => note(path, text)));
      expect(snapshot(live)).toBe(snapshot(fresh));
      // Search keys followed the same changes one by one.
      liveSearch.sync();
      const freshSearch = new Searcher(fresh);
      freshSearch.sync();
      expect(JSON.stringify([...liveSearch.keys.all()])).toBe(JSON.stringify([...freshSearch.keys.all()]));
    }),
    { numRuns: 300, seed: 20261121 },
  );
});
