import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { related } from '../../../src/core/index/related';
import { sampleNotes, session } from '../fixtures';

function build(extra = [] as ReturnType<typeof session>[]): ConferenceIndex {
  const index = new ConferenceIndex();
  index.rebuild([...sampleNotes(), ...extra]);
  return index;
}

const summary = (index: ConferenceIndex, path: string) =>
  related(index, path).map((r) => ({ path: r.session.path, score: Number(r.score.toFixed(3)), reasons: r.reasons }));

test('related sessions of the 2019 fraud-detection talk (whole result)', () => {
  expect(summary(build(), '2019/fds.md')).toEqual([
    { path: '2019/k8s.md', score: 4.25, reasons: [{ kind: 'speaker', id: '전상현' }, { kind: 'next-talk' }, { kind: 'same-event', id: 'if(kakao) 2019' }] },
    // 1 + ln(9 sessions / 2 with this topic)
    { path: '2020/fds.md', score: 2.504, reasons: [{ kind: 'topic', id: 'fraud-detection' }] },
    { path: '2019/rec.md', score: 1.25, reasons: [{ kind: 'previous-talk' }, { kind: 'same-event', id: 'if(kakao) 2019' }] },
  ]);
});

test('never the session itself, and nothing for a note that is not a session', () => {
  const index = build();
  for (const s of index.sessions()) expect(related(index, s.path).map((r) => r.session.path)).not.toContain(s.path);
  expect(related(index, 'Events/if(kakao) 2019.md')).toEqual([]);
  expect(related(index, 'missing.md')).toEqual([]);
});

test('a rare shared topic outweighs a common one', () => {
  const common = Array.from({ length: 8 }, (_, i) => session(`llm/${i}.md`, { topics: ['LLM'] }));
  const index = build([
    ...common,
    session('x.md', { topics: ['LLM', 'OCR'] }),
    session('y.md', { topics: ['LLM'] }),
  ]);
  const ranked = related(index, 'x.md').map((r) => r.session.path);
  expect(ranked[0]).toBe('2019/ocr.md');
  expect(ranked.indexOf('2019/ocr.md')).toBeLessThan(ranked.indexOf('y.md'));
});

test('neighbours stay in the same room when tracks are named', () => {
  const index = build();
  const reasons = related(index, '2019/ocr.md').flatMap((r) => r.reasons.map((x) => `${r.session.path}:${x.kind}`));
  // ocr.md is alone in track T2: no next or previous talk.
  expect(reasons.filter((r) => r.endsWith('-talk'))).toEqual([]);
});

test('limit cuts the list', () => {
  expect(related(build(), '2019/fds.md', 1)).toHaveLength(1);
  expect(related(build(), '2019/fds.md', 0)).toEqual([]);
});
