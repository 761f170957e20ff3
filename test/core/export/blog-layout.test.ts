import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { exportPost, type ExportResult } from '../../../src/core/export/export-post';
import type { Selection } from '../../../src/core/export/compose';
import { DEFAULT_EXPORT, type ExportOptions, type ExportSource } from '../../../src/core/export/options';
import { linkResolver } from '../../../src/core/export/resolve-links';
import { md, note } from '../../helpers';

const TEXTS: Record<string, string> = {
  '행사.md': md({ type: 'event', series: 'FEConf', start: '2024-08-24', image: '/img/feconf.png', venue: '서울' }),
  'a.md': md({ type: 'session', event: '[[행사]]', day: 1, time: '10:00', topics: ['React'], speakers: ['김개발'], image: '/img/a.png', math: true }, '# 첫 발표\n![[사진.png]]'),
  'b.md': md({ type: 'session', event: '[[행사]]', day: 1, time: '11:00', topics: ['React', 'Vue'] }, '# 둘째 발표'),
  '사진.png': '',
};

function exported(selection: Selection, o: Partial<ExportOptions>, privateEvent = false): ExportResult {
  const index = new ConferenceIndex();
  index.rebuild(Object.entries(TEXTS).filter(([p]) => p.endsWith('.md')).map(([p, t]) => note(p, t)));
  const source: ExportSource = { read: (p) => TEXTS[p] ?? null, resolve: linkResolver(Object.keys(TEXTS)), isPrivate: (p) => privateEvent && p === '행사.md', isPublished: () => false };
  return exportPost(index, selection, { ...DEFAULT_EXPORT, profile: 'jekyll', ...o }, source, '2099-01-01');
}

const ONE: Selection = { kind: 'session', path: 'a.md' };
const DAY: Selection = { kind: 'day', event: '행사', day: 1 };
const head = (r: ExportResult): string => r.files[0].content.split('---\n')[1];

test.each([
  ["a talk's own property wins over its event's", ONE, 'image: {{note.image}}\nvenue: {{note.venue}}', false, 'image: "/img/a.png"\nvenue: "서울"\n'],
  ["a day post takes its event's properties", DAY, 'image: {{note.image}}\nmath: {{note.math}}', false, 'image: "/img/feconf.png"\n'],
  ['a private event note lends nothing', DAY, 'title: {{title}}\nimage: {{note.image}}', true, 'title: "행사 1일차 후기"\n'],
  ['event, series, speakers, topics', ONE, 'event: {{event}}\nseries: {{series}}\nspeakers: {{speakers}}\ntopics: {{topics}}', false, 'event: "행사"\nseries:\n  - "FEConf"\nspeakers:\n  - "김개발"\ntopics:\n  - "React"\n'],
] as const)('%s', (_, selection, frontMatter, privateEvent, expected) => {
  expect(head(exported(selection, { layout: { frontMatter } }, privateEvent))).toBe(expected);
});

test('an empty template writes no front matter at all', () => {
  expect(exported(ONE, { profile: 'hugo', layout: { frontMatter: '' } }).files[0].content).toMatch(/^\*\*Speakers\*\*|^\*\*발표자\*\*/);
});

test.each([
  ['jekyll', { postPath: 'blog/_posts/{{date}}-{{slug}}.md', assetsPath: 'blog/assets/img/{{slug}}' }, ['blog/_posts/2024-08-24-첫-발표.md'], 'blog/assets/img/첫-발표/사진.png', '/blog/assets/img/'],
  ['hugo', { postPath: 'content/posts/{{slug}}/index.md', assetsPath: 'content/posts/{{slug}}' }, ['content/posts/첫-발표/index.md'], 'content/posts/첫-발표/사진.png', '](%EC%82%AC%EC%A7%84.png)'],
  ['tistory', { postPath: 'tistory/{{lang}}/{{slug}}.md', assetsPath: 'tistory/img' }, ['tistory/ko/첫-발표.md', 'tistory/ko/첫-발표.html'], 'tistory/img/사진.png', '](../img/%EC%82%AC%EC%A7%84.png)'],
] as const)('%s: files where the patterns say, images linked where they are copied', (profile, layout, files, attachment, link) => {
  const r = exported(ONE, { profile, layout });
  expect(r.files.map((f) => f.path)).toEqual(files);
  expect(r.attachments).toEqual([{ from: '사진.png', to: attachment }]);
  expect(r.files[0].content).toContain(link);
});
