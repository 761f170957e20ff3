import { parse } from 'yaml';
import { renderFrontMatter, templateProblem, TemplateError, type TemplateValues } from '../../../src/core/export/front-matter-template';
import { DEFAULT_LAYOUTS, PRESETS } from '../../../src/core/export/presets';

const VALUES: TemplateValues = {
  title: '금융사기: "카카오뱅크"의 데이터 사이언스',
  date: '2019-08-30',
  today: '2099-01-01',
  tags: ['FDS', '이상 탐지'],
  topics: ['FDS', '이상 탐지', 'MLOps'],
  event: 'if(kakao) 2019',
  series: ['if(kakao)'],
  speakers: ['전상현'],
  description: "it's a: test # not a comment",
  slug: '금융사기-카카오뱅크의-데이터-사이언스',
  lang: 'ko',
  note: { math: true, pin: false, image: '/assets/img/cover.png', order: 3, empty: '', none: null, list: [], nested: { a: 'b' } },
};

/** The front matter's text between the fences, and what YAML reads from it. */
function rendered(template: string, values: Partial<TemplateValues> = {}): { text: string; data: unknown } {
  const text = renderFrontMatter(template, { ...VALUES, ...values });
  const m = /^---\n([^]*)---\n$/.exec(text);
  return { text: m ? m[1] : text, data: m ? parse(m[1]) : null };
}

test.each([
  ['a string alone keeps quotes and colons as they are', 'title: {{title}}', { title: VALUES.title }],
  ['a list alone stays a list', 'tags: {{tags}}', { tags: ['FDS', '이상 탐지'] }],
  ['a date alone stays a date string engines read', 'date: {{date}}', { date: '2019-08-30' }],
  ['booleans and numbers from the note keep their type', 'math: {{note.math}}\npin: {{note.pin}}\norder: {{note.order}}', { math: true, pin: false, order: 3 }],
  ['a map from the note stays a map', 'extra: {{note.nested}}', { extra: { a: 'b' } }],
  ['inside text a list is words', 'title: "{{event}}: {{tags}}"', { title: 'if(kakao) 2019: FDS, 이상 탐지' }],
  ['a quoted placeholder is text', 'math: "{{note.math}}"', { math: 'true' }],
  ['a list placeholder as an item adds its items', 'categories: [{{series}}, {{event}}]', { categories: ['if(kakao)', 'if(kakao) 2019'] }],
  ['spaces inside the braces are fine', 'slug: {{ slug }}', { slug: VALUES.slug }],
  ['text with a # and colon is escaped', 'description: {{description}}', { description: "it's a: test # not a comment" }],
  ['empty values drop their key', 'a: {{note.empty}}\nb: {{note.none}}\nc: {{note.list}}\nd: {{note.missing}}\ne: ""\nkeep: x', { keep: 'x' }],
  ['a nested map left empty goes too', 'cover:\n  image: {{note.missing}}\n  alt: ""\ntitle: t', { title: 't' }],
  ['a nested value kept keeps its map', 'cover:\n  image: {{note.image}}', { cover: { image: '/assets/img/cover.png' } }],
  ['literal values pass through, false included', 'draft: false\nlayout: post\nweight: 2', { draft: false, layout: 'post', weight: 2 }],
  ['Korean text in the template', '부제: "{{event}} 후기"', { 부제: 'if(kakao) 2019 후기' }],
  ['every built-in placeholder', 'a: {{title}}\nb: {{date}}\nc: {{today}}\nd: {{tags}}\ne: {{topics}}\nf: {{event}}\ng: {{series}}\nh: {{speakers}}\ni: {{description}}\nj: {{slug}}\nk: {{lang}}',
    { a: VALUES.title, b: '2019-08-30', c: '2099-01-01', d: VALUES.tags, e: VALUES.topics, f: 'if(kakao) 2019', g: ['if(kakao)'], h: ['전상현'], i: VALUES.description, j: VALUES.slug, k: 'ko' }],
])('%s', (_, template, expected) => {
  expect(rendered(template).data).toEqual(expected);
});

test.each([
  ['a quote and a colon in a title', 'Q: "why?" — \'because\'', 'title: "Q: \\"why?\\" — \'because\'"\n'],
  ['a newline and a tab', 'a\nb\tc', 'title: "a\\nb\\tc"\n'],
  ['Korean and NFD', '한글 제목', 'title: "한글 제목"\n'],
  ['a title that YAML would read as something else', 'yes', 'title: "yes"\n'],
])('written as the plugin writes front matter: %s', (_, title, text) => {
  const r = rendered('title: {{title}}', { title });
  expect(r.text).toBe(text);
  expect(r.data).toEqual({ title });
});

test('everything empty: no front matter at all', () => {
  expect(renderFrontMatter('image: {{note.missing}}', VALUES)).toBe('');
  expect(renderFrontMatter('', VALUES)).toBe('');
});

test.each([
  ['not YAML', 'title: [unclosed', /^front matter template is not valid YAML \(line 1, column \d+\): /],
  ['an unknown placeholder', 'title: {{titel}}', /^unknown placeholder \{\{titel\}\} \(known: \{\{title\}\} .* \{\{note\.KEY\}\}\)$/],
  ['an empty note key', 'x: {{note.}}', /^unknown placeholder \{\{note\.\}\}/],
  ['a list, not a mapping', '- a\n- b', /^front matter template must be a YAML mapping/],
  ['a placeholder as a key', '{{title}}: x', /^placeholders go in values, not in keys$/],
  ['a key written twice', 'a: 1\na: 2', /^front matter template is not valid YAML .*: Map keys must be unique/],
])('refused with one line: %s', (_, template, message) => {
  const problem = templateProblem(template);
  expect(problem).toMatch(message);
  expect(problem).not.toContain('\n');
  expect(() => renderFrontMatter(template, VALUES)).toThrow(TemplateError);
});

test('every default template and preset can be used', () => {
  for (const t of [...Object.values(DEFAULT_LAYOUTS).map((l) => l.frontMatter), ...PRESETS.map((p) => p.frontMatter)]) expect([t, templateProblem(t)]).toEqual([t, null]);
});
