import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { Searcher } from '../../../src/core/search/searcher';
import { EVENT_SERIES, seriesAliasForms } from '../../../src/core/vocabulary/event-series';
import { foldKey } from '../../../src/core/text/normalize';
import { md, note } from '../../helpers';

const EVENTS: Record<string, Record<string, unknown>> = {
  'PyCon KR 2024': { type: 'event', series: 'PyCon KR', start: '2024-10-26' },
  'PyCon KR 2023': { type: 'event', series: 'PyCon KR', start: '2023-08-12' },
  'KubeCon Europe 2024': { type: 'event', series: 'KubeCon' },
  'if(kakao) 2019': { type: 'event' },
  'DEVIEW 2023': { type: 'event', series: 'DEVIEW' },
  'Droid Knights 2024': { type: 'event' },
  'FEConf 2024': { type: 'event', series: 'FEConf' },
  // Its own alias takes the series' colloquial name first.
  '파이콘 번개 모임': { type: 'event', aliases: ['파이콘 2024'] },
};

function build(): ConferenceIndex {
  const index = new ConferenceIndex();
  index.rebuild(Object.entries(EVENTS).map(([id, props]) => note(`Events/${id}.md`, md(props))));
  return index;
}

describe('an event link or --event written with a series alias resolves', () => {
  const index = build();
  test.each([
    ['파이콘 2023', 'PyCon KR 2023'],
    ['파이콘한국 2024', 'PyCon KR 2024'],
    ['pycon korea 2023', 'PyCon KR 2023'],
    ['파이콘 2024', '파이콘 번개 모임'],
    ['쿠베콘 europe 2024', 'KubeCon Europe 2024'],
    ['큐브콘 Europe 2024', 'KubeCon Europe 2024'],
    ['ifkakao 2019', 'if(kakao) 2019'],
    ['이프카카오 2019', 'if(kakao) 2019'],
    ['If Kakao 2019', 'if(kakao) 2019'],
    ['데뷰 2023', 'DEVIEW 2023'],
    ['드로이드나이츠 2024', 'Droid Knights 2024'],
    ['피콘 2024', 'FEConf 2024'],
    ['[[Events/ifkakao 2019|이프카카오]]', 'if(kakao) 2019'],
    ['파이콘 2022', null],
    ['데뷰', null],
  ])('%s → %s', (written, id) => {
    const link = /^\[\[(.*)\|(.*)\]\]$/.exec(written);
    expect(index.catalog.resolveEvent(link ? { target: link[1], text: link[2] } : { text: written })).toBe(id);
  });
});

test('no series alias is claimed by two series, and none is a series name', () => {
  const names = new Set(EVENT_SERIES.map((s) => foldKey(s.name)));
  const aliases = EVENT_SERIES.flatMap((s) => s.aliases.map(foldKey));
  expect(new Set(aliases).size).toBe(aliases.length);
  expect(aliases.filter((a) => names.has(a))).toEqual([]);
});

test('forms of an event: by its series, else by the series its name starts with', () => {
  expect(seriesAliasForms({ id: 'PyCon KR 2024', series: 'PyCon KR' })).toEqual(['파이콘 2024', '파이콘 한국 2024', '파이콘코리아 2024', 'PyCon Korea 2024']);
  expect(seriesAliasForms({ id: 'DEVIEW 2023' })).toEqual(['데뷰 2023', '데브뷰 2023']);
  expect(seriesAliasForms({ id: '2024 데뷰', series: 'DEVIEW' })).toEqual(['데뷰', '데브뷰']);
  expect(seriesAliasForms({ id: 'RustConf 2024' })).toEqual([]);
});

test('search finds events by any name', () => {
  const searcher = new Searcher(build());
  const events = (q: string) => searcher.search(q, 5).filter((h) => h.kind === 'event').map((h) => h.id);
  expect(events('파이콘')).toEqual(['PyCon KR 2023', 'PyCon KR 2024', '파이콘 번개 모임']);
  expect(events('쿠베콘')).toEqual(['KubeCon Europe 2024']);
  expect(events('ifkakao')).toEqual(['if(kakao) 2019']);
  expect(events('이프카카오')).toEqual(['if(kakao) 2019']);
  expect(events('데뷰')).toEqual(['DEVIEW 2023']);
  expect(events('드로이드나이츠')).toEqual(['Droid Knights 2024']);
});

test('an edit that adds an event re-resolves the sessions that named it by its series alias', () => {
  const index = build();
  index.upsert(note('s.md', md({ type: 'session', event: '데뷰 2019' }, '# 검색 엔진')));
  expect(index.session('s.md')?.event).toBeUndefined();
  index.upsert(note('Events/DEVIEW 2019.md', md({ type: 'event', series: 'DEVIEW' })));
  expect(index.session('s.md')?.event).toBe('DEVIEW 2019');
});
