import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { session } from '../fixtures';
import { speakerName } from '../../../src/core/index/listings';
import { paneRows, type PaneQuery } from '../../../src/core/index/pane-rows';
import { loadVault } from '../../../src/node/vault-reader';
import { expectApproved, SAMPLE_VAULT } from '../../helpers';

const index = loadVault(SAMPLE_VAULT).index;
const query = (q: Partial<PaneQuery>): PaneQuery => ({ tab: 'topics', expanded: new Set(), matches: null, speakerName: (k) => speakerName(index, k), ...q });
const show = (rows: ReturnType<typeof paneRows>): string =>
  rows
    .map((r) =>
      '    '.repeat(r.depth ?? 0) +
      (r.type === 'group'
        ? `${r.expanded ? '▾' : '▸'} ${r.label} (${r.count}) ${r.first ?? ''}–${r.last ?? ''}`
        : r.type === 'heading'
          ? `    ${r.day !== undefined ? `Day ${r.day}` : r.label || '—'} (${r.count})`
          : `      ${r.title} · ${r.speakers.join(', ')} · ${r.date ?? ''}${r.reasons ? ` · ${r.reasons.map((x) => x.kind).join(', ')}` : ''}`),
    )
    .join('\n');

test('topics tab nested: AI > machine learning > anomaly detection > fraud detection, and recommenders open (approved)', () => {
  expectApproved('pane-topics.txt', `${show(paneRows(index, query({ expanded: new Set(['artificial-intelligence', 'machine-learning', 'anomaly-detection', 'fraud-detection', 'recommender-systems']) })))}\n`);
});

test('speakers and events tabs (approved)', () => {
  const speakers = show(paneRows(index, query({ tab: 'speakers', expanded: new Set(['김광섭']) })));
  const events = show(paneRows(index, query({ tab: 'events', expanded: new Set(['if(kakao) 2019']) })));
  expectApproved('pane-speakers-events.txt', `${speakers}\n\n${events}\n`);
});

test('this note: related talks with reasons; nothing for a note that is not a session', () => {
  const rows = paneRows(index, query({ tab: 'note', activePath: 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md' }));
  expect(rows[0]).toMatchObject({ type: 'session', title: '이상금융거래 탐지 시스템 고도화', reasons: [{ kind: 'topic', id: 'fraud-detection' }, { kind: 'topic', id: 'anomaly-detection' }] });
  expect(paneRows(index, query({ tab: 'note', activePath: 'Welcome.md' }))).toEqual([]);
  expect(paneRows(index, query({ tab: 'note' }))).toEqual([]);
});

test('a filter keeps the matching groups in match order', () => {
  const rows = paneRows(index, query({ matches: ['recommender-systems', 'nowhere', 'fraud-detection'] }));
  expect(rows.map((r) => r.type === 'group' && r.id)).toEqual(['recommender-systems', 'fraud-detection']);
});

describe('topic tree', () => {
  const mesh = new ConferenceIndex();
  mesh.rebuild([
    session('a.md', { date: '2024-01-01', topics: ['Istio'] }, '# A'),
    session('b.md', { date: '2024-01-02', topics: ['Istio', 'Linkerd'] }, '# B'),
    session('c.md', { date: '2025-01-03', topics: ['링커디'] }, '# C'),
    session('d.md', { date: '2025-01-04', topics: ['Cloud native'] }, '# D'),
  ]);
  const rows = (q: Partial<PaneQuery>): string => show(paneRows(mesh, { ...query(q), speakerName: (k) => k }));
  test.each([
    ['collapsed: a broader topic without talks of its own shows, counting each talk once', {}, ['▸ Cloud computing (4) 2024–2025']],
    [
      'open down to the mesh: narrower topics first, then own talks',
      { expanded: new Set(['cloud-computing', 'cloud-native', 'service-mesh']) },
      ['▾ Cloud computing (4) 2024–2025', '    ▾ Cloud native (4) 2024–2025', '        ▾ Service mesh (3) 2024–2025', '            ▸ Istio (2) 2024–2024', '            ▸ Linkerd (2) 2024–2025', '            — (1)', '              D ·  · 2025-01-04'],
    ],
    ['Korean labels', { lang: 'ko', expanded: new Set(['cloud-computing']) }, ['▾ 클라우드 (4) 2024–2025', '    ▸ 클라우드 네이티브 (4) 2024–2025']],
    ['a filter finds a narrower topic directly, at the top', { matches: ['linkerd', 'nowhere'] }, ['▸ Linkerd (2) 2024–2025']],
  ] as const)('%s', (_, q, expected) => {
    expect(rows(q).split('\n')).toEqual(expected);
  });

  test('every topic counts the talks of itself and all narrower topics, each once (sample vault)', () => {
    const v = index.catalog.vocabulary;
    const all = paneRows(index, query({ expanded: new Set(index.catalog.vocabulary.all().map((t) => t.id)) }));
    for (const r of all) {
      if (r.type !== 'group') continue;
      const paths = new Set([r.id, ...v.descendants(r.id)].flatMap((id) => index.sessionsOfTopic(id).map((s) => s.path)));
      expect([r.id, r.count]).toEqual([r.id, paths.size]);
    }
  });
});
