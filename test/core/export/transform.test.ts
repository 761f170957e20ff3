import { DEFAULT_EXPORT, PROFILES, type ExportOptions, type ExportSource } from '../../../src/core/export/options';
import { protect } from '../../../src/core/export/protect';
import { ExportState } from '../../../src/core/export/export-state';
import { transformNote, type TransformContext } from '../../../src/core/export/transform';
import { linkResolver } from '../../../src/core/export/resolve-links';

const notes: Record<string, string> = {
  'a.md': '# A\n![[b]]',
  'b.md': 'B embeds A: ![[a]]',
  'secret.md': '---\nprivate: true\n---\n비밀',
  'pub.md': '# 공개 노트',
};
const files = [...Object.keys(notes), 'img/회의 사진 1.PNG', 'doc.pdf'];
const source: ExportSource = {
  read: (p) => notes[p] ?? null,
  resolve: linkResolver(files),
  isPrivate: (p) => p === 'secret.md',
  isPublished: (p) => p === 'pub.md',
};

function run(text: string, o: Partial<ExportOptions> = {}, demote = 0): { text: string; state: ExportState } {
  const state = new ExportState();
  const ctx: TransformContext = {
    source,
    options: { ...DEFAULT_EXPORT, profile: 'markdown', ...o },
    state,
    attachmentUrl: (name) => `post/${name}`,
    publishedUrl: (path) => (path === 'pub.md' ? '/notes/pub/' : null),
  };
  return { text: transformNote(text, 'note.md', ctx, demote), state };
}

test.each([
  ['wikilinks become text', 'see [[Other note]] and [[x/y|별칭]] and [[Note#섹션]]', 'see Other note and 별칭 and Note › 섹션'],
  ['published notes become links', 'see [[pub]]', 'see [pub](/notes/pub/)'],
  ['links to private notes stay text', 'see [[secret]]', 'see secret'],
  ['comments go', 'a %%hidden%% b\n%%\nmany\nlines\n%%\nc', 'a  b\n\nc'],
  ['private callouts go, whole', 'a\n> [!private] 메모\n> 비밀\n> 더 비밀\n\nb', 'a\n\nb'],
  ['callouts become titled blockquotes', '> [!note] 요약\n> 내용\n\n> [!tip]\n> 팁', '> **요약**\n> 내용\n\n> **Tip**\n> 팁'],
  ['highlights become <mark>', '==중요== but a == b', '<mark>중요</mark> but a == b'],
  ['block ids go', '문장 ^abc-1\n^solo\n다음', '문장\n다음'],
  ['code, inline code and math stay as written', '```\n[[x]] ==y== %%z%% ^id\n```\n`[[x]]` $[[x]]$ $$==y==$$', '```\n[[x]] ==y== %%z%% ^id\n```\n`[[x]]` $[[x]]$ $$==y==$$'],
  ['bare URLs become autolinks, links stay', '자료: https://x.io/a/b. 링크 [s](https://x.io/c) <https://x.io/d>', '자료: <https://x.io/a/b>. 링크 [s](https://x.io/c) <https://x.io/d>'],
  ['Korean text intact', '한글 ᄒᆞᆫ글 NFD '.normalize('NFD') + '추천', '한글 ᄒᆞᆫ글 NFD '.normalize('NFD') + '추천'],
  ['note embeds are inlined, cycles stop', '![[a]]', 'B embeds A:'],
  ['private notes are never inlined', 'x ![[secret]] y', 'x  y'],
  ['headings get a blank line and nest under the talk', '## 메모\n- a\n## 질문', '## 메모\n\n- a\n\n## 질문'],
])('%s', (_, input, expected) => {
  // The same note transformation serves every profile; only attachment URLs and the post layout differ.
  for (const profile of PROFILES) expect([profile, run(input, { profile }).text]).toEqual([profile, expected]);
});

test('images are copied under safe names and linked; sizes kept', () => {
  const { text, state } = run('![[회의 사진 1.PNG|300]] ![[doc.pdf]] ![alt](img/회의%20사진%201.PNG) ![web](https://x.io/a.png)');
  expect(text).toBe('<img src="post/회의-사진-1.png" alt="회의 사진 1" width="300"> [doc.pdf](post/doc.pdf) ![alt](post/회의-사진-1.png) ![web](https://x.io/a.png)');
  expect([...state.attachments.values()]).toEqual([
    { from: 'img/회의 사진 1.PNG', name: '회의-사진-1.png' },
    { from: 'doc.pdf', name: 'doc.pdf' },
  ]);
});

test('inline tags kept or removed', () => {
  expect(run('오늘 #추천시스템을 정리 #topic/fds').text).toBe('오늘 #추천시스템을 정리 #topic/fds');
  expect(run('오늘 #추천시스템을 정리 #topic/fds #2019', { tags: 'remove' }).text).toBe('오늘 정리 #2019');
});

test('footnotes are renumbered across merged notes, never colliding', () => {
  const state = new ExportState();
  const ctx: TransformContext = { source, options: { ...DEFAULT_EXPORT, profile: 'markdown' }, state, attachmentUrl: (n) => n, publishedUrl: () => null };
  const first = transformNote('a[^1] b[^note]\n\n[^1]: one\n[^note]: two', 'x.md', ctx);
  const second = transformNote('c[^1]\n\n[^1]: three', 'y.md', ctx);
  expect([first, second]).toEqual(['a[^1] b[^2]\n\n[^1]: one\n[^2]: two', 'c[^3]\n\n[^3]: three']);
});

test('headings are demoted inside merged posts, code untouched', () => {
  expect(run('## 메모\n```\n## not a heading\n```', {}, 1).text).toBe('### 메모\n\n```\n## not a heading\n```');
});

test('an unclosed fence protects to the end of the note', () => {
  expect(protect('a\n```\n[[x]]\nno end').text.includes('[[x]]')).toBe(false);
});
