import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { exportPost, type ExportResult } from '../../../src/core/export/export-post';
import type { Selection } from '../../../src/core/export/compose';
import { DEFAULT_EXPORT, type ExportOptions, type ExportSource } from '../../../src/core/export/options';
import { linkResolver } from '../../../src/core/export/resolve-links';
import type { NoteInput } from '../../../src/core/note/note-meta';
import { md, note } from '../../helpers';

const TODAY = '2099-01-01';

function exported(inputs: NoteInput[], texts: Record<string, string>, selection: Selection, o: Partial<ExportOptions> = {}): ExportResult {
  const index = new ConferenceIndex();
  index.rebuild(inputs);
  const source: ExportSource = { read: (p) => texts[p] ?? null, resolve: linkResolver(Object.keys(texts)), isPrivate: () => false, isPublished: () => false };
  return exportPost(index, selection, { ...DEFAULT_EXPORT, profile: 'markdown', ...o }, source, TODAY);
}

/** Notes given as text, read both by the index and by the export. */
function vault(texts: Record<string, string>, selection: Selection, o: Partial<ExportOptions> = {}): ExportResult {
  return exported(Object.entries(texts).map(([p, t]) => note(p, t)), texts, selection, o);
}

const ev = (start?: string): string => md({ type: 'event', start });
const talk = (props: Record<string, unknown>, body = '메모'): string => md({ type: 'session', event: '[[행사]]', ...props }, body);

test.each([
  ['its own date', { date: '2019-08-31', day: 2 }, '2019-08-29', '2019-08-31', []],
  ["its event's day: start + day − 1", { day: 3 }, '2019-08-29', '2019-08-31', []],
  ["its event's day across a month end", { day: 4 }, '2019-01-30', '2019-02-02', []],
  ["its event's start without a day", {}, '2019-08-29', '2019-08-29', []],
  ['today, with a problem naming the note, when nothing dates it', { day: 1 }, undefined, TODAY, [{ path: 't.md', message: `no date (neither "date" nor its event's "start"): the post is dated today, ${TODAY}` }]],
])('a session dated by %s', (_, props, start, date, problems) => {
  const r = vault({ '행사.md': ev(start), 't.md': talk(props, '# 발표\n메모') }, { kind: 'session', path: 't.md' });
  expect([r.head.date, r.problems]).toEqual([date, problems]);
});

test('a day post is dated by its day, and its speaker lines too', () => {
  const r = vault({ '행사.md': ev('2019-08-29'), 'a.md': talk({ day: 2, time: '10:00' }, '# 가'), 'b.md': talk({ day: 2, time: '11:00' }, '# 나') }, { kind: 'day', event: '행사', day: 2 });
  expect(r.head.date).toBe('2019-08-30');
  expect(r.files[0].content.match(/^2019-08-30 1\d:00$/gm)).toEqual(['2019-08-30 10:00', '2019-08-30 11:00']);
});

test('tags: the most frequent topics first, at most as many as the setting says', () => {
  const texts: Record<string, string> = { '행사.md': ev('2019-08-29') };
  const topics = [['a', 'b', 'c', 'd'], ['b', 'c', 'e'], ['c', 'f', 'g'], ['h', 'i', 'j', 'k', 'l']];
  topics.forEach((t, i) => (texts[`t${i}.md`] = talk({ day: 1, topics: t })));
  const tags = (tagLimit: number): string[] => vault(texts, { kind: 'day', event: '행사', day: 1 }, { tagLimit }).head.tags;
  expect(tags(3)).toEqual(['c', 'b', 'a']);
  expect(tags(8)).toHaveLength(8);
  expect(tags(0)).toEqual([]);
  expect(tags(100)).toHaveLength(12);
});

test.each([
  ['Korean notes get Korean words', 'auto', '# 추천 시스템 회고\n카카오 추천 팀이 3년 동안 배운 것. Kafka와 Spark로 만든 파이프라인.', '**발표자**'],
  ['English notes get English words', 'auto', '# Scaling Kafka\nWhat we learned running Kafka at scale; 카카오 mentioned once.', '**Speakers**'],
  ['--lang en overrides Korean notes', 'en', '# 추천 시스템 회고\n카카오 추천 팀', '**Speakers**'],
  ['--lang ko overrides English notes', 'ko', '# Scaling Kafka\nWhat we learned', '**발표자**'],
] as const)('language: %s', (_, language, body, word) => {
  const r = vault({ '행사.md': ev('2019-08-29'), 't.md': talk({ day: 1, speakers: ['Kim'] }, body) }, { kind: 'session', path: 't.md' }, { language });
  expect(r.files[0].content).toContain(word);
});

