import { speakerName } from '../../src/core/index/listings';
import { paneRows, type PaneQuery } from '../../src/core/pane-rows';
import { loadVault } from '../../src/node/vault-reader';
import { expectApproved, SAMPLE_VAULT } from '../helpers';

const index = loadVault(SAMPLE_VAULT).index;
const query = (q: Partial<PaneQuery>): PaneQuery => ({ tab: 'topics', expanded: new Set(), matches: null, speakerName: (k) => speakerName(index, k), ...q });
const show = (rows: ReturnType<typeof paneRows>): string =>
  rows
    .map((r) =>
      r.type === 'group'
        ? `${r.expanded ? '▾' : '▸'} ${r.label} (${r.count}) ${r.first ?? ''}–${r.last ?? ''}`
        : r.type === 'heading'
          ? `    ${r.day !== undefined ? `Day ${r.day}` : r.label || '—'} (${r.count})`
          : `      ${r.title} · ${r.speakers.join(', ')} · ${r.date ?? ''}${r.reasons ? ` · ${r.reasons.map((x) => x.kind).join(', ')}` : ''}`,
    )
    .join('\n');

test('topics tab with fraud detection and recommenders open (approved)', () => {
  expectApproved('pane-topics.txt', `${show(paneRows(index, query({ expanded: new Set(['fraud-detection', 'recommender-systems']) })))}\n`);
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
