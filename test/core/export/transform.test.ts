import { DEFAULT_EXPORT, PROFILES, type ExportOptions, type ExportSource } from '../../../src/core/export/options';
import { protect } from '../../../src/core/note/protect';
import { ExportState } from '../../../src/core/export/export-state';
import { transformNote, type TransformContext } from '../../../src/core/export/transform';
import { linkResolver } from '../../../src/core/export/resolve-links';

const TALK = [
  '# 발표',
  '## 요약',
  '요약 내용',
  '### 세부',
  '세부 내용',
  '## 질문',
  '첫 줄',
  '질문 내용 ^q1',
  '',
  '- 항목 하나 ^item',
  '  - 하위',
  '- 항목 둘',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '^table',
  '',
  '```',
  '## 코드 속 제목',
  '```',
  '## **끝** [[x|장]]',
  '끝 내용',
].join('\n');
const notes: Record<string, string> = {
  'a.md': '# A\n![[b]]',
  'b.md': 'B embeds A: ![[a]]',
  'secret.md': '---\nprivate: true\n---\n비밀',
  'pub.md': '# 공개 노트',
  'talks/발표.md': TALK,
};
const files = [...Object.keys(notes), 'img/회의 사진 1.PNG', 'doc.pdf', 'attachments/Pasted image 20240101123456.png', 'CON.png'];
const source: ExportSource = {
  read: (p) => notes[p] ?? null,
  resolve: linkResolver(files),
  isPrivate: (p) => p === 'secret.md',
  isPublished: (p) => p === 'pub.md',
};

