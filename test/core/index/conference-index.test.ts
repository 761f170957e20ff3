import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { indexJson } from '../../../src/core/index/index-json';
import { listEvents, listSpeakers, listTopics } from '../../../src/core/index/listings';
import { expectApproved, md, note } from '../../helpers';
import { event, sampleNotes, session, speaker, topic } from '../fixtures';

function build(): ConferenceIndex {
  const index = new ConferenceIndex();
  index.rebuild(sampleNotes());
  return index;
}

test('whole index of the fixture vault (approved JSON)', () => {
  expectApproved('core-index.json', `${JSON.stringify(indexJson(build()), null, 2)}\n`);
});

test('event sessions come in talk order: day, time, order, title', () => {
  const [e2019, e2020] = listEvents(build());
  expect(e2019.sessions.map((s) => s.path)).toEqual(['2019/rec.md', '2019/ocr.md', '2019/fds.md', '2019/k8s.md']);
  // Day is derived from the date and the event start when not written.
  expect(e2019.sessions.map((s) => s.day)).toEqual([2, 2, 2, 2]);
  expect(e2020.sessions.map((s) => s.path)).toEqual(['2020/day1-first.md', '2020/fds.md', '2020/rec.md']);
});

test('a topic gathers sessions across events under every spelling', () => {
  const topics = new Map(listTopics(build()).map((t) => [t.id, t]));
  expect(topics.get('fraud-detection')?.sessions.map((s) => s.path)).toEqual(['2019/fds.md', '2020/fds.md']);
  expect(topics.get('recommender-systems')?.sessions.map((s) => s.path)).toEqual(['2019/rec.md', '2020/rec.md']);
  expect(topics.get('matrix-factorization')?.sessions.map((s) => s.path)).toEqual(['2019/rec.md', '2020/rec.md']);
  expect(topics.get('fraud-detection')?.label).toBe('FDS');
});

test('speaker aliases and 님 merge spellings into one speaker', () => {
  const speakers = new Map(listSpeakers(build()).map((s) => [s.id, s]));
  expect(speakers.get('김광섭')?.sessions.map((s) => s.path)).toEqual(['2019/rec.md', '2020/rec.md', 'loose.md']);
  expect(speakers.get('전상현')?.sessions.map((s) => s.path)).toEqual(['2019/fds.md', '2019/k8s.md']);
  expect(speakers.has('전상현 님')).toBe(false);
});

describe('incremental updates', () => {
  test('every change bumps the revision', () => {
    const index = build();
    const r0 = index.revision;
    index.upsert(session('2019/new.md', { event: '[[if(kakao) 2019]]', topics: ['FDS'] }));
    index.remove('2019/new.md');
    index.remove('2019/new.md');
    expect(index.revision).toBe(r0 + 2);
  });

  test('editing a session moves it between topics', () => {
    const index = build();
    index.upsert(session('2019/ocr.md', { event: '[[if(kakao) 2019]]', topics: ['FDS'] }));
    expect(index.sessionsOfTopic('ocr')).toEqual([]);
    expect(index.sessionsOfTopic('fraud-detection').map((s) => s.path).sort()).toEqual(['2019/fds.md', '2019/ocr.md', '2020/fds.md']);
  });

  test('renaming an event note re-links its sessions by the new name', () => {
    const index = build();
    index.rename('Events/if(kakao) 2020.md', event('ifkakao 2020', '2020-11-16'));
    expect(index.sessionsOfEvent('if(kakao) 2020')).toEqual([]);
    expect(index.session('2020/fds.md')?.event).toBeUndefined();
    index.rename('Events/ifkakao 2020.md', event('if(kakao) 2020', '2020-11-16'));
    expect(index.session('2020/fds.md')?.event).toBe('if(kakao) 2020');
  });

  test('a new topic note changes how existing sessions resolve', () => {
    const index = build();
    expect(index.session('loose.md')?.topics).toEqual(['kuberentes']);
    index.upsert(topic('Kubernetes', ['Kuberentes']));
    expect(index.session('loose.md')?.topics).toEqual(['kubernetes']);
  });

  test('a speaker note added later merges spellings already indexed', () => {
    const index = build();
    index.upsert(speaker('Brian Walsh', ['브라이언']));
    index.upsert(session('x.md', { speakers: ['브라이언님'] }));
    expect(index.sessionsOfSpeaker('brianwalsh').map((s) => s.path).sort()).toEqual(['2020/day1-first.md', 'x.md']);
  });

  test('a session that stops being a session leaves every list', () => {
    const index = build();
    index.upsert(note('2019/fds.md', md({ type: 'memo' })));
    expect(index.session('2019/fds.md')).toBeUndefined();
    expect(index.sessionsOfTopic('fraud-detection').map((s) => s.path)).toEqual(['2020/fds.md']);
  });
});

