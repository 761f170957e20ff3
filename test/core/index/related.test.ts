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

describe('a shared direct broader topic gives partial credit, when it is specific', () => {
  const self = session('self.md', { topics: ['Istio'], speakers: ['Kim'] });
  const talks = [
    session('istio.md', { topics: ['Istio'] }),
    session('both.md', { topics: ['Istio', 'Linkerd'] }),
    session('linkerd.md', { topics: ['Linkerd'] }),
    session('mesh.md', { topics: ['Service mesh'] }),
    session('kim-linkerd.md', { topics: ['Linkerd'], speakers: ['Kim'] }),
    session('k8s.md', { topics: ['Kubernetes'] }),
  ];
  const ranked = (filler: string): { path: string; score: number; reasons: string[] }[] => {
    const index = new ConferenceIndex();
    index.rebuild([self, ...talks, ...Array.from({ length: 20 }, (_, i) => session(`f/${i}.md`, { topics: [filler] }))]);
    return related(index, 'self.md').map((r) => ({ path: r.session.path, score: Number(r.score.toFixed(3)), reasons: r.reasons.map((x) => `${x.kind}:${'id' in x ? x.id : ''}`) }));
  };
  // 27 talks, 6 under Service mesh: 1 + ln(27/3) for Istio; 0.5 × ln(27/6) for the mesh.
  test.each([
    [
      'specific: Linkerd and Service mesh talks come in, named by the broader topic only where it is the main tie',
      'Rust',
      [
        { path: 'kim-linkerd.md', score: 3.752, reasons: ['speaker:kim'] },
        { path: 'both.md', score: 3.197, reasons: ['topic:istio'] },
        { path: 'istio.md', score: 3.197, reasons: ['topic:istio'] },
        { path: 'linkerd.md', score: 0.752, reasons: ['broader:service-mesh'] },
        { path: 'mesh.md', score: 0.752, reasons: ['broader:service-mesh'] },
      ],
    ],
    [
      'crowded: with most talks under Service mesh it relates nothing',
      'Envoy',
      [
        { path: 'kim-linkerd.md', score: 3, reasons: ['speaker:kim'] },
        { path: 'both.md', score: 3.197, reasons: ['topic:istio'] },
        { path: 'istio.md', score: 3.197, reasons: ['topic:istio'] },
      ].sort((a, b) => b.score - a.score),
    ],
  ])('%s', (_, filler, expected) => {
    expect(ranked(filler)).toEqual(expected);
  });
});
