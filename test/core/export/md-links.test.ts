import { ExportState } from '../../../src/core/export/export-state';
import { DEFAULT_EXPORT, type ExportSource } from '../../../src/core/export/options';
import { linkResolver } from '../../../src/core/export/resolve-links';
import { transformNote, type TransformContext } from '../../../src/core/export/transform';

const notes: Record<string, string> = {
  'talks/note.md': '',
  'Other.md': 'Other says hi',
  'Secret Note.md': '---\nprivate: true\n---\nSECRET',
  'Upper.MD': '---\nprivate: true\n---\nSECRET',
  'pub.md': '# 공개 노트',
};
const files = [...Object.keys(notes), 'talks/img/회의 사진 1.png', 'talks/slides.pdf', 'logo.png'];
const source: ExportSource = {
  read: (p) => notes[p] ?? null,
  resolve: linkResolver(files),
  isPrivate: (p) => /SECRET/.test(notes[p] ?? 'SECRET'),
  isPublished: (p) => p === 'pub.md',
};

function run(text: string, url: (name: string) => string = (name) => `post/${name}`, tags: 'keep' | 'remove' = 'keep'): { text: string; copied: string[] } {
  const state = new ExportState();
  const ctx: TransformContext = { source, options: { ...DEFAULT_EXPORT, profile: 'markdown', tags }, state, attachmentUrl: url, publishedUrl: (p) => (p === 'pub.md' ? '/notes/pub/' : null) };
  return { text: transformNote(text, 'talks/note.md', ctx), copied: [...state.attachments.values()].map((a) => a.from) };
}

test.each([
  ['a link to a note is text', 'see [other](../Other.md)', 'see other', []],
  ['a link to a published note keeps its URL', 'see [공개](/pub.md)', 'see [공개](/notes/pub/)', []],
  ['a link to a private note is text', 'see [x](../Secret%20Note.md)', 'see x', []],
  ['an image of a note is its embed', '![x](../Other.md)', 'Other says hi', []],
  ['an image of a private note is nothing', 'a ![x](../Secret%20Note.md) b', 'a  b', []],
  ['angle brackets and spaces', 'a ![x](<../Secret Note.md>) b', 'a  b', []],
  ['any case of the extension', 'a ![x](/Upper.md) ![y](/upper.MD) [z](/UPPER.Md) b', 'a   z b', []],
  ['a link to a missing note is text', '[gone](Gone.md)', 'gone', []],
  ['an image beside the note is copied', '![사진](img/%ED%9A%8C%EC%9D%98%20%EC%82%AC%EC%A7%84%201.png "caption")', '![사진](post/회의-사진-1.png)', ['talks/img/회의 사진 1.png']],
  ['a file beside the note is copied and linked', '[slides](./slides.pdf#page=2)', '[slides](post/slides.pdf#page=2)', ['talks/slides.pdf']],
  ['a path that climbs out of the folder', '![](../logo.png)', '![logo](post/logo.png)', ['logo.png']],
  ['an image inside a link', '[![logo](/logo.png)](https://x.io)', '[![logo](post/logo.png)](https://x.io)', ['logo.png']],
  ['URLs with a scheme and fragments stay', '[a](https://x.io/a.md) ![b](https://x.io/b.png) [c](#memo) [d](mailto:a@b.c)', '[a](https://x.io/a.md) ![b](https://x.io/b.png) [c](#memo) [d](mailto:a@b.c)', []],
  ['a missing image leaves its alt text, a missing file its link', '![alt](nope.png) [f](nope.pdf)', 'alt [f](nope.pdf)', []],
  ['wikilinks are not Markdown links', '[[Other]](x) ![[logo.png]]', 'Other(x) ![logo](post/logo.png)', ['logo.png']],
  ['<img src> beside the note is copied', '<img alt="a src=b" src="img/회의 사진 1.png" width="300">', '<img alt="a src=b" src="post/회의-사진-1.png" width="300">', ['talks/img/회의 사진 1.png']],
  ['<img src> of a note goes', 'a <img src="../Secret Note.md"> <img src=\'../Other.md\'> b', 'a   b', []],
  ['<img src> with a scheme stays', '<img src="https://x.io/a.png">', '<img src="https://x.io/a.png">', []],
  ['code is left alone', '`![x](../Other.md)` and `<img src="img/a.png">`', '`![x](../Other.md)` and `<img src="img/a.png">`', []],
])('%s', (_, input, expected, copied) => {
  const out = run(input);
  expect(out).toEqual({ text: expected, copied });
  expect(out.text).not.toContain('SECRET');
});

test('a rewritten <img src> is escaped', () => {
  expect(run('<img src=logo.png>', () => 'a"b&c<d>').text).toBe('<img src="a&quot;b&amp;c&lt;d&gt;">');
});

test('a link to a heading keeps its fragment when inline tags are removed', () => {
  expect(run('see [memo](#memo) (#tag) #other', undefined, 'remove').text).toBe('see [memo](#memo) ()');
});