describe('a catalog edit relinks only the sessions whose resolution it changes', () => {
  // Each edit, and the sessions whose records are unlinked and linked again. Sessions are
  // re-resolved only when they looked up a key whose meaning changed, and relinked only if that
  // changed their record.
  const cases: [string, () => ReturnType<typeof note>, string[]][] = [
    ['an event start moves: its sessions (days may follow)', () => event('if(kakao) 2020', '2020-11-15'), ['2020/day1-first.md', '2020/fds.md', '2020/rec.md']],
    ['an event alias added: only sessions written with it', () => event('if(kakao) 2020', '2020-11-16', { aliases: ['DEVIEW 2018'] }), ['ghost.md']],
    ['an event venue: no session', () => event('if(kakao) 2020', '2020-11-16', { venue: '온라인' }), []],
    ['a speaker alias removed: sessions written with it', () => speaker('김광섭', ['루카스']), ['loose.md']],
    ['a new speaker note: sessions whose spelling it now claims', () => speaker('전상현', ['박지민']), ['2019/ocr.md']],
    ['a topic note over the built-in vocabulary: sessions using its new alias', () => topic('Kubernetes', ['Kuberentes']), ['loose.md']],
    ['a topic note alias: sessions using it', () => topic('FDS', ['이상거래 적발', 'Kuberentes']), ['loose.md']],
    ['a new topic named as a particle remainder: sessions tagged with the particle', () => topic('추천', []), ['tagged.md']],
  ];

  const notes = (): ReturnType<typeof note>[] => [...sampleNotes(), session('tagged.md', { topics: ['OCR'] }, '# 태그 #추천을 #고양이')];

  test.each(cases)('%s', (_name, edit, expected) => {
    const index = new ConferenceIndex();
    index.rebuild(notes());
    const touched = new Set<string>();
    index.onChange((c) => {
      if (c.kind === 'session') touched.add(c.path);
    });
    index.upsert(edit());
    expect([...touched].sort()).toEqual(expected);
    const fresh = new ConferenceIndex();
    fresh.rebuild(new Map([...notes(), edit()].map((n) => [n.path, n])).values());
    expect(JSON.stringify(indexJson(index))).toBe(JSON.stringify(indexJson(fresh)));
  });
});

test.each([
  ['added', {}, { video_offset: 30 }, 30],
  ['changed', { video_offset: 30 }, { video_offset: -5 }, -5],
  ['removed', { video_offset: 30 }, {}, undefined],
])('a video offset %s by an edit reaches the session, as a fresh build has it', (_, before, after, offset) => {
  const path = 'Talks/a.md';
  const text = (extra: Record<string, unknown>): string => md({ type: 'session', title: 'A', video: 'https://youtu.be/x', ...extra });
  const index = new ConferenceIndex();
  index.rebuild([note(path, text(before))]);
  index.upsert(note(path, text(after)));
  const fresh = new ConferenceIndex();
  fresh.rebuild([note(path, text(after))]);
  expect(index.session(path)?.videoOffset).toBe(offset);
  expect(index.session(path)).toEqual(fresh.session(path));
});