function run(text: string, o: Partial<ExportOptions> = {}, top = 1): { text: string; state: ExportState } {
  const state = new ExportState();
  const ctx: TransformContext = {
    source,
    options: { ...DEFAULT_EXPORT, profile: 'markdown', ...o },
    state,
    attachmentUrl: (name) => `post/${name}`,
    publishedUrl: (path) => (path === 'pub.md' ? '/notes/pub/' : null),
  };
  return { text: transformNote(text, 'note.md', ctx, top), state };
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
  ['a section embed inlines its heading and what is under it', '![[발표#요약]]', '## 요약\n\n요약 내용\n\n### 세부\n\n세부 내용'],
  ['a section runs to the next heading of its level, not one in code', '![[발표#질문]]', '## 질문\n\n첫 줄\n질문 내용\n\n- 항목 하나\n  - 하위\n- 항목 둘\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n## 코드 속 제목\n```'],
  ['a nested heading path', '![[발표#요약#세부]]', '### 세부\n\n세부 내용'],
  ['a heading with marks matches its plain text', '![[발표#끝 장]]', '## **끝** 장\n\n끝 내용'],
  ['a block embed inlines the paragraph carrying the id', '![[발표#^q1]]', '첫 줄\n질문 내용'],
  ['a list item block comes with its children', '![[발표#^item]]', '- 항목 하나\n  - 하위'],
  ['a lone id names the block above it', '![[발표#^table]]', '| a | b |\n|---|---|\n| 1 | 2 |'],
  ['a block embed in a quote stays in the quote', '> 인용\n> ![[발표#^q1]]', '> 인용\n>\n> 첫 줄\n> 질문 내용'],
  ['a block embed in a list item stays in the item', '- 항목\n- ![[발표#^item]]', '- 항목\n- - 항목 하나\n    - 하위'],
  ['a section of a private note is never inlined', 'x\n\n![[secret#비밀]]\n\ny', 'x\n\ny'],
  ['unvisited cursor stops and the empty items they leave go', '## 메모\n- {{cursor}}\n- 적은 것 {{cursor:2}}\n\n## 질문\n- {{cursor:3}}\n- ', '## 메모\n\n- 적은 것\n\n## 질문'],
  ['cursor stops in code stay', '`{{cursor}}`', '`{{cursor}}`'],
  ['empty parts of a metadata line leave no separators', '>  · if(kakao) 2019 · 2019-08-30 10:00\n> 발표자 · · 행사 · \n>  ·  · ', '> if(kakao) 2019 · 2019-08-30 10:00\n> 발표자 · 행사'],
  ['full metadata lines stay as written', '> 전상현 · if(kakao) 2019 · 2019-08-30', '> 전상현 · if(kakao) 2019 · 2019-08-30'],
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

test.each([
  ['a note starting at ## under a talk heading', 3, '## 메모\n- a\n## 질문', '### 메모\n\n- a\n\n### 질문'],
  ['several # sections keep their shape below the talk', 3, '# 파트 1\n## 세부\n# 파트 2', '### 파트 1\n\n#### 세부\n\n### 파트 2'],
  ['deep headings are capped at ######', 3, '# a\n## b\n### c\n#### d\n##### e\n###### f', '### a\n\n#### b\n\n##### c\n\n###### d\n\n###### e\n\n###### f'],
  ['a note already below the talk stays as it is', 3, '#### 깊은 곳\n##### 더 깊은 곳', '#### 깊은 곳\n\n##### 더 깊은 곳'],
  ['one talk: its headings below the post title', 2, '# 파트\n## 세부', '## 파트\n\n### 세부'],
  ['code is not a heading', 3, '## 메모\n```\n# not a heading\n```', '### 메모\n\n```\n# not a heading\n```'],
  ['a heading-like tag is not a heading', 3, '#태그\n## 메모', '#태그\n\n### 메모'],
  ['embedded notes go below the talk too', 3, '## 메모\n![[발표#요약]]', '### 메모\n\n### 요약\n\n요약 내용\n\n#### 세부\n\n세부 내용'],
])('headings: %s', (_, top, input, expected) => {
  expect(run(input, {}, top).text).toBe(expected);
});

// Huge hostile notes must stay linear. Measured as a ratio in the same run, never as a time:
// 8 times the text may take about 8 times as long, a quadratic pass would take 64 times.
test.each(['[', '![[', '[[a|', '[[a#', '==', '%%', '`', '``a`', '> [!', '$', '<img src="', '[x](', '![[a#^'])('%p repeated without closing it transforms in linear time', (unit) => {
  const fastest = (size: number): number => {
    const text = unit.repeat(Math.ceil(size / unit.length));
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      run(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const small = fastest(25_000);
  expect(fastest(200_000) / Math.max(small, 1)).toBeLessThan(24);
});

test('an unclosed fence protects to the end of the note', () => {
  expect(protect('a\n```\n[[x]]\nno end').text.includes('[[x]]')).toBe(false);
});

test('image embeds with spaces, capitals and reserved names become images beside the post', () => {
  const { text, state } = run('![[Pasted image 20240101123456.png]]\n\n![[CON.png]]');
  expect(text).toBe('![Pasted image 20240101123456](post/pasted-image-20240101123456.png)\n\n![CON](post/con_.png)');
  expect(state.problems).toEqual([]);
});

/** A source that counts what it reads, over notes made on the fly. */
function counting(extra: Record<string, string>): { source: ExportSource; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const all = { ...notes, ...extra };
  return {
    reads,
    source: {
      ...source,
      resolve: linkResolver([...files, ...Object.keys(extra)]),
      read: (p) => {
        reads.set(p, (reads.get(p) ?? 0) + 1);
        return all[p] ?? null;
      },
    },
  };
}

function runWith(src: ExportSource, text: string): { text: string; state: ExportState } {
  const state = new ExportState();
  const ctx: TransformContext = { source: src, options: { ...DEFAULT_EXPORT, profile: 'markdown' }, state, attachmentUrl: (n) => n, publishedUrl: () => null };
  return { text: transformNote(text, 'note.md', ctx), state };
}

test.each([4, 8])('a diamond chain %i deep: every note read and expanded once, the output grows only by its copies', (depth) => {
  // d0 embeds d1 twice, d1 embeds d2 twice, …: the leaf appears 2^depth times through 2^depth paths.
  const chain: Record<string, string> = { 'leaf.md': '잎' };
  for (let i = 0; i < depth; i++) chain[`d${i}.md`] = Array(2).fill(`![[${i + 1 < depth ? `d${i + 1}` : 'leaf'}]]`).join('\n\n');
  const { source: src, reads } = counting(chain);
  const { text, state } = runWith(src, '![[d0]]');
  expect(text.split('\n\n')).toEqual(Array(2 ** depth).fill('잎'));
  expect([...reads.values()].every((n) => n === 1)).toBe(true);
  expect(reads.size).toBe(depth + 1);
  expect(state.problems).toEqual([]);
});

test('a note embedded 200 times is read once', () => {
  const { source: src, reads } = counting({ 'many.md': Array(200).fill('![[leaf]]').join('\n\n'), 'leaf.md': '# 잎\n내용 ^b' });
  const { text } = runWith(src, '![[many]]\n\n![[leaf#^b]]');
  expect(text.split('내용').length - 1).toBe(201);
  expect(Object.fromEntries(reads)).toEqual({ 'many.md': 1, 'leaf.md': 2 });
});

test.each([
  ['a cycle is cut and reported', { 'c1.md': '하나 ![[c2]]', 'c2.md': '둘\n\n![[c1]]' }, '![[c1]]', '하나 둘', [{ path: 'c2.md', message: 'embed cycle cut: note.md → c1.md → c2.md → c1.md' }]],
  ['a note embedding itself is cut and reported', { 'note.md': '' }, '자기 ![[note]]', '자기', [{ path: 'note.md', message: 'embed cycle cut: note.md → note.md' }]],
  ['a missing embed is reported', {}, '![[없는 그림.png]] 글', '글', [{ path: 'note.md', message: 'embedded file not found: 없는 그림.png' }]],
  ['a missing heading is reported', {}, '![[발표#없는 제목]]', '', [{ path: 'note.md', message: 'no heading "없는 제목" in talks/발표.md' }]],
  ['a missing block is reported', {}, '![[발표#^nope]]', '', [{ path: 'note.md', message: 'no block "nope" in talks/발표.md' }]],
  [
    'a chain deeper than the limit is cut and reported',
    Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`n${i}.md`, `${i} ![[n${i + 1}]]`])),
    '![[n0]]',
    '0 1 2 3 4 5 6 7 8 9',
    [{ path: 'n9.md', message: 'embeds nested deeper than 10 levels; n10 left out' }],
  ],
])('%s', (_, extra, input, expected, problems) => {
  const { source: src } = counting(extra);
  const { text, state } = runWith(src, input);
  expect(text).toBe(expected);
  expect(state.problems).toEqual(problems);
});