test('Tistory escapes every value it inserts: titles, speakers, organization, track', () => {
  const texts = {
    '행사.md': ev('2019-08-29'),
    'a.md': talk({ day: 1, title: '<i>제목</i> & co', speakers: ['<script>alert(1)</script>'], org: 'A & B <b>', track: '<u>T1</u>', slides: 'javascript:alert(1)' }, '본문'),
    'b.md': talk({ day: 1, title: '[둘째] *발표*', speakers: ['Kim'] }, '본문'),
  };
  const r = vault(texts, { kind: 'day', event: '행사', day: 1 }, { profile: 'tistory', toc: true });
  const html = r.files[1].content;
  for (const raw of ['<script', '<i>', '<b>', '<u>', 'javascript:', '<em>발표']) expect([raw, html.includes(raw)]).toEqual([raw, false]);
  for (const shown of ['&lt;script&gt;alert(1)&lt;/script&gt;', '(A &amp; B &lt;b&gt;)', '&lt;i&gt;제목&lt;/i&gt; &amp; co', '&lt;u&gt;T1&lt;/u&gt;', '[둘째] *발표*']) expect([shown, html.includes(shown)]).toEqual([shown, true]);
});

test("Jekyll: an {% endraw %} written in a note cannot end the raw wrapping", () => {
  const r = vault({ '행사.md': ev('2019-08-29'), 't.md': talk({ day: 1 }, '# 발표\n`{{ page.title }}` 와 {% endraw %} 그리고 {%- endraw -%} 끝') }, { kind: 'session', path: 't.md' }, { profile: 'jekyll' });
  const body = r.files[0].content.split('---\n').slice(2).join('---\n');
  expect(body).toBe("\n{% raw %}\n2019-08-29\n\n`{{ page.title }}` 와 {% endraw %}{{ '{%' }} endraw %}{% raw %} 그리고 {% endraw %}{{ '{%' }}- endraw -%}{% raw %} 끝\n{% endraw %}\n");
});

test('no Windows-reserved names for posts', () => {
  const r = vault({ '행사.md': ev('2019-08-29'), 'con.md': talk({ day: 1, title: 'CON' }) }, { kind: 'session', path: 'con.md' }, { profile: 'hugo' });
  expect(r.files.map((f) => f.path)).toEqual(['con_/index.md']);
});

describe('a topic post takes the talks of its narrower topics, each once; tags are in the post language', () => {
  const texts: Record<string, string> = {
    '행사.md': ev('2024-06-01'),
    'mesh.md': talk({ date: '2024-06-01', topics: ['Service mesh'] }, '# Mesh basics\nAll about meshes.'),
    'istio.md': talk({ date: '2024-06-02', topics: ['Istio'] }, '# Istio at scale\nRunning Istio.'),
    'both.md': talk({ date: '2024-06-03', topics: ['Istio', 'Service mesh'] }, '# 서비스 메시 운영기\n이스티오를 운영한 경험'),
    'k8s.md': talk({ date: '2024-06-04', topics: ['Kubernetes'] }, '# Not in the mesh'),
  };
  test.each([
    ['Service mesh', 'en', ['mesh.md', 'istio.md', 'both.md'], 'Talks on Service mesh', ['Istio', 'Service mesh']],
    ['Service mesh', 'ko', ['mesh.md', 'istio.md', 'both.md'], '서비스 메시 발표 모음', ['Istio', '서비스 메시']],
    ['Istio', 'en', ['istio.md', 'both.md'], 'Talks on Istio', ['Istio', 'Service mesh']],
    ['Cloud native', 'en', ['mesh.md', 'istio.md', 'both.md', 'k8s.md'], 'Talks on Cloud native', ['Istio', 'Service mesh', 'Kubernetes']],
  ] as const)('%s, %s', (topic, language, paths, title, tags) => {
    const index = new ConferenceIndex();
    index.rebuild(Object.entries(texts).map(([p, t]) => note(p, t)));
    const id = index.catalog.vocabulary.resolve(topic)!;
    const r = vault(texts, { kind: 'topic', topic: id }, { language });
    expect([r.head.title, r.head.tags]).toEqual([title, tags]);
    const order = r.files[0].content.match(/^## .+$/gm)?.map((h) => h.slice(3));
    expect(order).toEqual(paths.map((p) => texts[p].match(/^# (.+)$/m)![1]));
  });
});
