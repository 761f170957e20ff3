/** Any sequence of upserts, removes and renames gives the index a fresh build of the final state gives. */
import fc from 'fast-check';
import { ConferenceIndex, type NoteChange } from '../../../src/core/index/conference-index';
import { indexJson } from '../../../src/core/index/index-json';
import { Searcher } from '../../../src/core/search/searcher';
import { md, note } from '../../helpers';

// File names matter: an event or speaker note is named by its file, a topic note by its name.
const sessionPaths = ['a.md', 'b.md', 'c.md', 'd/e.md'];
const eventPaths = ['d/if(kakao) 2019.md', 'if(kakao) 2020.md', 'ifkakao.md'];
const speakerPaths = ['d/전상현.md', 'People/루카스.md'];
const topicPaths = ['Topics/FDS.md', '추천.md', 'Topics/쿠버.md'];
const paths = [...sessionPaths, ...eventPaths, ...speakerPaths, ...topicPaths];
const speakerForms = ['[[전상현]]', '전상현님', '[[루카스]]', 'Lucas', '김광섭 님', 'Brian Walsh', 'brian walsh', 'BrianWalsh', 'lucas 님'];
const topicForms = ['FDS', '이상거래탐지', 'Kuberentes', 'kubernetes', '추천 시스템', 'feature store', 'Vector Tiles', 'vector tiles', '고양이', 'TensorRT를', '추천', '추천을', '쿠버를', 'Lucas', 'Zig를'];
const tagForms = ['#TensorRT를', '#추천을', '#추천', '#쿠버는', '#고양이를', '#FDS를', '#ifkakao'];
const eventLinks = ['[[if(kakao) 2019]]', '[[if(kakao) 2020]]', '[[ifkakao2019]]', '[[nowhere]]', '[[ifkakao]]', 'if kakao', '[[nowhere|ifkakao]]'];
const aliasPool = ['ifkakao2019', 'ifkakao', 'if kakao', '추천', '루카스', 'Lucas', '전상현', 'Kuberentes', '고양이', 'Feature Store', '쿠버', 'FDS', 'nowhere', 'Brian Walsh', 'Zig'];

const session = fc.record({
  event: fc.option(fc.constantFrom(...eventLinks), { nil: undefined }),
  speakers: fc.subarray(speakerForms, { maxLength: 3 }),
  topics: fc.subarray(topicForms, { maxLength: 3 }),
  time: fc.constantFrom('10:00', '13:00', undefined),
  // Without a day, the day comes from the date and the event's start.
  day: fc.constantFrom(1, undefined, undefined),
  date: fc.constantFrom('2019-08-30', '2019-08-30', undefined),
  video_offset: fc.constantFrom(30, undefined, undefined),
  tags: fc.subarray(tagForms, { maxLength: 3 }),
}).map(({ tags, ...p }) => md({ type: 'session', ...p }, `# 세션 ${tags.join(' ')}`));

const eventNote = fc.record({ start: fc.constantFrom('2019-08-29', '2019-08-28', undefined), aliases: fc.subarray(aliasPool, { maxLength: 3 }) }).map((p) => md({ type: 'event', ...p }));
const speakerNote = fc.subarray(aliasPool, { maxLength: 3 }).map((aliases) => md({ type: 'speaker', aliases }));
const topicNote = fc.record({ aliases: fc.subarray(aliasPool, { maxLength: 3 }), title: fc.constantFrom(undefined, 'Kubernetes', '추천 시스템', '이상탐지') }).map((p) => md({ type: 'topic', ...p }));
const anyText = fc.oneof(session, eventNote, speakerNote, topicNote, fc.constant('---\ntopics: [broken\n---\n'), fc.constant('plain note #추천을'));

type Op = { kind: 'upsert'; path: string; text: string } | { kind: 'remove'; path: string } | { kind: 'rename'; from: string; to: string };

const upsert = (where: string[], text: fc.Arbitrary<string>): fc.Arbitrary<Op> => fc.record({ kind: fc.constant('upsert' as const), path: fc.constantFrom(...where), text });

// Catalog notes are edited about as often as sessions, at paths that name them, so that the
// reverse index from lookup keys to sessions is exercised: new aliases, renamed events, topic
// notes over the built-in vocabulary, particles that resolve once their remainder is known.
const op: fc.Arbitrary<Op> = fc.oneof(
  upsert(sessionPaths, session),
  upsert(eventPaths, eventNote),
  upsert(speakerPaths, speakerNote),
  upsert(topicPaths, topicNote),
  upsert(paths, anyText),
  fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }),
  fc.record({ kind: fc.constant('rename' as const), from: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }),
);

function snapshot(index: ConferenceIndex): string {
  const records = index.sessions().sort((a, b) => (a.path < b.path ? -1 : 1));
  return JSON.stringify({ json: indexJson(index), records });
}

test('incremental updates equal a fresh build, search keys included', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 40, size: 'medium' }), fc.integer({ min: 1, max: 8 }), (ops, chunk) => {
      const live = new ConferenceIndex();
      const liveSearch = new Searcher(live);
      // An index without the reverse index (the CLI's) resolves everything again on a catalog edit.
      const readOnly = new ConferenceIndex(undefined, { readOnly: true });
      // The same changes applied a few at a time as batches, as a drain of bursts applies them.
      const batched = new ConferenceIndex();
      const batchedSearch = new Searcher(batched);
      let batch: NoteChange[] = [];
      const files = new Map<string, string>();
      for (const o of ops) {
        if (o.kind === 'upsert') {
          files.set(o.path, o.text);
          for (const index of [live, readOnly]) index.upsert(note(o.path, o.text));
          batch.push(note(o.path, o.text));
        } else if (o.kind === 'remove') {
          files.delete(o.path);
          for (const index of [live, readOnly]) index.remove(o.path);
          batch.push({ path: o.path, gone: true });
        } else {
          const text = files.get(o.from);
          if (text === undefined || files.has(o.to)) continue;
          files.delete(o.from);
          files.set(o.to, text);
          for (const index of [live, readOnly]) index.rename(o.from, note(o.to, text));
          batch.push({ path: o.from, gone: true }, note(o.to, text));
        }
        // As in use: searches happen between edits, so keys are brought up to date each time.
        liveSearch.sync();
        if (batch.length >= chunk) {
          batched.apply(batch);
          batchedSearch.sync();
          batch = [];
        }
      }
      const fresh = new ConferenceIndex();
      fresh.rebuild([...files].map(([path, text]) => note(path, text)));
      expect(snapshot(live)).toBe(snapshot(fresh));
      expect(snapshot(readOnly)).toBe(snapshot(fresh));
      batched.apply(batch);
      expect(snapshot(batched)).toBe(snapshot(fresh));
      // Search keys followed the same changes one by one.
      liveSearch.sync();
      const freshSearch = new Searcher(fresh);
      freshSearch.sync();
      expect(JSON.stringify([...liveSearch.keys.all()])).toBe(JSON.stringify([...freshSearch.keys.all()]));
      batchedSearch.sync();
      expect(JSON.stringify([...batchedSearch.keys.all()])).toBe(JSON.stringify([...freshSearch.keys.all()]));
    }),
    { numRuns: 200, seed: 20261121 },
  );
});
